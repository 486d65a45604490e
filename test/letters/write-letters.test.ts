import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import type { Classification } from '#schemas/pipeline';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { defaultLettersConfig } from '../../config/letters.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import type { EventOf, PostmottakEvent } from '#schemas/events';
import { writeExtendedNotices, writeLetters, type LetterStagePorts } from '../../stages/write-letters.ts';
import { withFreshTable } from '../support/fresh-table.ts';

const appellant = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };

function classification(overrides: Partial<Classification> = {}, parties: Party[] = [appellant]): Classification {
  return {
    documentType: 'appeal', area: 'dental', language: 'nn', keywords: [], confidence: 0.97, reviewReason: null, textSource: 'ocr', pages: 1, explanation: [], modelVersion: 'test',
    fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-12', decisionReceivedDate: null, parties },
    ...overrides,
  };
}

let db: Db;
let blobs: Map<string, Uint8Array>;
let events: PostmottakEvent[];
let closed: { caseId: string; kind: DeadlineKind; openedBy: string; closedBy: string; on: IsoDate }[];
let ports: LetterStagePorts;

withFreshTable((fresh) => {
  db = fresh;
  blobs = new Map();
  events = [];
  closed = [];
  ports = {
    lettersConfig: defaultLettersConfig(),
    letters: dynamoLetterRepository(db),
    renderer: pdfLetterRenderer,
    blobs: { put: async (key, body) => void blobs.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body) },
    meetDeadline: async (input) => {
      const entry = { caseId: input.caseId, kind: input.kind, openedBy: input.openedBy, closedBy: input.metBy, on: input.on };
      if (!closed.some((c) => c.caseId === entry.caseId && c.kind === entry.kind && c.openedBy === entry.openedBy)) closed.push(entry);
      return true;
    },
    extendDeadline: async () => ({ opened: [], closed: [] }),
    publish: async (e) => void events.push(...e),
    now: () => new Date('2025-03-21T09:00:00Z'),
    idHashKey: async () => 'test-id-hash-key-0123456789',
  };
}, { per: 'test' });

const registered = (c: Classification, created = true) => ({
  documentId: 'doc-abc',
  receivedDate: '2025-03-20',
  classification: c,
  registration: { caseId: 'case-1', caseNumber: '2025/00001', created, area: 'dental' },
  opened: [{ kind: 'preliminary_reply' as const, due: '2025-04-22' }, { kind: 'case_processing' as const, due: '2025-06-20' }],
});

