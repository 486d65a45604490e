import { describe, expect, it } from 'vitest';
import type { PostmottakEvent } from '#schemas/events';
import type { Party } from '#schemas/parties';
import { defaultLettersConfig } from '../../config/letters.ts';
import { loadConfig } from '../../config/load.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import { auditTrail } from '../../functions/commons/store/audit.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { changeDeadlines, getDeadlines } from '../../functions/commons/store/deadlines.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { letterStagePorts, type WriteLettersPorts, writeLetters, writeLettersStage } from '../../stages/write-letters.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { classificationNaming } from '../support/letter-classification.ts';

/**
 * A transfer bundle's held acknowledgement released to the address of the appeal in the same bundle
 * (stages/write-letters.ts), when Step Functions retries PartWriteLetters after a failure that came after
 * the letter was stored as released: the retry finishes the release (review s13 H1), and only a letter
 * held for want of an address is released so (L1).
 */
const CASE = '2025-00001';
const noAddress: Party = { role: 'appellant', name: 'Kari Nordmann', address: [] };
const withheld: Party = { role: 'appellant', name: 'Kari Nordmann', address: [], addressWithheld: 'the appellant has moved' };
const withAddress: Party = { role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };
const classification = classificationNaming;

let db: Db;
let events: PostmottakEvent[];
let ports: WriteLettersPorts;
let failPublish = 0;
withFreshTable(
  (fresh) => {
    db = fresh;
    events = [];
    failPublish = 0;
    const publish = async (e: PostmottakEvent[]) => {
      if (failPublish-- > 0) throw new Error('EventBridge throttled');
      events.push(...e);
    };
    const stage = dynamoStagePorts(db, { config: loadConfig(), idHashKey: async () => 'k', now: () => new Date('2025-03-21T09:00:00Z'), events: { publish } });
    ports = { ...stage, blobs: { put: async () => undefined } as never, letters: dynamoLetterRepository(db), renderer: pdfLetterRenderer, lettersConfig: defaultLettersConfig() } as WriteLettersPorts;
  },
  { per: 'test' },
);

async function heldAcknowledgement(appellant: Party) {
  await changeDeadlines(db, {
    caseId: CASE,
    area: 'dental',
    fresh: true,
    change: { open: [{ kind: 'preliminary_reply', due: '2025-04-21' }, { kind: 'case_processing', due: '2025-06-20' }], openedBy: 'doc-main', openedOn: '2025-03-20', close: [] },
  });
  const [held] = await writeLetters(
    { documentId: 'doc-main', receivedDate: '2025-03-20', classification: classification('case_transfer', [appellant]), registration: { caseId: CASE, caseNumber: '2025/00001', created: true, area: 'dental' }, opened: [{ kind: 'preliminary_reply', due: '2025-04-21' }] } as never,
    letterStagePorts(ports),
  );
  expect(held).toMatchObject({ status: 'held' });
  events.length = 0;
  return held!;
}

const appealPart = {
  documentId: 'doc-appeal',
  part: { documentId: 'doc-appeal', mainDocumentId: 'doc-main' },
  link: { matchedBy: 'main_document', classification: classification('appeal', [withAddress]) },
  registration: { caseId: CASE, caseNumber: '2025/00001', created: false, area: 'dental' },
  deadlines: { opened: [] },
} as never;

async function expectReleasedOnce() {
  const book = (await getDeadlines(db, CASE))!.book;
  expect(Object.values(book).find((d) => d.kind === 'preliminary_reply')).toMatchObject({ status: 'met' });
  // A consumer keeps each change once by its id; a repeat may publish the same one again.
  expect(new Set(events.filter((e) => e.type === 'LetterReady').map((e) => e.id)).size).toBe(1);
  const released = (await auditTrail(db, { caseId: CASE })).filter((a) => a.event === 'LetterReleased');
  expect(released).toHaveLength(1);
  expect(released[0]).toMatchObject({ actor: 'postmottak', details: { addressFrom: 'bundle_appeal' } });
  const parties = (await ports.letters.parties(CASE))?.parties ?? [];
  expect(parties.find((p) => p.role === 'appellant')?.address).toEqual(['Storgata 12B', '0467 Oslo']);
}

