import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { PostmottakEvent } from '#schemas/events';
import type { Party } from '#schemas/parties';
import type { Classification } from '#schemas/pipeline';
import { loadConfig } from '../../config/load.ts';
import { defaultLettersConfig } from '../../config/letters.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { mergedCaseParties, partiesJoiningCase } from '../../domain/letters/case-parties.ts';
import { partiesWithReleasedAddress } from '../../domain/letters/released-address.ts';
import { releaseHeldLetter, type OutboxWorkPorts } from '../../stages/outbox-work.ts';
import { letterStagePorts, writeExtendedNotices, writeLetters, type RegisteredInput } from '../../stages/write-letters.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * The case's parties (review finding, session 10, LOWs 3–5): the name an archivist gives on release is
 * the party's name; a later document, or a retried letters stage, merges its parties into the case's
 * instead of overwriting them (an address an archivist gave stays, a representative is added); a
 * release that fails after the letter is ready is finished by a repeat, address included.
 */
const CASE = '2025-00001';
const misread: Party = { role: 'appellant', name: 'Kari Nordmarm', address: [], addressWithheld: 'the postcode line could not be read with certainty' };
const released = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };
const lawyer: Party = { role: 'representative', name: 'Advokat Per Hansen', firm: 'Hansen Advokatfirma AS', address: ['Postboks 12', '0101 Oslo'] };

describe("the case's parties, merged", () => {
  it("takes the archivist's name for the released party, with the address, and drops the doubt", () => {
    expect(partiesWithReleasedAddress([misread], released)).toEqual([released]);
  });

  it('keeps a party the case has, fills an address it lacks, and adds a role it has not had', () => {
    const hash = 'a'.repeat(64);
    // The lawyer acts for the appellant the same letter names (review 12, H2).
    expect(mergedCaseParties([released], [misread, lawyer])).toEqual([released, { ...lawyer, actsFor: [misread.name] }]);
    expect(mergedCaseParties([{ ...misread, nationalIdHash: hash }], [{ role: 'appellant', name: 'Kari Nordmann', address: ['Fjellveien 3', '5006 Bergen'] }])).toEqual([
      { role: 'appellant', name: 'Kari Nordmann', address: ['Fjellveien 3', '5006 Bergen'], nationalIdHash: hash },
    ]);
    expect(mergedCaseParties([released, lawyer], [{ ...lawyer, address: ['Annen gate 1', '0150 Oslo'] }])).toEqual([released, lawyer]);
    expect(mergedCaseParties([released], [{ role: 'sender', name: 'Tannlegesenteret Bryn', address: ['Brynsveien 1', '0667 Oslo'] }])).toEqual([released]);
  });
});

let db: Db;
let events: PostmottakEvent[];
let ports: OutboxWorkPorts;

/** The stages' ports on the table, the letters' record read and written through `letters` (the same table, or a client that races its reads). */
function portsOn(letters: Db): OutboxWorkPorts {
  const stage = dynamoStagePorts(db, { config: loadConfig(), idHashKey: async () => 'k', now: () => new Date('2025-03-21T09:00:00Z'), events: { publish: async (e) => void events.push(...e) } });
  const blobStore = { ...({} as OutboxWorkPorts['blobs']), put: async () => {} };
  return { ...letterStagePorts({ ...stage, blobs: blobStore as never, letters: dynamoLetterRepository(letters), renderer: pdfLetterRenderer, lettersConfig: defaultLettersConfig() }), audit: stage.audit, cases: stage.cases };
}

withFreshTable((fresh) => {
  db = fresh;
  events = [];
  ports = portsOn(db);
}, { per: 'test' });

const input = (documentId: string, documentType: Classification['documentType'], parties: Party[], created: boolean): RegisteredInput => ({
  documentId,
  receivedDate: '2025-03-20',
  classification: {
    documentType, area: 'dental', language: 'nb', keywords: [], confidence: 0.97, reviewReason: null, textSource: 'ocr', pages: 1, explanation: [], modelVersion: 'test',
    fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-12', decisionReceivedDate: null, parties },
  },
  registration: { caseId: CASE, caseNumber: '2025/00001', created, area: 'dental' },
  opened: [],
});
const caseParties = async () => (await ports.letters.parties(CASE))!.parties;
const release = (letterId: string) => releaseHeldLetter({ letterId, address: { name: 'Kari Nordmann', street: 'Storgata 12B', postcode: '0467', place: 'Oslo' }, by: 'arkivar-anne' }, ports);

