import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { partyCorrections } from '../../functions/commons/store/party-history.ts';
import { keepPublished } from './fixtures.ts';
import { pdfText } from '../support/pdf-text.ts';
import { transferCaseService } from '../support/transfer-case-service.ts';

/**
 * polish19: the letters back after an archivist adds a party («Legg til part») or corrects one. A held letter
 * released to an added representative says so, not «adresse rettet» (item 1); a letter an archivist releases to
 * a representative prints the firm's line as postmottak's own letters do (item 2); two identical additions at
 * once journal, record and announce the addition once (item 3). Each test sets the case's parties itself.
 */
const opened = transferCaseService();
const repo = () => dynamoLetterRepository(opened.service.runtime.context.db);
const as = (language = 'nb') => ({ ...opened.service.as('archivist'), 'accept-language': language });
const add = (body: object) => opened.service.app.inject({ method: 'POST', url: `/api/v1/cases/${opened.caseId}/parties`, headers: as(), payload: body });
const lawyer = { role: 'representative', name: 'Ola Advokat', firm: 'Advokatfirma Lov AS', street: 'Strandkaien 2', postcode: '5013', place: 'Bergen' };
const kari: Party = { role: 'appellant', name: 'Kari Nordmann', address: [] };
/** The case's parties, but for the first instance, are these. */
const partiesAre = (parties: Party[]) =>
  repo().changeParties(opened.caseId, 'test-reset', (known) => ({ parties: [...(known?.parties ?? []).filter((p) => p.role === 'first_instance'), ...parties], language: known?.language ?? null }));
let clones = 0;
/** A held acknowledgement of the case for Kari beside the seeded one. */
const heldLetter = async (): Promise<string> => {
  const seeded = (await repo().ofCase(opened.caseId)).find((l) => !l.letterId.includes('-p19-'))!;
  clones += 1;
  const letterId = `${seeded.letterId}-p19-${clones}`;
  await repo().add({ ...seeded, letterId, status: 'held', heldReason: 'no address', heldReasonCode: { code: 'no_address', who: 'appellant' }, recipient: { ...kari }, releasedBy: null, releasedAt: null, releasedAs: null });
  return letterId;
};
const pdfOf = async (letterId: string) => pdfText((await opened.service.app.inject({ method: 'GET', url: `/api/v1/outbox/${letterId}/pdf`, headers: as() })).rawPayload);
const outboxItem = async (letterId: string) =>
  (await opened.service.app.inject({ method: 'GET', url: `/api/v1/outbox?case=${opened.caseId}`, headers: as() })).json().letters.find((l: { letterId: string }) => l.letterId === letterId);
const caseView = async () => (await opened.service.app.inject({ method: 'GET', url: `/api/v1/cases/${opened.caseId}`, headers: as() })).json();
const journalOf = async (event: string) => (await caseView()).journal.filter((l: { event: string }) => l.event === event);

