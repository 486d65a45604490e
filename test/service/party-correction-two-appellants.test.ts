import { describe, expect, it } from 'vitest';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { transferCaseService } from '../support/transfer-case-service.ts';

const opened = transferCaseService();

// Review s15 (rights15 H1): a correction of «the appellant» re-addressed every appellant letter of the
// case, so on a case a moved appeal gave a second appellant, one person's letter went to the other.
describe('correcting a party on a case with two appellants', () => {
  it("is refused (409) and leaves the other appellant's letter and the parties as they were", async () => {
    const letters = dynamoLetterRepository(opened.service.runtime.context.db);
    const [kariLetter] = await letters.ofCase(opened.caseId);
    await letters.changeParties(opened.caseId, 'moved-doc', (known) => ({ parties: [...known!.parties, { role: 'appellant', name: 'Ola Hansen', address: ['Storgata 9', '0155 Oslo'] }], language: known!.language }));
    const olaLetterId = `${kariLetter!.letterId}.ola`;
    await letters.add({ ...kariLetter!, letterId: olaLetterId, status: 'ready', heldReason: null, heldReasonCode: null, recipient: { role: 'appellant', name: 'Ola Hansen', address: ['Storgata 9', '0155 Oslo'] }, facts: { ...kariLetter!.facts, appellantName: 'Ola Hansen', recipient: { name: 'Ola Hansen', address: ['Storgata 9', '0155 Oslo'] } } } as never);
    const partiesBefore = (await letters.parties(opened.caseId))!.parties;
    const r = await opened.service.app.inject({ method: 'PUT', url: `/api/v1/cases/${opened.caseId}/parties/appellant`, headers: opened.service.as('archivist'), payload: { name: 'Kari Nordmo', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' } });
    expect(r.statusCode, r.body).toBe(409);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(r.body).detail).toContain('2 parties in the role appellant');
    expect((await letters.get(olaLetterId))!.recipient).toMatchObject({ name: 'Ola Hansen', address: ['Storgata 9', '0155 Oslo'] });
    expect((await letters.parties(opened.caseId))!.parties).toEqual(partiesBefore);
  });
});