describe('WriteLetters', () => {
  it('writes the acknowledgement of a new case once: PDF in the outbox, outbox record, preliminary reply met, LetterReady', async () => {
    const first = await writeLetters(registered(classification()), ports);
    expect(first).toEqual([{ letterId: 'ack.2025-00001.doc-abc', kind: 'appeal_acknowledgement', status: 'ready', created: true }]);
    const pdf = blobs.get('outbox/case-1/ack.2025-00001.doc-abc.pdf');
    expect(pdf).toBeDefined();
    const parser = new PDFParse({ data: pdf! });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Vi har fått klaga');
    expect(text).toContain('20. juni 2025');
    expect(closed).toEqual([{ caseId: 'case-1', kind: 'preliminary_reply', openedBy: 'doc-abc', closedBy: 'letter:ack.2025-00001.doc-abc', on: '2025-03-21' }]);
    expect(events.map((e) => e.type).sort()).toEqual(['DeadlineClosed', 'LetterReady']);
    expect(JSON.stringify(events)).not.toContain('Kari');

    const again = await writeLetters(registered(classification()), ports);
    expect(again).toEqual([{ ...first[0], created: false }]);
    // A re-run announces the letter and the met deadline again under the same ids, and meets nothing again.
    expect(events.map((e) => e.type).sort()).toEqual(['DeadlineClosed', 'DeadlineClosed', 'LetterReady', 'LetterReady']);
    expect(new Set(events.filter((e) => e.type === 'LetterReady').map((e) => e.id)).size).toBe(1);
    expect(new Set(events.filter((e) => e.type === 'DeadlineClosed').map((e) => e.id)).size).toBe(1);
    expect(closed).toHaveLength(1);
    const listed = await ports.letters.list();
    expect(listed.map((l) => [l.letterId, l.status, l.language, l.recipient?.name, l.journal.type])).toEqual([['ack.2025-00001.doc-abc', 'ready', 'nn', 'Kari Nordmann', 'U']]);
  });

  it('holds a letter with no usable address, with the reason, and leaves the preliminary reply open', async () => {
    const written = await writeLetters(registered(classification({}, [{ ...appellant, address: [], addressWithheld: 'the postcode line could not be read with certainty' }])), ports);
    expect(written[0]).toMatchObject({ status: 'held' });
    const [held] = await ports.letters.list({ status: 'held' });
    expect(held?.heldReason).toBe('no usable address for the appellant: the postcode line could not be read with certainty');
    expect(closed).toEqual([]);
    // A held letter cannot be marked sent: it has nowhere to go yet.
    expect(await ports.letters.markSent(held!.letterId, '2025-03-24')).toMatchObject({ status: 'held', sentOn: null });
  });

  it('writes nothing for a document that joins a case, and the anke acknowledgement for an anke', async () => {
    expect(await writeLetters(registered(classification(), false), ports)).toEqual([]);
    const anke = await writeLetters(registered(classification({ documentType: 'tribunal_appeal' }), false), ports);
    expect(anke).toMatchObject([{ kind: 'tribunal_appeal_acknowledgement', status: 'ready' }]);
  });

  it('marks a ready letter sent with its date; an unknown letter is not found', async () => {
    await writeLetters(registered(classification()), ports);
    const sent = await ports.letters.markSent('ack.2025-00001.doc-abc', '2025-03-24');
    expect(sent).toMatchObject({ status: 'sent', sentOn: '2025-03-24' });
    expect(await ports.letters.list({ status: 'ready' })).toEqual([]);
    expect(await ports.letters.markSent('no-such-letter', '2025-03-24')).toBeNull();
  });

  it('sends the notice of extended processing time once per case, to the parties the case recorded', async () => {
    await writeLetters(registered(classification()), ports);
    const dueSoon = [{ caseId: 'case-1', caseNumber: '2025/00001', caseProcessingDue: '2025-03-28', receivedDate: '2025-03-20' }];
    const first = await writeExtendedNotices(dueSoon, ports);
    const second = await writeExtendedNotices(dueSoon, ports);
    expect(first).toMatchObject([{ letterId: 'ext.2025-00001', kind: 'extended_processing_time', status: 'ready', created: true }]);
    expect(second).toMatchObject([{ letterId: 'ext.2025-00001', created: false }]);
    const notice = await ports.letters.get('ext.2025-00001');
    expect(notice).toMatchObject({ language: 'nn', recipient: { name: 'Kari Nordmann' } });
  });

  it('sends the notice to each appellant of a case a moved appeal joined, and never twice on a re-run', async () => {
    await writeLetters(registered(classification()), ports);
    const joined = { role: 'appellant' as const, name: 'Per Hansen', address: ['Kirkeveien 4', '5003 Bergen'] };
    await ports.letters.changeParties('case-1', 'doc-moved', (known) => ({ parties: [...known!.parties, joined], language: known!.language }));
    const dueSoon = [{ caseId: 'case-1', caseNumber: '2025/00001', caseProcessingDue: '2025-03-28', receivedDate: '2025-03-20' }];
    const first = await writeExtendedNotices(dueSoon, ports);
    const second = await writeExtendedNotices(dueSoon, ports);
    expect(first.map((l) => l.created)).toEqual([true, true]);
    expect(second.map((l) => l.created)).toEqual([false, false]);
    expect(second.map((l) => l.letterId)).toEqual(first.map((l) => l.letterId));
    const written = await Promise.all(first.map((l) => ports.letters.get(l.letterId)));
    expect(written.map((l) => l?.recipient?.name)).toEqual(['Kari Nordmann', 'Per Hansen']);
  });

  it("dates a notice written for a day gone by on that day, while its journal time and LetterReady's time are when it was written (QA s11: the feed went back in time)", async () => {
    await writeLetters(registered(classification()), ports);
    const dueSoon = [{ caseId: 'case-1', caseNumber: '2025/00001', caseProcessingDue: '2025-03-28', receivedDate: '2025-03-20' }];
    await writeExtendedNotices(dueSoon, ports, '2025-03-19');
    const notice = await ports.letters.get('ext.2025-00001');
    expect(notice).toMatchObject({ letterDate: '2025-03-19', facts: { letterDate: '2025-03-19' }, createdAt: '2025-03-21T09:00:00.000Z' });
    const ready = events.filter((e): e is EventOf<'LetterReady'> => e.type === 'LetterReady' && e.detail.kind === 'extended_processing_time');
    expect(ready.map((e) => [e.time, e.detail.letterDate])).toEqual([['2025-03-21T09:00:00.000Z', '2025-03-19']]);
  });
});