describe('a retried release of a bundle-appeal acknowledgement', () => {
  it('finishes the release when the journal line failed: the preliminary reply met, LetterReady, one journal line, the address kept', async () => {
    await heldAcknowledgement(noAddress);
    let failAudit = 1;
    const real = ports.audit;
    const flaky = { ...ports, audit: { record: async (e: Parameters<typeof real.record>[0]) => (failAudit-- > 0 ? Promise.reject(new Error('DynamoDB throttled')) : real.record(e)) } } as WriteLettersPorts;
    await expect(writeLettersStage(appealPart, flaky)).rejects.toThrow('throttled');
    await writeLettersStage(appealPart, flaky);
    await expectReleasedOnce();
  });

  it('finishes the release when the event failed, without a second journal line', async () => {
    await heldAcknowledgement(noAddress);
    failPublish = 1;
    await expect(writeLettersStage(appealPart, ports)).rejects.toThrow('throttled');
    await writeLettersStage(appealPart, ports);
    await expectReleasedOnce();
  });

  it('a run that did not fail releases once, and a repeat of it writes nothing twice', async () => {
    await heldAcknowledgement(noAddress);
    await writeLettersStage(appealPart, ports);
    await writeLettersStage(appealPart, ports);
    await expectReleasedOnce();
  });

  it('leaves held a letter whose address the first instance withheld for a reason', async () => {
    const held = await heldAcknowledgement(withheld);
    await writeLettersStage(appealPart, ports);
    expect(await ports.letters.get(held.letterId)).toMatchObject({ status: 'held' });
    expect((await auditTrail(db, { caseId: CASE })).filter((a) => a.event === 'LetterReleased')).toEqual([]);
  });
});

describe('QA L46: the appeal\'s name read with an OCR misread', () => {
  const HASH = 'a'.repeat(64);
  const OTHER = 'b'.repeat(64);
  const onCase: Party = { role: 'appellant', name: 'Bjørn Hansen', address: [], nationalIdHash: HASH };
  const appealReading = (appellant: Party) => ({ ...(appealPart as object), link: { matchedBy: 'main_document', classification: classification('appeal', [appellant]) } }) as never;
  const address = ['Storgata 12B', '0467 Oslo'];
  const released = async () => (await auditTrail(db, { caseId: CASE })).filter((a) => a.event === 'LetterReleased');

  it('«Bjøm» for «Bjørn» with the same national id releases the held letter to the appeal\'s address', async () => {
    const held = await heldAcknowledgement(onCase);
    await writeLettersStage(appealReading({ role: 'appellant', name: 'Bjøm Hansen', address, nationalIdHash: HASH }), ports);
    // The envelope names the person as the case has them, not as the OCR misread them.
    expect(await ports.letters.get(held.letterId)).toMatchObject({ status: 'ready', recipient: { name: 'Bjørn Hansen', address } });
    expect(await released()).toHaveLength(1);
  });

  it.each([
    ['the misread name alone, no id', { role: 'appellant', name: 'Bjøm Hansen', address } as Party],
    ['the misread name with another person\'s id', { role: 'appellant', name: 'Bjøm Hansen', address, nationalIdHash: OTHER } as Party],
    ['another person\'s name with the same id', { role: 'appellant', name: 'Bjarne Hansen', address, nationalIdHash: HASH } as Party],
  ])('stays held: %s', async (_, appellant) => {
    const held = await heldAcknowledgement(onCase);
    await writeLettersStage(appealReading(appellant), ports);
    expect(await ports.letters.get(held.letterId)).toMatchObject({ status: 'held' });
    expect(await released()).toEqual([]);
  });

  // Review dates18 M3: OCR does not add a dot to «l»; «Kari» on an appeal with Karl's id is someone else.
  it.each([
    ['Kari Hansen on an appeal carrying Karl\'s id', { role: 'appellant', name: 'Karl Hansen', address: [], nationalIdHash: HASH } as Party, 'Kari Hansen'],
    ['«Arne» for «Ame» (m read as rn is not the misread)', { role: 'appellant', name: 'Ame Lien', address: [], nationalIdHash: HASH } as Party, 'Arne Lien'],
  ])('stays held: %s', async (_, recipient, readName) => {
    const held = await heldAcknowledgement(recipient);
    await writeLettersStage(appealReading({ role: 'appellant', name: readName, address: ['Havnegata 3', '9008 Tromsø'], nationalIdHash: HASH }), ports);
    expect(await ports.letters.get(held.letterId)).toMatchObject({ status: 'held' });
    expect(await released()).toEqual([]);
  });

  it('stays held: the misread name with the id of another of the case\'s parties', async () => {
    const held = await heldAcknowledgement(onCase);
    const representative: Party = { role: 'representative', name: 'Per Hansen', address: [], nationalIdHash: OTHER };
    await ports.letters.changeParties(CASE, 'doc-other', (p) => ({ parties: [...(p?.parties ?? []), representative], language: p?.language ?? null }));
    await writeLettersStage(appealReading({ role: 'appellant', name: 'Bjøm Hansen', address, nationalIdHash: OTHER }), ports);
    expect(await ports.letters.get(held.letterId)).toMatchObject({ status: 'held' });
  });
});

