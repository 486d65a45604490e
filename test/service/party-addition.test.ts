import { describe, expect, it } from 'vitest';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { transferCaseService } from '../support/transfer-case-service.ts';

/**
 * «Legg til part» (issue #16): an archivist adds the representative the machine did not find. The seeded
 * transfer's acknowledgement to Kari Nordmann is held (no address in the letter): a representative added to
 * the case resolves it, since a letter goes to the representative when there is one (forvaltningsloven § 12).
 */
const opened = transferCaseService();
const add = (body: unknown, as: 'archivist' | 'caseworker' | 'reader' | 'auditor' = 'archivist', kase = opened.caseId, language = 'nb') =>
  opened.service.app.inject({ method: 'POST', url: `/api/v1/cases/${kase}/parties`, headers: { ...opened.service.as(as), 'accept-language': language }, payload: body as object });
const letterOf = async () => (await opened.service.app.inject({ method: 'GET', url: `/api/v1/outbox?case=${opened.caseId}`, headers: opened.service.as('archivist') })).json().letters[0];
const lawyer = { role: 'representative', name: 'Ola Advokat', firm: 'Advokatfirma Lov AS', street: 'Strandkaien 2', postcode: '5013', place: 'Bergen' };

describe('adding a party the machine did not find', () => {
  it('refuses other roles, a case that is not there, a field the schema refuses and an address that does not read as one — in bokmål, naming the field', async () => {
    for (const role of ['caseworker', 'reader', 'auditor'] as const) expect((await add({ nonsense: true }, role)).statusCode).toBe(403);
    expect((await add(lawyer, 'archivist', '2025-09999')).statusCode).toBe(404);
    const digitsInPlace = await add({ ...lawyer, place: '5013' });
    expect(digitsInPlace.statusCode).toBe(400);
    expect(digitsInPlace.headers['content-type']).toContain('application/problem+json');
    expect(digitsInPlace.json().detail).toBe('Poststed: et poststed er et navn, uten sifre.');
    expect(digitsInPlace.json().errors.map((e: { path: string }) => e.path)).toContain('place');
    expect((await add({ ...lawyer, role: 'first_instance' })).statusCode).toBe(400);
    const wrongTown = await add({ ...lawyer, place: 'Tromsø' });
    expect(wrongTown.statusCode, wrongTown.body).toBe(422);
    expect(wrongTown.json().detail).toMatch(/^Postnummer 5013 hører ikke til Tromsø/);
    expect(await letterOf()).toMatchObject({ status: 'held' });
  });

  it('refuses an appellant on a case that has one: «Endre» corrects it', async () => {
    const { firm: _firm, ...withoutFirm } = lawyer;
    const response = await add({ ...withoutFirm, role: 'appellant', name: 'Kari Nordmo' });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toContain('«Endre»');
  });

  it('adds the representative, journals who without the name, and releases the acknowledgement held for want of the appellant\'s address to them', async () => {
    expect(await letterOf()).toMatchObject({ status: 'held', recipient: { role: 'appellant', name: 'Kari Nordmann' } });
    const response = await add(lawyer);
    expect(response.statusCode, response.body).toBe(201);
    const letter = await letterOf();
    expect(response.json()).toEqual({ caseId: opened.caseId, role: 'representative', name: 'Ola Advokat', address: ['Strandkaien 2', '5013 Bergen'], readdressed: [{ letterId: letter.letterId, status: 'ready' }] });
    expect(letter).toMatchObject({ status: 'ready', recipient: { role: 'representative', name: 'Ola Advokat', address: ['Strandkaien 2', '5013 Bergen'] } });
    // The letter's text keeps the appellant it named; only the envelope is the representative's.
    const stored = await dynamoLetterRepository(opened.service.runtime.context.db).get(letter.letterId);
    expect(stored?.facts).toMatchObject({ appellantName: 'Kari Nordmann', recipient: { name: 'Ola Advokat' } });
    const view = (await opened.service.app.inject({ method: 'GET', url: `/api/v1/cases/${opened.caseId}`, headers: opened.service.as('caseworker') })).json();
    expect(view.parties.find((p: { role: string }) => p.role === 'representative')).toMatchObject({ name: 'Ola Advokat', firm: 'Advokatfirma Lov AS', address: ['Strandkaien 2', '5013 Bergen'] });
    const line = view.journal.find((l: { event: string }) => l.event === 'PartyAdded');
    expect(line).toMatchObject({ actor: expect.any(String), details: { role: 'representative', readdressed: [letter.letterId] } });
    expect(JSON.stringify(line)).not.toContain('Advokat');
    // The case's later letters (the notice of extended processing time) go to the representative, who acts for the case's appellant.
    const parties = (await dynamoLetterRepository(opened.service.runtime.context.db).parties(opened.caseId))?.parties ?? [];
    expect(parties.find((p) => p.role === 'representative')).toMatchObject({ name: 'Ola Advokat', actsFor: ['Kari Nordmann'] });
  });

  it('answers a retry of the same addition with 200 and the party, adding nothing and journaling it once', async () => {
    const journalLines = async () => (await opened.service.app.inject({ method: 'GET', url: `/api/v1/cases/${opened.caseId}`, headers: opened.service.as('caseworker') })).json().journal.filter((l: { event: string }) => l.event === 'PartyAdded').length;
    const before = await journalLines();
    const retry = await add(lawyer);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toMatchObject({ role: 'representative', name: 'Ola Advokat', readdressed: [] });
    expect(await journalLines()).toBe(before);
  });

  it('a correction repeating the added party changes nothing and journals no correction', async () => {
    const corrections = async () => (await opened.service.app.inject({ method: 'GET', url: `/api/v1/cases/${opened.caseId}`, headers: opened.service.as('caseworker') })).json().journal.filter((l: { event: string }) => l.event === 'PartyCorrected').length;
    const before = await corrections();
    const { role: _role, firm: _firm, ...address } = lawyer;
    const same = await opened.service.app.inject({ method: 'PUT', url: `/api/v1/cases/${opened.caseId}/parties/representative`, headers: opened.service.as('archivist'), payload: address });
    expect(same.statusCode, same.body).toBe(200);
    expect(await corrections()).toBe(before);
  });

  it('refuses a second representative with 409: «Endre» corrects the one the case has', async () => {
    const response = await add({ ...lawyer, name: 'Per Advokat' });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().detail).toMatch(/har allerede en fullmektig.*«Endre»/);
    const view = (await opened.service.app.inject({ method: 'GET', url: `/api/v1/cases/${opened.caseId}`, headers: opened.service.as('caseworker') })).json();
    expect(view.parties.filter((p: { role: string }) => p.role === 'representative')).toHaveLength(1);
  });
});
