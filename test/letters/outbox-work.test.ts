import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { PostmottakEvent } from '#schemas/events';
import type { Party } from '#schemas/parties';
import type { Classification } from '#schemas/pipeline';
import { loadConfig } from '../../config/load.ts';
import { defaultLettersConfig } from '../../config/letters.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import { getItem, updateIf, type Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { changeDeadlines, getDeadlines } from '../../functions/commons/store/deadlines.ts';
import { auditTrail } from '../../functions/commons/store/audit.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { markLetterSent, releaseHeldLetter, type OutboxWorkPorts } from '../../stages/outbox-work.ts';
import { letterStagePorts, writeExtendedNotices, writeLetters } from '../../stages/write-letters.ts';
import { noticesDue } from '../../stages/extended-notices.ts';
import { watchDeadlines } from '../../functions/commons/store/service.ts';
import { dueOnOrBefore, meetDeadline } from '../../domain/registry/deadline-book.ts';
import { deadlineView } from '../../service/operations/views.ts';
import { deadlineState } from '../../domain/wording/names-nb.ts';
import { incomingCaseRow } from '../../domain/export/incoming-cases.ts';
import { DeadlineClosed as DeadlineClosedSchema } from '#schemas/events';
import { applyDocument, keepLetterReplies, withdrawDocument } from '../../domain/registry/correction.ts';
import { partiesJoiningCase } from '../../domain/letters/case-parties.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * The preliminary reply met by the right letter, on the real deadline store, and the archivist's
 * outbox work: a held letter released with a corrected address, a ready one marked sent.
 */

const CASE = '2025-00001';
const appellant: Party = { role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };
const noAddress: Party = { role: 'appellant', name: 'Kari Nordmann', address: [], addressWithheld: 'the postcode line could not be read with certainty' };

function classification(documentType: Classification['documentType'], parties: Party[]): Classification {
  return {
    documentType, area: 'dental', language: 'nb', keywords: [], confidence: 0.97, reviewReason: null, textSource: 'ocr', pages: 1, explanation: [], modelVersion: 'test',
    fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-12', decisionReceivedDate: null, parties },
  };
}

let db: Db;
let blobs: Map<string, Uint8Array>;
let events: PostmottakEvent[];
let ports: OutboxWorkPorts;
/** The clock: a test moves it to release a letter on a later day. */
let now: Date;

withFreshTable((fresh) => {
  db = fresh;
  blobs = new Map();
  events = [];
  now = new Date('2025-03-21T09:00:00Z');
  const stage = dynamoStagePorts(db, { config: loadConfig(), idHashKey: async () => 'test-id-hash-key-0123456789', now: () => now, events: { publish: async (e) => void events.push(...e) } });
  const blobStore = { ...({} as OutboxWorkPorts['blobs']), put: async (key: string, body: string | Uint8Array) => void blobs.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body) };
  ports = { ...letterStagePorts({ ...stage, blobs: blobStore as never, letters: dynamoLetterRepository(db), renderer: pdfLetterRenderer, lettersConfig: defaultLettersConfig() }), audit: stage.audit, cases: stage.cases };
}, { per: 'test' });

async function openDeadlines(documentId: string, on: string, fresh: boolean) {
  await changeDeadlines(db, { caseId: CASE, area: 'dental', fresh, change: { open: [{ kind: 'preliminary_reply', due: on.replace(/-(\d\d)-/, (_, m) => `-${String(Number(m) + 1).padStart(2, '0')}-`) }, { kind: 'case_processing', due: '2025-06-20' }], openedBy: documentId, openedOn: on, close: [] } });
}

const registered = (documentId: string, documentType: Classification['documentType'], parties: Party[], created: boolean) => ({
  documentId,
  receivedDate: '2025-03-20',
  classification: classification(documentType, parties),
  registration: { caseId: CASE, caseNumber: '2025/00001', created, area: 'dental' },
  opened: [{ kind: 'preliminary_reply' as const, due: '2025-04-22' }, { kind: 'case_processing' as const, due: '2025-06-20' }],
});

