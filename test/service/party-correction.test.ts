import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { partyCorrections, recordPartyCorrection } from '../../functions/commons/store/party-history.ts';
import { correctedRecipient } from '../../domain/letters/corrected-address.ts';
import { partiesWithReleasedAddress } from '../../domain/letters/released-address.ts';
import { outboxPorts } from '../../service/operations/outbox.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * Retting (GDPR art. 16): an archivist corrects the appellant's name and address on a case, over the
 * local stack. The seeded transfer's acknowledgement to Kari Nordmann is held (no address in the letter).
 */
let service: TestService;
let caseId: string;
const correct = (body: unknown, role = 'appellant', as: 'archivist' | 'caseworker' | 'reader' | 'auditor' = 'archivist', kase = caseId) =>
  service.app.inject({ method: 'PUT', url: `/api/v1/cases/${kase}/parties/${role}`, headers: service.as(as), payload: body as object });
const letterOf = async () => (await service.app.inject({ method: 'GET', url: `/api/v1/outbox?case=${caseId}`, headers: service.as('archivist') })).json().letters[0];
const moved = { name: 'Kari Nordmo', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };

beforeAll(async () => {
  service = await openTestService();
  caseId = service.seeded.transfer.caseId!;
}, 120_000);
afterAll(async () => {
  await service?.close();
});

