import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import { correctedRecipient } from '../../domain/letters/corrected-address.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { partyCorrections } from '../../functions/commons/store/party-history.ts';
import { outboxPorts } from '../../service/operations/outbox.ts';
import { readdressUnsent } from '../../service/operations/party-correction.ts';
import type { OutboxRecord } from '../../stages/letter-ports.ts';
import { pdfText } from '../support/pdf-text.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * «Legg til part» after review s18 (letters18): a race with «Endre», the appellant's name in a letter released
 * to an added representative, a first attempt that died after the parties, an appellant added beside a
 * representative, and a firm only for a representative. Each case's parties are set by the test itself.
 */
let service: TestService;
let caseId: string;
let held: OutboxRecord;
const repo = () => dynamoLetterRepository(service.runtime.context.db);
const add = (body: unknown) =>
  service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/parties`, headers: { ...service.as('archivist'), 'accept-language': 'nb' }, payload: body as object });
const address = { street: 'Strandkaien 2', postcode: '5013', place: 'Bergen' };
const kari: Party = { role: 'appellant', name: 'Kari Nordmann', address: [] };
const karisHome = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Fjellveien 3', '5006 Bergen'] };
/** The case's parties, but for the first instance, are these. */
const partiesAre = (parties: Party[]) =>
  repo().changeParties(caseId, 'test-reset', (known) => ({ parties: [...(known?.parties ?? []).filter((p) => p.role === 'first_instance'), ...parties], language: known?.language ?? null }));
let clones = 0;
/** A letter of the case beside the seeded one, with what the test needs of it. */
const letterLike = async (over: Partial<OutboxRecord>): Promise<string> => {
  clones += 1;
  const letterId = `${held.letterId}-fix${clones}`;
  await repo().add({ ...held, letterId, ...over });
  return letterId;
};
const pdfOf = async (letterId: string) => pdfText((await service.app.inject({ method: 'GET', url: `/api/v1/outbox/${letterId}/pdf`, headers: service.as('archivist') })).rawPayload);
const addedJournalLines = async () =>
  (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: service.as('caseworker') })).json().journal.filter((l: { event: string }) => l.event === 'PartyAdded').length;

beforeAll(async () => {
  service = await openTestService();
  caseId = service.seeded.transfer.caseId!;
  held = (await repo().ofCase(caseId)).find((l) => l.status === 'held')!;
}, 120_000);
afterAll(async () => {
  await service?.close();
});

describe('adding a party, after review', () => {
  it('refuses a firm for an appellant with 400 in bokmål naming the field (L3)', async () => {
    await partiesAre([]);
    const response = await add({ role: 'appellant', name: 'Kari Nordmann', firm: 'Nordmann AS', ...address });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain('firm');
    expect(response.json().detail).toMatch(/^Firma: /);
  });

  it('a held letter that named no appellant, released to an added representative, names the appellant they act for (M2)', async () => {
    await partiesAre([kari]);
    const letterId = await letterLike({ recipient: null, facts: { ...held.facts, appellantName: '' } });
    expect((await add({ role: 'representative', name: 'Ola Advokat', ...address })).statusCode).toBe(201);
    expect(await repo().get(letterId)).toMatchObject({ status: 'ready', recipient: { role: 'representative', name: 'Ola Advokat' } });
    const text = await pdfOf(letterId);
    expect(text).toContain('mottatt klagen fra Kari Nordmann');
    expect(text).not.toContain('klagen fra Ola Advokat');
  });

  it('… and, on a case that names no appellant, says whose appeal it is without a name — never the representative as the appellant (M2)', async () => {
    await partiesAre([]);
    const letterId = await letterLike({ recipient: null, facts: { ...held.facts, appellantName: '' } });
    expect((await add({ role: 'representative', name: 'Ola Advokat', ...address })).statusCode).toBe(201);
    expect(await repo().get(letterId)).toMatchObject({ status: 'ready', recipient: { role: 'representative', name: 'Ola Advokat' } });
    const text = (await pdfOf(letterId)).replace(/\s+/gu, ' ');
    expect(text).not.toContain('klagen fra Ola Advokat');
    expect(text).toContain('mottatt klagen fra den du er fullmektig for.');
  });

  it('finishes an addition whose first attempt died after writing the parties, before its history: not 409, journaled once (M3)', async () => {
    const per: Party = { role: 'representative', name: 'Per Prosess', address: ['Strandkaien 2', '5013 Bergen'], actsFor: ['Kari Nordmann'] };
    // The first attempt wrote the parties, as addParty does first, and died.
    await partiesAre([kari, per]);
    const letterId = await letterLike({ recipient: { ...kari } });
    const recordsOf = async () => (await partyCorrections(service.runtime.context.db, caseId)).filter((h) => h.added && h.after?.name === 'Per Prosess').length;
    const lines = await addedJournalLines();
    const retry = await add({ role: 'representative', name: 'Per Prosess', ...address });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(await repo().get(letterId)).toMatchObject({ status: 'ready', recipient: { role: 'representative', name: 'Per Prosess' } });
    expect(await recordsOf()).toBe(1);
    expect(await addedJournalLines()).toBe(lines + 1);
    expect((await add({ role: 'representative', name: 'Per Prosess', ...address })).statusCode).toBe(200);
    expect(await recordsOf()).toBe(1);
    expect(await addedJournalLines()).toBe(lines + 1);
  });

  it('an appellant added to a case that has a representative takes no letter from the representative (L1)', async () => {
    const ola = { role: 'representative' as const, name: 'Ola Advokat', address: ['Strandkaien 2', '5013 Bergen'] };
    await partiesAre([ola]);
    // Held for want of the appellant's address, written before the representative was known: it stays for the archivist.
    const meantForAppellant = await letterLike({ recipient: { ...kari } });
    const toRepresentative = await letterLike({ status: 'ready', heldReason: null, heldReasonCode: null, recipient: ola, facts: { ...held.facts, recipient: { name: ola.name, address: ola.address } } });
    const response = await add({ role: 'appellant', name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().readdressed).toEqual([]);
    expect(await repo().get(meantForAppellant)).toMatchObject({ status: 'held', recipient: { role: 'appellant', address: [] } });
    expect(await repo().get(toRepresentative)).toMatchObject({ status: 'ready', recipient: ola });
  });
});

describe('re-addressing a letter another request changed since it was read (M1)', () => {
  const lawyer = () => correctedRecipient({ name: 'Ola Advokat', ...address }, 'representative')!;
  const moved = () => correctedRecipient({ name: 'Kari Nordmann', street: 'Fjellveien 10', postcode: '5006', place: 'Bergen' }, 'appellant')!;
  /** The outbox ports, but the case's letters as they were read before. */
  const asReadBefore = async (read: OutboxRecord[]) => {
    const ports = await outboxPorts(service.runtime.context);
    return { ...ports, letters: { ...ports.letters, ofCase: async () => read } };
  };

  it('a correction of the appellant leaves a ready letter the representative was given meanwhile with the representative', async () => {
    await partiesAre([]);
    const letterId = await letterLike({ status: 'ready', heldReason: null, heldReasonCode: null, recipient: karisHome, facts: { ...held.facts, recipient: { name: karisHome.name, address: karisHome.address } } });
    const read = (await repo().ofCase(caseId)).filter((l) => l.letterId === letterId);
    await readdressUnsent(await outboxPorts(service.runtime.context), caseId, 'appellant', lawyer(), 'archivist-a');
    const readdressed = await readdressUnsent(await asReadBefore(read), caseId, 'appellant', moved(), 'archivist-b');
    expect(readdressed).toEqual([]);
    expect((await repo().get(letterId))?.recipient).toMatchObject({ role: 'representative', name: 'Ola Advokat' });
  });

  it('an added representative still receives a ready letter the appellant\'s correction re-addressed meanwhile', async () => {
    await partiesAre([]);
    const letterId = await letterLike({ status: 'ready', heldReason: null, heldReasonCode: null, recipient: karisHome, facts: { ...held.facts, recipient: { name: karisHome.name, address: karisHome.address } } });
    const read = (await repo().ofCase(caseId)).filter((l) => l.letterId === letterId);
    await readdressUnsent(await outboxPorts(service.runtime.context), caseId, 'appellant', moved(), 'archivist-b');
    await readdressUnsent(await asReadBefore(read), caseId, 'appellant', lawyer(), 'archivist-a');
    expect((await repo().get(letterId))?.recipient).toMatchObject({ role: 'representative', name: 'Ola Advokat' });
  });

  it('an added representative still receives a held letter the appellant\'s correction released meanwhile', async () => {
    await partiesAre([]);
    const letterId = await letterLike({ recipient: { ...kari } });
    const read = (await repo().ofCase(caseId)).filter((l) => l.letterId === letterId);
    await readdressUnsent(await outboxPorts(service.runtime.context), caseId, 'appellant', moved(), 'archivist-b');
    expect((await repo().get(letterId))?.recipient).toMatchObject({ role: 'appellant' });
    await readdressUnsent(await asReadBefore(read), caseId, 'appellant', lawyer(), 'archivist-a');
    expect((await repo().get(letterId))?.recipient).toMatchObject({ role: 'representative', name: 'Ola Advokat' });
  });
});