async function preliminaryReplies() {
  const book = (await getDeadlines(db, CASE))!.book;
  return Object.values(book)
    .filter((d) => d.kind === 'preliminary_reply')
    .map((d) => ({ openedBy: d.openedBy, status: d.status, closedBy: d.closedBy ?? null }))
    .sort((a, b) => a.openedBy.localeCompare(b.openedBy));
}

async function pdfText(key: string): Promise<string> {
  const parser = new PDFParse({ data: blobs.get(key)! });
  const text = (await parser.getText()).text.replace(/\s+/g, ' ');
  await parser.destroy();
  return text;
}

describe('the preliminary reply a letter meets', () => {
  it("an anke's acknowledgement meets the anke's own preliminary reply, not the case's older open one", async () => {
    // The appeal's acknowledgement was held (no address): its preliminary reply is still open when the anke comes.
    await openDeadlines('doc-appeal', '2025-02-03', true);
    expect(await writeLetters(registered('doc-appeal', 'appeal', [noAddress], true), ports)).toMatchObject([{ status: 'held' }]);
    await openDeadlines('doc-anke', '2025-03-20', false);
    expect(await writeLetters(registered('doc-anke', 'tribunal_appeal', [appellant], false), ports)).toMatchObject([{ kind: 'tribunal_appeal_acknowledgement', status: 'ready' }]);
    expect(await preliminaryReplies()).toEqual([
      { openedBy: 'doc-anke', status: 'met', closedBy: 'letter:anke.2025-00001.doc-anke' },
      { openedBy: 'doc-appeal', status: 'open', closedBy: null },
    ]);
  });

  it('a ready acknowledgement meets its preliminary reply at writing; marking it sent keeps it met and records who', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    const [written] = await writeLetters(registered('doc-appeal', 'appeal', [appellant], true), ports);
    expect(await preliminaryReplies()).toEqual([{ openedBy: 'doc-appeal', status: 'met', closedBy: `letter:${written!.letterId}` }]);
    const sent = await markLetterSent({ letterId: written!.letterId, on: '2025-03-24', by: 'arkivar-anne' }, ports);
    expect(sent).toMatchObject({ outcome: 'sent', letter: { status: 'sent', sentOn: '2025-03-24' } });
    expect(await preliminaryReplies()).toEqual([{ openedBy: 'doc-appeal', status: 'met', closedBy: `letter:${written!.letterId}` }]);
    expect(await markLetterSent({ letterId: written!.letterId, on: '2025-03-25', by: 'arkivar-bo' }, ports)).toMatchObject({ outcome: 'already_sent', letter: { sentOn: '2025-03-24' } });
    const trail = await auditTrail(db, { caseId: CASE });
    expect(trail.filter((a) => a.event === 'LetterSent').map((a) => a.actor)).toEqual(['arkivar-anne']);
  });

  it('a run that died after storing the letter but before meeting the deadline: the re-run meets it', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    const dying = { ...ports, meetDeadline: async () => Promise.reject(new Error('the Lambda timed out')) };
    await expect(writeLetters(registered('doc-appeal', 'appeal', [appellant], true), dying)).rejects.toThrow('timed out');
    expect(await preliminaryReplies()).toEqual([{ openedBy: 'doc-appeal', status: 'open', closedBy: null }]);
    const [again] = await writeLetters(registered('doc-appeal', 'appeal', [appellant], true), ports);
    expect(again).toMatchObject({ created: false, status: 'ready' });
    expect(await preliminaryReplies()).toEqual([{ openedBy: 'doc-appeal', status: 'met', closedBy: `letter:${again!.letterId}` }]);
  });
});