describe('correcting a party', () => {
  it('refuses other roles before reading the body, and a case or address that is not there', async () => {
    for (const role of ['caseworker', 'reader', 'auditor'] as const) expect((await correct({ nonsense: true }, 'appellant', role)).statusCode).toBe(403);
    expect((await correct(moved, 'first_instance')).statusCode).toBe(400);
    expect((await correct(moved, 'appellant', 'archivist', '2025-09999')).statusCode).toBe(404);
    const wrongTown = await correct({ ...moved, place: 'Tromsø' });
    expect(wrongTown.statusCode, wrongTown.body).toBe(422);
    expect(wrongTown.headers['content-type']).toContain('application/problem+json');
  });

  it('corrects the appellant, keeps the old value out of sight, journals who, and releases the letter held for want of an address', async () => {
    expect(await letterOf()).toMatchObject({ status: 'held', recipient: { name: 'Kari Nordmann', address: [] } });
    const response = await correct(moved);
    expect(response.statusCode, response.body).toBe(200);
    const letter = await letterOf();
    expect(response.json()).toEqual({ caseId, role: 'appellant', name: 'Kari Nordmo', address: ['Fjellveien 3', '5006 Bergen'], readdressed: [{ letterId: letter.letterId, status: 'ready' }] });
    expect(letter).toMatchObject({ status: 'ready', recipient: { role: 'appellant', name: 'Kari Nordmo', address: ['Fjellveien 3', '5006 Bergen'] } });
    const view = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: service.as('caseworker') })).json();
    expect(view.parties.find((p: { role: string }) => p.role === 'appellant')).toMatchObject({ name: 'Kari Nordmo', address: ['Fjellveien 3', '5006 Bergen'] });
    const line = view.journal.find((l: { event: string }) => l.event === 'PartyCorrected');
    expect(line).toMatchObject({ actor: expect.any(String), details: { role: 'appellant', readdressed: [letter.letterId] } });
    expect(JSON.stringify(line)).not.toContain('Nordm');
    const [history] = await partyCorrections(service.runtime.context.db, caseId);
    expect(history).toMatchObject({ role: 'appellant', before: { name: 'Kari Nordmann' }, after: { name: 'Kari Nordmo' }, by: line.actor });
  });

  it('names the corrected appellant in the text of the letter it released, not only on the envelope', async () => {
    // Fix s16 item 5: before, the released letter's text kept «Kari Nordmann» (the held letter's facts).
    const letter = await dynamoLetterRepository(service.runtime.context.db).get((await letterOf()).letterId);
    expect(letter?.facts.appellantName).toBe('Kari Nordmo');
  });

  it('does nothing on a retried identical correction: the current party, no second history record or journal line', async () => {
    // Fix s16 item 4: before, the retry wrote a second history record (before = after) and a second journal line.
    const letter = await letterOf();
    const journalLines = async () => (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: service.as('caseworker') })).json().journal.filter((l: { event: string }) => l.event === 'PartyCorrected').length;
    const linesBefore = await journalLines();
    const retry = await correct(moved);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual({ caseId, role: 'appellant', name: 'Kari Nordmo', address: ['Fjellveien 3', '5006 Bergen'], readdressed: [] });
    expect(await partyCorrections(service.runtime.context.db, caseId)).toHaveLength(1);
    expect(await journalLines()).toBe(linesBefore);
    expect(await letterOf()).toMatchObject({ status: 'ready', path: letter.path });
  });

  it('re-renders a ready letter to a second correction, and never changes a sent one', async () => {
    const before = await letterOf();
    const again = await correct({ name: 'Kari Nordmo', street: 'Postboks 44', postcode: '5006', place: 'Bergen' });
    expect(again.statusCode, again.body).toBe(200);
    const ready = await letterOf();
    expect(ready).toMatchObject({ status: 'ready', recipient: { address: ['Postboks 44', '5006 Bergen'] } });
    expect(ready.path).not.toBe(before.path);
    const pdf = await service.app.inject({ method: 'GET', url: `/api/v1/outbox/${ready.letterId}/pdf`, headers: service.as('archivist') });
    expect(pdf.statusCode).toBe(200);
    expect((await service.app.inject({ method: 'POST', url: `/api/v1/outbox/${ready.letterId}/sent`, headers: service.as('archivist'), payload: {} })).statusCode).toBe(200);
    const afterSent = await correct({ name: 'Kari Nordmo', street: 'Storgata 1', postcode: '5006', place: 'Bergen' });
    expect(afterSent.json().readdressed).toEqual([]);
    expect(await letterOf()).toMatchObject({ status: 'sent', recipient: { address: ['Postboks 44', '5006 Bergen'] }, path: ready.path });
    expect((await partyCorrections(service.runtime.context.db, caseId)).map((h) => h.before?.address)).toEqual([[], ['Fjellveien 3', '5006 Bergen'], ['Postboks 44', '5006 Bergen']]);
  });

  it('journals a correction whose first attempt died before its journal line, once, when it is retried as it was', async () => {
    // Review s16 fix16 M1: the identical retry journalled only when it re-addressed a letter, so a first
    // attempt that changed the party and wrote its history but died before the journal line was never journalled.
    const db = service.runtime.context.db;
    const journal = async () => (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: service.as('caseworker') })).json().journal.filter((l: { event: string }) => l.event === 'PartyCorrected');
    const linesBefore = (await journal()).length;
    const body = { name: 'Kari Nordmo', street: 'Lia 9', postcode: '5006', place: 'Bergen' };
    const recipient = correctedRecipient(body, 'appellant')!;
    const ports = await outboxPorts(service.runtime.context);
    // A second after the latest correction: the first attempt of this one.
    const at = new Date(Math.max(...(await partyCorrections(db, caseId)).map((h) => Date.parse(h.at))) + 1000).toISOString();
    let before = null;
    await ports.letters.changeParties(caseId, `correction:${at}`, (known) => {
      before = known?.parties.find((p) => p.role === 'appellant') ?? null;
      return { parties: partiesWithReleasedAddress(known?.parties ?? [], recipient), language: known?.language ?? null };
    });
    await recordPartyCorrection(db, { caseId, role: 'appellant', before, after: { role: 'appellant', name: recipient.name, address: recipient.address }, by: 'archivist', at });
    expect((await correct(body)).statusCode).toBe(200);
    expect(await correct(body)).toMatchObject({ statusCode: 200 });
    const lines = await journal();
    expect(lines).toHaveLength(linesBefore + 1);
    expect(lines.at(-1)).toMatchObject({ details: { role: 'appellant', readdressed: [] } });
    expect(await partyCorrections(db, caseId)).toHaveLength(4);
  });
});