const laterLetter = {
  documentId: 'doc-later',
  part: { documentId: 'doc-later' },
  intake: { receivedDate: '2025-03-25', bucket: 'b', key: 'k', etag: 'e' },
  link: { matchedBy: 'national_id', classification: classification('appeal', [withAddress]) },
  registration: { caseId: CASE, caseNumber: '2025/00001', created: false, area: 'dental' },
  deadlines: { opened: [] },
} as never;

describe('a release postmottak made is finished only by the document that made it (review s18 M1/M3)', () => {
  it('a later letter with the same address leaves the bundle appeal’s release and its journal line as they were', async () => {
    await heldAcknowledgement(noAddress);
    await writeLettersStage(appealPart, ports);
    await writeLettersStage(laterLetter, ports);
    const released = (await auditTrail(db, { caseId: CASE })).filter((a) => a.event === 'LetterReleased');
    expect(released.map((a) => a.details)).toEqual([expect.objectContaining({ letterId: 'ack.2025-00001.doc-main', addressFrom: 'bundle_appeal' })]);
  });

  it('a later letter’s release whose journal line failed is finished by its retry: one line, «later_letter», the preliminary reply met', async () => {
    await heldAcknowledgement(noAddress);
    let failAudit = 1;
    const real = ports.audit;
    const flaky = { ...ports, audit: { record: async (e: Parameters<typeof real.record>[0]) => (failAudit-- > 0 ? Promise.reject(new Error('DynamoDB throttled')) : real.record(e)) } } as WriteLettersPorts;
    await expect(writeLettersStage(laterLetter, flaky)).rejects.toThrow('throttled');
    await writeLettersStage(laterLetter, flaky);
    const released = (await auditTrail(db, { caseId: CASE })).filter((a) => a.event === 'LetterReleased');
    expect(released).toHaveLength(1);
    expect(released[0]).toMatchObject({ actor: 'postmottak', details: { letterId: 'ack.2025-00001.doc-main', addressFrom: 'later_letter' } });
    const book = (await getDeadlines(db, CASE))!.book;
    expect(Object.values(book).find((d) => d.kind === 'preliminary_reply' && d.openedBy === 'doc-main')).toMatchObject({ status: 'met' });
    expect(await ports.letters.get('ack.2025-00001.doc-main')).toMatchObject({ status: 'ready', recipient: { address: ['Storgata 12B', '0467 Oslo'] } });
  });
});