describe('a preliminary reply written after its due date (QA s16)', () => {
  it('is met late: in the deadline book, the case view, DeadlineClosed and the export; one written in time is not', async () => {
    // Opened 3 February (due 3 March), the acknowledgement written 21 March: late.
    await openDeadlines('doc-late', '2025-02-03', true);
    const [late] = await writeLetters(registered('doc-late', 'appeal', [appellant], true), ports);
    const entry = Object.values((await getDeadlines(db, CASE))!.book).find((d) => d.openedBy === 'doc-late' && d.kind === 'preliminary_reply')!;
    expect(entry).toMatchObject({ status: 'met', late: true, closedBy: `letter:${late!.letterId}`, closedOn: '2025-03-21' });
    expect(deadlineView(entry)).toMatchObject({ status: 'met', late: true });
    expect(deadlineState(deadlineView(entry))).toBe('oppfylt for sent');
    const closedEvent = events.find((e) => e.type === 'DeadlineClosed');
    expect(closedEvent?.detail).toMatchObject({ kind: 'preliminary_reply', late: true });
    expect(DeadlineClosedSchema.safeParse(closedEvent).success).toBe(true);
    const facts = { caseNumber: '2025/00001', receivedDate: '2025-02-03', area: 'dental', keywords: [], references: [], handlerId: null, status: 'NY', open: true, createdBy: 'doc-late' };
    expect(incomingCaseRow(facts, 'appeal', [entry]).preliminaryReply).toBe('met_late');
    // The watcher looks only at open deadlines: a reply met late is no longer due.
    expect(dueOnOrBefore((await getDeadlines(db, CASE))!.book, '2025-12-31').filter((d) => d.kind === 'preliminary_reply')).toEqual([]);

    // The same letter on the day it was due is in time.
    const inTime = meetDeadline({ [entry.id]: { ...entry, status: 'open', closedBy: undefined, closedOn: undefined, late: undefined } }, { kind: 'preliminary_reply', openedBy: 'doc-late' }, 'letter:x', entry.due).met!;
    expect(inTime.late).toBeUndefined();
    expect(deadlineState(deadlineView(inTime))).toBe('oppfylt');
    expect(incomingCaseRow(facts, 'appeal', [inTime]).preliminaryReply).toBe('met');
  });
});

describe('a held acknowledgement released after its due date (review s17, H2)', () => {
  const address = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
  const entryOf = async (documentId: string) => Object.values((await getDeadlines(db, CASE))!.book).find((d) => d.openedBy === documentId && d.kind === 'preliminary_reply')!;

  it('meets the preliminary reply on the release day, late, and is dated that day (not backdated to the held day)', async () => {
    // Opened 20 March (due 20 April), held 21 March for want of an address, released 15 May.
    await openDeadlines('doc-held', '2025-03-20', true);
    const [held] = await writeLetters(registered('doc-held', 'appeal', [noAddress], true), ports);
    expect(held).toMatchObject({ status: 'held' });
    expect((await entryOf('doc-held')).due).toBe('2025-04-20');
    now = new Date('2025-05-15T09:00:00Z');
    const released = await releaseHeldLetter({ letterId: held!.letterId, address, by: 'arkivar-anne' }, ports);
    expect(released).toMatchObject({ outcome: 'released', letter: { status: 'ready', letterDate: '2025-05-15' } });
    expect(await entryOf('doc-held')).toMatchObject({ status: 'met', late: true, closedOn: '2025-05-15', closedBy: `letter:${held!.letterId}` });
    expect(events.find((e) => e.type === 'DeadlineClosed')?.detail).toMatchObject({ kind: 'preliminary_reply', late: true });
    expect(await pdfText((released as { letter: { path: string } }).letter.path)).toContain('Dato: 15. mai 2025');
  });

  it('released before its due date it is met in time, on the release day', async () => {
    await openDeadlines('doc-held', '2025-03-20', true);
    const [held] = await writeLetters(registered('doc-held', 'appeal', [noAddress], true), ports);
    now = new Date('2025-04-02T09:00:00Z');
    expect(await releaseHeldLetter({ letterId: held!.letterId, address, by: 'arkivar-anne' }, ports)).toMatchObject({ outcome: 'released', letter: { letterDate: '2025-04-02' } });
    const entry = await entryOf('doc-held');
    expect(entry).toMatchObject({ status: 'met', closedOn: '2025-04-02' });
    expect(entry.late).toBeUndefined();
  });
});