describe("the letters stage and the case's parties", () => {
  it('keeps the released address when the stage is retried, and adds the representative a later letter names', async () => {
    const [held] = await writeLetters(input('doc-appeal', 'appeal', [misread], true), ports);
    expect(held).toMatchObject({ status: 'held' });
    expect((await release(held!.letterId)).outcome).toBe('released');
    expect(await caseParties()).toEqual([released]);

    // The same document's letters stage again (a retry): the letter is found, the address stays.
    await writeLetters(input('doc-appeal', 'appeal', [misread], true), ports);
    expect(await caseParties()).toEqual([released]);

    // A later letter from a lawyer who now acts for her.
    await writeLetters(input('doc-lawyer', 'correspondence', [misread, lawyer], false), ports);
    expect(await caseParties()).toEqual([released, { ...lawyer, actsFor: [misread.name] }]);
    // The case's one appellant's notice still goes to the lawyer, whose letter spelled her name otherwise.
    const [notice] = await writeExtendedNotices([{ caseId: CASE, caseNumber: '2025/00001', caseProcessingDue: '2025-06-20', receivedDate: '2025-03-20' }], ports, '2025-06-10');
    expect((await ports.letters.get(notice!.letterId))?.recipient?.name).toBe(lawyer.name);
  });
});

describe('a release that fails after the letter is ready', () => {
  it('is finished by a repeat: the deadline met and the event published first, then the address kept', async () => {
    const [held] = await writeLetters(input('doc-appeal', 'appeal', [misread], true), ports);
    const changeParties = ports.letters.changeParties.bind(ports.letters);
    let failures = 1;
    ports.letters.changeParties = async (...args) => {
      if (failures-- > 0) throw new Error('the table is unavailable');
      return changeParties(...args);
    };
    await expect(release(held!.letterId)).rejects.toThrow('the table is unavailable');
    expect(events.filter((e) => e.type === 'LetterReady').map((e) => e.detail)).toContainEqual(expect.objectContaining({ letterId: held!.letterId, status: 'ready' }));
    expect(await caseParties()).toEqual([misread]);

    expect((await release(held!.letterId)).outcome).toBe('not_held');
    expect(await caseParties()).toEqual([released]);
  });

  it("never puts back an old release's address over one given since", async () => {
    const [held] = await writeLetters(input('doc-appeal', 'appeal', [misread], true), ports);
    await release(held!.letterId);
    const moved = { ...released, address: ['Fjellveien 3', '5006 Bergen'] };
    await ports.letters.changeParties(CASE, 'a-later-release', () => ({ parties: [moved], language: 'nb' }));
    expect((await release(held!.letterId)).outcome).toBe('not_held');
    expect(await caseParties()).toEqual([moved]);
  });
});

/**
 * Two letters stages naming parties of one case at the same moment (session 10, "Left, noticed"): both
 * read the case's parties before either writes. Before, the later put won and the other's party was
 * lost; now the write holds only on the version read, and the loser reads again and merges.
 */
/** The table's client with the first `readers` reads of the case's parties held until all of them have asked, so their writes race. */
function racingReads(inner: Db, readers: number): Db {
  const waiting: (() => void)[] = [];
  const client = Object.create(inner.client) as Db['client'];
  client.send = (async (command: unknown, ...rest: unknown[]) => {
    if (command instanceof GetCommand && command.input.Key?.sk === 'PARTIES' && readers > 0) {
      readers -= 1;
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (readers === 0) for (const go of waiting) go();
      });
    }
    return (inner.client.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
  }) as Db['client']['send'];
  return { ...inner, client };
}

describe("two letters stages writing one case's parties at once", () => {
  it('keeps both: the appellant of the opening appeal and the representative of a letter read beside it', async () => {
    const racing = portsOn(racingReads(db, 2));
    await Promise.all([writeLetters(input('doc-appeal', 'appeal', [released], true), racing), writeLetters(input('doc-lawyer', 'correspondence', [lawyer], false), racing)]);
    const stored = await ports.letters.parties(CASE);
    expect(stored?.parties).toHaveLength(2);
    expect(stored?.parties).toEqual(expect.arrayContaining([released, lawyer]));
  });

  it('keeps both when the case already had parties, written before they carried a version', async () => {
    await db.client.send(new PutCommand({ TableName: db.table, Item: { ...keys.caseParties(CASE), type: 'parties', caseId: CASE, parties: [{ ...released, address: [] }], language: 'nb', byDocumentId: 'doc-old' } }));
    const racing = portsOn(racingReads(db, 2));
    const named = { ...released, address: ['Fjellveien 3', '5006 Bergen'] };
    await Promise.all([writeLetters(input('doc-a', 'correspondence', [named], false), racing), writeLetters(input('doc-b', 'correspondence', [lawyer], false), racing)]);
    expect(await caseParties()).toEqual(expect.arrayContaining([named, lawyer]));
  });
});

describe('the parties a moved document brings to its new case', () => {
  const lise: Party = { role: 'appellant', name: 'Lise Berg', address: ['Kirkeveien 3', '0368 Oslo'] };
  const per: Party = { role: 'appellant', name: 'Per Hansen', address: ['Storgata 5', '0155 Oslo'] };
  it('adds another appellant beside the one the case has, never overwriting it, and nobody twice', () => {
    const once = partiesJoiningCase([lise], [{ ...per }, { role: 'sender', name: 'Tannlege AS', address: [] }]);
    expect(once).toEqual([lise, per]);
    expect(partiesJoiningCase(once, [per])).toEqual(once);
    expect(partiesJoiningCase([lise], [{ ...lise, address: [] }])).toEqual([lise]);
  });
});