describe('a held letter released to a party an archivist added', () => {
  it('says the representative was added — on the letter, in the journal, in the event — never «adresse rettet» (item 1)', async () => {
    await partiesAre([kari]);
    const letterId = await heldLetter();
    const published = keepPublished(opened.service);
    expect((await add(lawyer)).statusCode).toBe(201);
    const item = await outboxItem(letterId);
    expect(item).toMatchObject({ status: 'ready', releasedAs: 'representative_added', releasedBy: expect.any(String) });
    const { letterStanding } = await import('../../domain/wording/letter-status.ts');
    expect(letterStanding(item)).toBe(`klart til utsending (fullmektig lagt til av ${item.releasedBy})`);
    expect((await caseView()).letters.find((l: { letterId: string }) => l.letterId === letterId)).toMatchObject({ releasedAs: 'representative_added' });
    const released = (await journalOf('LetterReleased')).find((l: { details: { letterId: string } }) => l.details.letterId === letterId);
    expect(released.details).toMatchObject({ addressFrom: 'representative_added' });
    const { journalWords } = await import('../../domain/journal/wording.ts');
    const names = { type: String, area: String, deadline: String, queue: String, letterKind: String };
    expect(journalWords(released, names).title).toBe('Tilbakeholdt brev frigitt til fullmektigen som ble lagt til');
    expect(published.filter((e) => e.type === 'LetterReady' && e.detail.letterId === letterId).map((e) => e.detail)).toEqual([expect.objectContaining({ status: 'ready', releasedAs: 'representative_added' })]);
  });

  it('an appellant added to a case that names none: «klager lagt til av …»', async () => {
    await partiesAre([]);
    const letterId = await heldLetter();
    const { firm: _firm, ...address } = lawyer;
    expect((await add({ ...address, role: 'appellant', name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006' })).statusCode).toBe(201);
    const item = await outboxItem(letterId);
    const { letterStanding } = await import('../../domain/wording/letter-status.ts');
    expect(letterStanding(item)).toBe(`klart til utsending (klager lagt til av ${item.releasedBy})`);
  });

  it('prints the added representative\'s firm in the window, as postmottak\'s own letter to a representative does (item 2)', async () => {
    await partiesAre([kari]);
    const letterId = await heldLetter();
    expect((await add(lawyer)).statusCode).toBe(201);
    expect((await repo().get(letterId))?.facts.recipient).toEqual({ name: 'Ola Advokat', address: ['Advokatfirma Lov AS', 'Strandkaien 2', '5013 Bergen'] });
    expect(await pdfOf(letterId)).toMatch(/Ola Advokat\s+Advokatfirma Lov AS\s+Strandkaien 2\s+5013 Bergen/u);
  });

  it('… and so does a letter held for the representative that an archivist releases in the outbox, or re-addresses by «Endre»', async () => {
    const known: Party = { role: 'representative', name: 'Ola Advokat', firm: 'Advokatfirma Lov AS', address: [] };
    await partiesAre([kari, known]);
    const letterId = await heldLetter();
    await repo().add({ ...(await repo().get(letterId))!, letterId: `${letterId}-rep`, recipient: { role: 'representative', name: 'Ola Advokat', address: [] } });
    const released = await opened.service.app.inject({ method: 'POST', url: `/api/v1/outbox/${letterId}-rep/release`, headers: as(), payload: { name: 'Ola Advokat', street: 'Strandkaien 2', postcode: '5013', place: 'Bergen' } });
    expect(released.statusCode, released.body).toBe(200);
    expect((await repo().get(`${letterId}-rep`))?.facts.recipient.address).toEqual(['Advokatfirma Lov AS', 'Strandkaien 2', '5013 Bergen']);
    const corrected = await opened.service.app.inject({ method: 'PUT', url: `/api/v1/cases/${opened.caseId}/parties/representative`, headers: as(), payload: { name: 'Ola Advokat', street: 'Strandkaien 4', postcode: '5013', place: 'Bergen' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await repo().get(`${letterId}-rep`))?.facts.recipient.address).toEqual(['Advokatfirma Lov AS', 'Strandkaien 4', '5013 Bergen']);
  });
});

/** A letter of the case for `recipient` beside the seeded one: held for want of an address, or ready to be sent. */
const letterFor = async (recipient: { role: 'appellant' | 'representative'; name: string; address: string[] }, status: 'held' | 'ready' = 'held'): Promise<string> => {
  const letterId = await heldLetter();
  const letter = (await repo().get(letterId))!;
  await repo().add({ ...letter, letterId: `${letterId}-to`, status, heldReason: status === 'held' ? letter.heldReason : null, heldReasonCode: status === 'held' ? { code: 'no_address', who: recipient.role } : null, recipient, facts: { ...letter.facts, recipient: { name: recipient.name, address: recipient.address } } });
  return `${letterId}-to`;
};
const release = (letterId: string, body: object) => opened.service.app.inject({ method: 'POST', url: `/api/v1/outbox/${letterId}/release`, headers: as(), payload: body });
const ola: Party = { role: 'representative', name: 'Ola Advokat', firm: 'Advokatfirma Lov AS', address: ['Strandkaien 2', '5013 Bergen'] };

describe('whose firm a released or re-addressed letter prints (review polish19 H1)', () => {
  it('A: «Frigi» a letter held for the representative to another lawyer: not the case representative\'s firm', async () => {
    await partiesAre([kari, ola]);
    const letterId = await letterFor({ role: 'representative', name: 'Ola Advokat', address: [] });
    expect((await release(letterId, { name: 'Nina Jus', street: 'Kirkegata 1', postcode: '0153', place: 'Oslo' })).statusCode).toBe(200);
    expect((await repo().get(letterId))?.facts.recipient).toEqual({ name: 'Nina Jus', address: ['Kirkegata 1', '0153 Oslo'] });
  });

  it('B: «Endre» the representative to another person: the old firm leaves the party and the letter', async () => {
    await partiesAre([kari, ola]);
    const letterId = await letterFor({ role: 'representative', name: 'Ola Advokat', address: ['Strandkaien 2', '5013 Bergen'] }, 'ready');
    const corrected = await opened.service.app.inject({ method: 'PUT', url: `/api/v1/cases/${opened.caseId}/parties/representative`, headers: as(), payload: { name: 'Nina Jus', street: 'Kirkegata 1', postcode: '0153', place: 'Oslo' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await repo().get(letterId))?.facts.recipient).toEqual({ name: 'Nina Jus', address: ['Kirkegata 1', '0153 Oslo'] });
    expect(((await repo().parties(opened.caseId))?.parties ?? []).filter((p) => p.role === 'representative')).toEqual([{ role: 'representative', name: 'Nina Jus', address: ['Kirkegata 1', '0153 Oslo'] }]);
  });

  it('C: two representatives on the case: a letter released to the one without a firm prints none, and the other keeps his', async () => {
    const siri: Party = { role: 'representative', name: 'Siri Rett', address: [] };
    await partiesAre([kari, ola, { role: 'appellant', name: 'Per Hansen', address: [] }, siri]);
    const letterId = await letterFor({ role: 'representative', name: 'Siri Rett', address: [] });
    expect((await release(letterId, { name: 'Siri Rett', street: 'Storgata 9', postcode: '0155', place: 'Oslo' })).statusCode).toBe(200);
    expect((await repo().get(letterId))?.facts.recipient).toEqual({ name: 'Siri Rett', address: ['Storgata 9', '0155 Oslo'] });
    expect(((await repo().parties(opened.caseId))?.parties ?? []).filter((p) => p.role === 'representative')).toEqual([ola, { ...siri, address: ['Storgata 9', '0155 Oslo'] }]);
  });

  it('D: a letter released to the appellant prints no firm, though the case\'s representative has one', async () => {
    await partiesAre([kari, ola]);
    const letterId = await letterFor({ role: 'appellant', name: 'Kari Nordmann', address: [] });
    expect((await release(letterId, { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' })).statusCode).toBe(200);
    expect((await repo().get(letterId))?.facts.recipient).toEqual({ name: 'Kari Nordmann', address: ['Fjellveien 3', '5006 Bergen'] });
  });
});

describe('two identical «Legg til part» at the same moment (item 3)', () => {
  it('the second is answered as a retry is, and nothing is journaled, recorded, written or announced twice', async () => {
    await partiesAre([kari]);
    const letterId = await heldLetter();
    const published = keepPublished(opened.service);
    const addedBefore = (await journalOf('PartyAdded')).length;
    const historyBefore = (await partyCorrections(opened.service.runtime.context.db, opened.caseId)).filter((h) => h.added).length;
    // A lawyer this case has never had: the addition is a new one, not a retry of an earlier test's.
    const per = { ...lawyer, name: 'Per Prosess' };
    const answers = await Promise.all([add(per), add(per), add(per)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    for (const a of answers) expect(a.json()).toMatchObject({ role: 'representative', name: 'Per Prosess', address: ['Strandkaien 2', '5013 Bergen'] });
    // Earlier tests' letters held for the appellant follow too; each letter is re-addressed by one answer only.
    const readdressed = answers.flatMap((a) => a.json().readdressed.map((l: { letterId: string }) => l.letterId));
    expect(readdressed).toContain(letterId);
    expect(new Set(readdressed).size).toBe(readdressed.length);
    expect((await journalOf('PartyAdded')).length).toBe(addedBefore + 1);
    // The one line names the letter the addition re-addressed, whichever request wrote it last.
    expect((await journalOf('PartyAdded')).at(-1).details.readdressed).toContain(letterId);
    expect((await partyCorrections(opened.service.runtime.context.db, opened.caseId)).filter((h) => h.added).length).toBe(historyBefore + 1);
    expect((await journalOf('LetterReleased')).filter((l: { details: { letterId: string } }) => l.details.letterId === letterId)).toHaveLength(1);
    expect(new Set(published.filter((e) => e.type === 'LetterReady' && e.detail.letterId === letterId).map((e) => e.id)).size).toBe(1);
    expect((await repo().ofCase(opened.caseId)).filter((l) => l.letterId === letterId)).toHaveLength(1);
    const representatives = ((await repo().parties(opened.caseId))?.parties ?? []).filter((p) => p.role === 'representative');
    expect(representatives).toHaveLength(1);
  });

  it('several identical additions at once with several held letters: the one journal line names every letter re-addressed (review polish19 M1)', async () => {
    // Rounds, each a lawyer new to the case: one round that loses a letter is enough to fail.
    for (const round of ['A', 'B', 'C', 'D']) {
      await partiesAre([kari]);
      for (let i = 0; i < 6; i += 1) await heldLetter();
      const body = { ...lawyer, name: `Rune Runde${round}` };
      const answers = await Promise.all([0, 1, 2, 3, 4].map(() => add(body)));
      const readdressed = answers.flatMap((a) => a.json().readdressed.map((l: { letterId: string }) => l.letterId));
      expect(readdressed.length).toBeGreaterThanOrEqual(6);
      expect([...(await journalOf('PartyAdded')).at(-1).details.readdressed].sort(), `round ${round}`).toEqual([...readdressed].sort());
    }
  });
});