describe('meetDeadline (the deadline book)', () => {
  const open = (openedBy: string, openedOn: string) => ({ [`preliminary_reply#${openedOn}#${openedBy}`]: { id: `preliminary_reply#${openedOn}#${openedBy}`, kind: 'preliminary_reply' as const, due: '2025-05-01', status: 'open' as const, openedBy, openedOn } });
  it('meets the one the document opened, once; nothing for a document that opened none', () => {
    const book = { ...open('doc-old', '2025-01-02'), ...open('doc-new', '2025-03-20') };
    const first = meetDeadline(book, { kind: 'preliminary_reply', openedBy: 'doc-new' }, 'letter:x', '2025-03-21');
    expect(first.met).toMatchObject({ openedBy: 'doc-new', status: 'met', closedBy: 'letter:x', closedOn: '2025-03-21' });
    expect(first.book['preliminary_reply#2025-01-02#doc-old']?.status).toBe('open');
    const again = meetDeadline(first.book, { kind: 'preliminary_reply', openedBy: 'doc-new' }, 'letter:x', '2025-03-25');
    expect(again.book).toBe(first.book);
    expect(again.met?.closedOn).toBe('2025-03-21');
    expect(meetDeadline(first.book, { kind: 'preliminary_reply', openedBy: 'doc-new' }, 'letter:other', '2025-03-25').met).toBeNull();
    expect(meetDeadline(book, { kind: 'preliminary_reply', openedBy: 'doc-none' }, 'letter:x', '2025-03-21')).toEqual({ book, met: null });
  });
});

describe('a correction of the document the letter answered', () => {
  it('keeps its preliminary reply met by the letter when the document is applied again', async () => {
    const config = loadConfig();
    const facts = { documentType: 'appeal' as const, area: 'dental', receivedDate: '2025-03-20', postmarkDate: null, decisionDate: '2025-03-12', decisionReceivedDate: null };
    const opened = applyDocument({}, 'doc-appeal', facts, config).book;
    const met = meetDeadline(opened, { kind: 'preliminary_reply', openedBy: 'doc-appeal' }, 'letter:ack.x', '2025-03-21').book;
    const reapplied = applyDocument(withdrawDocument(met, 'doc-appeal', 'drop', 'correction:anne', '2025-04-01'), 'doc-appeal', { ...facts, postmarkDate: '2025-03-19' }, config).book;
    expect(Object.values(reapplied).find((d) => d.kind === 'preliminary_reply')?.status).toBe('open');
    const kept = keepLetterReplies(met, reapplied, 'doc-appeal');
    expect(Object.values(kept).find((d) => d.kind === 'preliminary_reply')).toMatchObject({ status: 'met', closedBy: 'letter:ack.x', closedOn: '2025-03-21' });
  });
});

describe('releasing a held letter', () => {
  it('re-renders it to the corrected address, makes it ready once, meets the preliminary reply and announces it', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    const [held] = await writeLetters(registered('doc-appeal', 'appeal', [noAddress], true), ports);
    expect(held).toMatchObject({ status: 'held' });
    expect(await preliminaryReplies()).toEqual([{ openedBy: 'doc-appeal', status: 'open', closedBy: null }]);
    expect(await markLetterSent({ letterId: held!.letterId, on: '2025-03-24', by: 'arkivar-anne' }, ports)).toMatchObject({ outcome: 'not_ready' });
    const readyBefore = events.filter((e) => e.type === 'LetterReady').length;

    const address = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
    const first = await releaseHeldLetter({ letterId: held!.letterId, address, by: 'arkivar-anne' }, ports);
    expect(first.outcome).toBe('released');
    const letter = (await ports.letters.get(held!.letterId))!;
    expect(letter).toMatchObject({ status: 'ready', heldReason: null, recipient: { role: 'appellant', name: 'Kari Nordmann', address: ['Fjellveien 3', '5006 Bergen'] }, releasedBy: 'arkivar-anne' });
    expect(letter.path).not.toBe(`outbox/${CASE}/${held!.letterId}.pdf`);
    const text = await pdfText(letter.path);
    expect(text).toContain('Fjellveien 3');
    expect(text).toContain('5006 Bergen');
    expect(text).toContain('2025/00001');
    expect(await preliminaryReplies()).toEqual([{ openedBy: 'doc-appeal', status: 'met', closedBy: `letter:${held!.letterId}` }]);
    const ready = events.filter((e) => e.type === 'LetterReady').slice(readyBefore);
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ caseId: CASE, detail: { letterId: held!.letterId, status: 'ready' } });
    expect(JSON.stringify(events)).not.toMatch(/Fjellveien|Kari/);
    expect((await auditTrail(db, { caseId: CASE })).filter((a) => a.event === 'LetterReleased').map((a) => a.actor)).toEqual(['arkivar-anne']);
    expect((await ports.letters.list({ status: 'ready' })).map((l) => l.letterId)).toEqual([held!.letterId]);

    // A second release changes nothing: the letter keeps the first address, and the event's id is the same.
    const second = await releaseHeldLetter({ letterId: held!.letterId, address: { ...address, street: 'Annen vei 9' }, by: 'arkivar-bo' }, ports);
    expect(second).toMatchObject({ outcome: 'not_held', letter: { releasedBy: 'arkivar-anne', recipient: { address: ['Fjellveien 3', '5006 Bergen'] } } });
    expect(new Set(events.filter((e) => e.type === 'LetterReady').slice(readyBefore).map((e) => e.id)).size).toBe(1);
    expect((await auditTrail(db, { caseId: CASE })).filter((a) => a.event === 'LetterReleased')).toHaveLength(1);
  });

  it('refuses an address that does not read as one, and an unknown letter', async () => {
    const [held] = await writeLetters(registered('doc-appeal', 'appeal', [noAddress], true), ports);
    expect(await releaseHeldLetter({ letterId: held!.letterId, address: { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: '' }, by: 'a' }, ports)).toEqual({ outcome: 'invalid_address' });
    expect((await ports.letters.get(held!.letterId))?.status).toBe('held');
    expect(await releaseHeldLetter({ letterId: 'no-such', address: { name: 'K', street: 'S 1', postcode: '5006', place: 'Bergen' }, by: 'a' }, ports)).toEqual({ outcome: 'not_found' });
  });
});

describe('the date the notice of extended processing time promised (QA s13 M4)', () => {
  const caseProcessing = async () =>
    Object.values((await getDeadlines(db, CASE))!.book)
      .filter((d) => d.kind === 'case_processing')
      .map((d) => ({ due: d.due, status: d.status, openedBy: d.openedBy, closedBy: d.closedBy ?? null }))
      .sort((a, b) => a.due.localeCompare(b.due));
  const watch = (today: string) => watchDeadlines(db, loadConfig(), { today, horizonDays: 14 });

  it('becomes the case_processing deadline, the watcher stops asking for a notice, and a later re-run changes nothing', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    await writeLetters(registered('doc-appeal', 'appeal', [appellant], true), ports);
    const before = await watch('2025-06-10');
    expect(before.extensionNotices.map((d) => d.due)).toEqual(['2025-06-20']);

    // The watcher's list names the case by its number (a case record this test does not write).
    const dueSoon = noticesDue(before.extensionNotices.map((d) => ({ ...d, caseNumber: '2025/00001' })));
    const [notice] = await writeExtendedNotices(dueSoon, ports, '2025-06-10');
    const by = `letter:${notice!.letterId}`;
    const moved = [
      { due: '2025-06-20', status: 'closed', openedBy: 'doc-appeal', closedBy: by },
      { due: '2025-08-20', status: 'open', openedBy: by, closedBy: null },
    ];
    expect(await caseProcessing()).toEqual(moved);
    expect((await watch('2025-06-10')).extensionNotices).toEqual([]);
    const announced = events.filter((e) => (e.type === 'DeadlineOpened' || e.type === 'DeadlineClosed') && e.detail.kind === 'case_processing');
    expect(announced.map((e) => [e.type, e.detail])).toEqual([
      ['DeadlineClosed', { kind: 'case_processing', closedBy: by }],
      ['DeadlineOpened', { kind: 'case_processing', due: '2025-08-20', openedBy: by }],
    ]);

    // The promised date comes within the lead time: no second notice, no second move, the same event ids.
    const later = await watch('2025-08-10');
    expect(later.deadlines.map((d) => d.due)).toEqual(['2025-08-20']);
    expect(later.extensionNotices).toEqual([]);
    await writeExtendedNotices(dueSoon, ports, '2025-07-01');
    expect(await caseProcessing()).toEqual(moved);
    const again = events.filter((e) => (e.type === 'DeadlineOpened' || e.type === 'DeadlineClosed') && e.detail.kind === 'case_processing');
    expect(new Set(again.map((e) => e.id))).toEqual(new Set(announced.map((e) => e.id)));
  });

  it('held for want of an address, it moves nothing and the watcher still asks for it; released, the promise holds', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    await writeLetters(registered('doc-appeal', 'appeal', [noAddress], true), ports);
    const dueSoon = noticesDue((await watch('2025-06-10')).extensionNotices.map((d) => ({ ...d, caseNumber: '2025/00001' })));
    const [notice] = await writeExtendedNotices(dueSoon, ports, '2025-06-10');
    expect(notice).toMatchObject({ kind: 'extended_processing_time', status: 'held', created: true });
    // Nobody has been told of 20 August: the case keeps 20 June, and the watcher keeps saying the notice is due.
    const unmoved = [{ due: '2025-06-20', status: 'open', openedBy: 'doc-appeal', closedBy: null }];
    expect(await caseProcessing()).toEqual(unmoved);
    expect((await watch('2025-06-11')).extensionNotices.map((d) => d.due)).toEqual(['2025-06-20']);
    // The next day's run writes no second notice and still moves nothing.
    expect(await writeExtendedNotices(dueSoon, ports, '2025-06-11')).toMatchObject([{ letterId: notice!.letterId, created: false, status: 'held' }]);
    expect(await caseProcessing()).toEqual(unmoved);
    expect(events.filter((e) => e.type === 'DeadlineOpened' && e.detail.kind === 'case_processing')).toEqual([]);

    const address = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
    expect((await releaseHeldLetter({ letterId: notice!.letterId, address, by: 'arkivar-anne' }, ports)).outcome).toBe('released');
    const by = `letter:${notice!.letterId}`;
    expect(await caseProcessing()).toEqual([
      { due: '2025-06-20', status: 'closed', openedBy: 'doc-appeal', closedBy: by },
      { due: '2025-08-20', status: 'open', openedBy: by, closedBy: null },
    ]);
    expect((await watch('2025-06-12')).extensionNotices).toEqual([]);
  });

  it('released only after the date it promised (or within the lead time of it), it is dated the release day and promises two months from then', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    await writeLetters(registered('doc-appeal', 'appeal', [noAddress], true), ports);
    const dueSoon = noticesDue((await watch('2025-06-10')).extensionNotices.map((d) => ({ ...d, caseNumber: '2025/00001' })));
    const [notice] = await writeExtendedNotices(dueSoon, ports, '2025-06-10');
    expect((await ports.letters.get(notice!.letterId))?.facts).toMatchObject({ letterDate: '2025-06-10', expectedDate: '2025-08-20' });

    // Released on 15 August: 20 August is five days off, so the notice would promise what is nearly passed.
    now = new Date('2025-08-15T08:00:00Z');
    const address = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
    expect((await releaseHeldLetter({ letterId: notice!.letterId, address, by: 'arkivar-anne' }, ports)).outcome).toBe('released');
    const letter = (await ports.letters.get(notice!.letterId))!;
    expect(letter).toMatchObject({ status: 'ready', letterDate: '2025-08-15', facts: { letterDate: '2025-08-15', previousExpectedDate: '2025-06-20', expectedDate: '2025-10-15' } });
    const text = await pdfText(letter.path);
    expect(text).toContain('15. oktober 2025');
    expect(text).not.toContain('20. august 2025');
    const by = `letter:${notice!.letterId}`;
    expect(await caseProcessing()).toEqual([
      { due: '2025-06-20', status: 'closed', openedBy: 'doc-appeal', closedBy: by },
      { due: '2025-10-15', status: 'open', openedBy: by, closedBy: null },
    ]);
    const [opened] = Object.values((await getDeadlines(db, CASE))!.book).filter((d) => d.openedBy === by);
    expect(opened?.openedOn).toBe('2025-08-15');
    // The day's post lists it under the day it is dated.
    expect((await ports.letters.list({ status: 'ready' })).map((l) => [l.letterId, l.letterDate])).toEqual([[notice!.letterId, '2025-08-15']]);
    // The outbox index sorts by the date it bears, and its outgoing journal entry (U) carries that date (review s15, M2).
    expect((await getItem(db, keys.letter(notice!.letterId)))?.qsk).toBe(`2025-08-15#${notice!.letterId}`);
    expect((await getItem(db, keys.caseLetter(CASE, notice!.letterId)))?.documentDate).toBe('2025-08-15');
  });

  describe('on a case a moved appeal gave a second appellant: only the first notice moves the date', () => {
    const joined: Party = { role: 'appellant', name: 'Per Hansen', address: ['Kirkeveien 4', '5003 Bergen'] };
    const joinedNoAddress: Party = { role: 'appellant', name: 'Per Hansen', address: [], addressWithheld: 'the postcode line could not be read with certainty' };
    const address = { name: 'Per Hansen', street: 'Kirkeveien 4', postcode: '5003', place: 'Bergen' };
    const moves = () => events.filter((e) => (e.type === 'DeadlineOpened' || e.type === 'DeadlineClosed') && e.detail.kind === 'case_processing');

    async function twoAppellants(first: Party, second: Party) {
      await openDeadlines('doc-appeal', '2025-03-20', true);
      await writeLetters(registered('doc-appeal', 'appeal', [first], true), ports);
      // A second document, another's appeal, is moved onto the case: its writer joins as the case's second appellant, as the move's correction does it.
      await ports.letters.changeParties(CASE, 'doc-moved', (known) => ({ parties: partiesJoiningCase(known!.parties, [second]), language: known!.language }));
      expect((await ports.letters.parties(CASE))?.parties.filter((p) => p.role === 'appellant').map((p) => p.name)).toEqual(['Kari Nordmann', 'Per Hansen']);
      const dueSoon = noticesDue((await watch('2025-06-10')).extensionNotices.map((d) => ({ ...d, caseNumber: '2025/00001' })));
      return writeExtendedNotices(dueSoon, ports, '2025-06-10');
    }

    it("the second appellant's ready notice moves nothing while the first's is held; the watcher still asks", async () => {
      const notices = await twoAppellants(noAddress, joined);
      expect(notices.map((n) => [n.letterId === 'ext.2025-00001', n.status])).toEqual([
        [true, 'held'],
        [false, 'ready'],
      ]);
      expect(await caseProcessing()).toEqual([{ due: '2025-06-20', status: 'open', openedBy: 'doc-appeal', closedBy: null }]);
      expect((await watch('2025-06-11')).extensionNotices.map((d) => d.due)).toEqual(['2025-06-20']);
      expect(moves()).toEqual([]);
    });

    it("the second appellant's held notice, released late, moves nothing: the case keeps the first notice's promise", async () => {
      const [first, second] = await twoAppellants(appellant, joinedNoAddress);
      expect([first?.status, second?.status]).toEqual(['ready', 'held']);
      const promised = [
        { due: '2025-06-20', status: 'closed', openedBy: 'doc-appeal', closedBy: `letter:${first!.letterId}` },
        { due: '2025-08-20', status: 'open', openedBy: `letter:${first!.letterId}`, closedBy: null },
      ];
      expect(await caseProcessing()).toEqual(promised);
      const movedOnce = moves().map((e) => e.id);
      now = new Date('2025-08-15T08:00:00Z');
      expect((await releaseHeldLetter({ letterId: second!.letterId, address, by: 'arkivar-anne' }, ports)).outcome).toBe('released');
      expect(await caseProcessing()).toEqual(promised);
      expect(moves().map((e) => e.id)).toEqual(movedOnce);
    });

    it('the first notice released late does not move the case past the date the second appellant was already promised (review s15, H1)', async () => {
      const [first, second] = await twoAppellants(noAddress, joined);
      expect([first?.status, second?.status]).toEqual(['held', 'ready']);
      const told = (await ports.letters.get(second!.letterId))!.facts.expectedDate;
      expect(told).toBe('2025-08-20');
      now = new Date('2025-08-15T08:00:00Z');
      const kari = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
      expect((await releaseHeldLetter({ letterId: first!.letterId, address: kari, by: 'arkivar-anne' }, ports)).outcome).toBe('released');
      // Per Hansen was told 20 August in writing: the case keeps it, and Kari's notice, dated today, promises it too.
      expect((await caseProcessing()).find((d) => d.status === 'open')?.due).toBe(told);
      expect((await ports.letters.get(first!.letterId))!.facts).toMatchObject({ letterDate: '2025-08-15', expectedDate: told });
    });

    it("the second appellant's notice released late promises the case's promise, as the first's does (review s15, M1)", async () => {
      const [first, second] = await twoAppellants(appellant, joinedNoAddress);
      now = new Date('2025-08-15T08:00:00Z');
      expect((await releaseHeldLetter({ letterId: second!.letterId, address, by: 'arkivar-anne' }, ports)).outcome).toBe('released');
      const firstTold = (await ports.letters.get(first!.letterId))!.facts.expectedDate;
      const released = (await ports.letters.get(second!.letterId))!;
      const open = (await caseProcessing()).find((d) => d.status === 'open')!;
      expect([firstTold, released.facts.expectedDate, open.due]).toEqual(['2025-08-20', '2025-08-20', '2025-08-20']);
      expect(released.letterDate).toBe('2025-08-15');
      expect(await pdfText(released.path)).toContain('20. august 2025');
    });
  });

  it('a release that died after the letter was released, before its journal entry: the repeat dates the entry (fix s16 item 6)', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    await writeLetters(registered('doc-appeal', 'appeal', [noAddress], true), ports);
    const dueSoon = noticesDue((await watch('2025-06-10')).extensionNotices.map((d) => ({ ...d, caseNumber: '2025/00001' })));
    const [notice] = await writeExtendedNotices(dueSoon, ports, '2025-06-10');
    now = new Date('2025-08-15T08:00:00Z');
    const address = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
    expect((await releaseHeldLetter({ letterId: notice!.letterId, address, by: 'arkivar-anne' }, ports)).outcome).toBe('released');
    // The journal entry as a failure between the letter's write and the entry's left it: the held letter's date, no releaser.
    await updateIf(db, { Key: keys.caseLetter(CASE, notice!.letterId), UpdateExpression: 'SET documentDate = :d REMOVE releasedBy, releasedAt', ExpressionAttributeValues: { ':d': '2025-06-10' } });
    // Before the fix the repeat left it so: the entry said 10 June while the letter bore 15 August.
    expect((await releaseHeldLetter({ letterId: notice!.letterId, address, by: 'arkivar-anne' }, ports)).outcome).toBe('not_held');
    expect(await getItem(db, keys.caseLetter(CASE, notice!.letterId))).toMatchObject({ documentDate: '2025-08-15', releasedBy: 'arkivar-anne' });
  });

  it('released while the date it promised is still well ahead, it keeps its date and promise', async () => {
    await openDeadlines('doc-appeal', '2025-03-20', true);
    await writeLetters(registered('doc-appeal', 'appeal', [noAddress], true), ports);
    const dueSoon = noticesDue((await watch('2025-06-10')).extensionNotices.map((d) => ({ ...d, caseNumber: '2025/00001' })));
    const [notice] = await writeExtendedNotices(dueSoon, ports, '2025-06-10');
    // 20 August is fifteen days after 5 August: more than the lead time (14).
    now = new Date('2025-08-05T08:00:00Z');
    const address = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
    expect((await releaseHeldLetter({ letterId: notice!.letterId, address, by: 'arkivar-anne' }, ports)).outcome).toBe('released');
    expect((await ports.letters.get(notice!.letterId))!).toMatchObject({ letterDate: '2025-06-10', facts: { letterDate: '2025-06-10', expectedDate: '2025-08-20' } });
    expect((await caseProcessing()).find((d) => d.status === 'open')?.due).toBe('2025-08-20');
  });
});
