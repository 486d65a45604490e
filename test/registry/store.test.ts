import { describe, expect, it } from 'vitest';
import type { DynamoDbEngine } from '../../local/dynamodb.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { getItem } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { allocateCase, getCase } from '../../functions/commons/store/cases.ts';
import { getDeadlines } from '../../functions/commons/store/deadlines.ts';
import { getDocument } from '../../functions/commons/store/documents.ts';
import { linkStage } from '../../stages/link.ts';
import type { BlobStore } from '../../stages/ports.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import { registerStage } from '../../stages/register.ts';
import { rejectStage } from '../../stages/reject.ts';
import {
  caseView,
  casesByAnyReference,
  claimCase,
  deadlinesDueBefore,
  listQueue,
  loadReview,
  openAwaitingDeadline,
  openCasesOfNationalId,
  recordDecision,
  watchDeadlines,
} from '../../functions/commons/store/service.ts';
import { classification, config, depsFor, hashKey, personId, runPipeline, stateFor } from './fixtures.ts';
import { withFreshTable, type FreshTables } from '../support/fresh-table.ts';

/**
 * The store's conformance suite: every access pattern and every guarantee (idempotency, gap-free
 * numbers, one winner of a claim) on AWS's own DynamoDB Local, and on dynalite, the embedded default.
 */
const engines: DynamoDbEngine[] = ['dynamodb-local', 'dynalite'];

describe.each(engines)('store on %s', (engine) => {
  let db: Db;
  let tables: FreshTables;
  withFreshTable(
    (fresh, server) => {
      db = fresh;
      tables = server;
    },
    { engine },
  );

  it('creates a case for an appeal: our number, class, status, deadlines, queue, journal entry J', async () => {
    const nid = personId(1);
    const state = stateFor(classification({ fields: { nationalIds: [nid], caseReferences: ['24/113188'] } }));
    const { registration, result } = await runPipeline(state, depsFor(db));

    expect(result).toMatchObject({ status: 'routed', queue: 'unassigned/dental', caseId: '2025-00001', keywords: ['tannbehandling'], closedDeadlines: [] });
    expect(result.deadlines).toEqual([
      { kind: 'preliminary_reply', due: '2025-04-22' },
      { kind: 'case_processing', due: '2025-06-20' },
      { kind: 'appeal_deadline', due: '2025-04-23', missed: false },
    ]);
    expect(registration).toMatchObject({ caseNumber: '2025/00001', created: true, handlerId: null });
    const stored = await getCase(db, '2025-00001');
    expect(stored).toMatchObject({ archiveCode: 'G-TANN', status: 'NY', noarkStatus: 'B', references: ['24/113188'], createdBy: result.documentId });
    expect(JSON.stringify(stored)).not.toContain(nid);
    const doc = await getDocument(db, result.documentId);
    expect(doc).toMatchObject({ status: 'routed', journalStatus: 'J', restanse: { status: 'open' }, caseId: '2025-00001' });
    expect(doc?.item.journalpostType).toBe('I');
  });

  it('answers the same for the same document twice: one document, one case, one set of deadlines', async () => {
    const state = stateFor(classification({ area: 'pharmacy', fields: { caseReferences: ['NAV-77/1'], nationalIds: [personId(2)] } }));
    const first = await runPipeline(state, depsFor(db));
    const second = await runPipeline(state, depsFor(db));
    expect(second.result).toEqual(first.result);
    expect(second.registration?.caseId).toBe(first.registration?.caseId);
    const sequence = await getItem(db, keys.sequence(2025), { consistent: true });
    expect(sequence?.n).toBe(Number(first.registration!.caseNumber.split('/')[1]));
    const book = await getDeadlines(db, first.registration!.caseId);
    expect(Object.keys(book!.book)).toHaveLength(3);
  });

  it('links later mail by our case number to the unit, closing an awaiting deadline opened through the API', async () => {
    const created = await runPipeline(stateFor(classification({ area: 'physiotherapy' })), depsFor(db));
    const caseId = created.registration!.caseId;
    const opened = await openAwaitingDeadline(db, config, { caseId, kind: 'medical_declaration', openedOn: '2025-03-24', handlerId: 'h1' });
    expect(opened).toMatchObject({ kind: 'medical_declaration', due: '2025-04-14', status: 'open' });

    const declaration = stateFor(classification({ documentType: 'medical_declaration', area: 'sick_pay', fields: { caseReferences: [created.registration!.caseNumber], decisionDate: null } }), { receivedDate: '2025-04-02' });
    const { link, result } = await runPipeline(declaration, depsFor(db));
    expect(link).toMatchObject({ caseId, matchedBy: 'case_reference' });
    expect(result).toMatchObject({ status: 'routed', area: 'physiotherapy', queue: 'unit-mail/physiotherapy', closedDeadlines: ['medical_declaration'], deadlines: [] });
    const view = await caseView(db, caseId);
    expect(view?.deadlines.find((d) => d.kind === 'medical_declaration')).toMatchObject({ status: 'closed', closedBy: result.documentId, closedOn: '2025-04-02' });
    expect(view?.audit.map((a) => a.event)).toEqual(['DeadlineOpened']);
    const mail = await listQueue(db, { queue: 'unit-mail/physiotherapy' });
    expect(mail.items.map((i) => i.documentId)).toEqual([result.documentId]);
  });

  it('gives one of two handlers a claimed case; its later mail goes to that handler', async () => {
    const created = await runPipeline(stateFor(classification({ area: 'patient_travel', fields: { caseReferences: ['PR-1'] } })), depsFor(db));
    const caseId = created.registration!.caseId;
    const outcomes = await Promise.all([claimCase(db, { caseId, handlerId: 'anna', at: '2025-03-21T08:00:00Z' }), claimCase(db, { caseId, handlerId: 'bjorn', at: '2025-03-21T08:00:00Z' })]);
    expect(outcomes.filter((o) => o.claimed)).toHaveLength(1);
    const winner = outcomes.find((o) => o.claimed) as { case: { handlerId: string } };
    const loser = outcomes.find((o) => !o.claimed);
    expect(loser).toMatchObject({ claimed: false, reason: 'already_claimed', handlerId: winner.case.handlerId });
    expect((await listQueue(db, { queue: 'unassigned/patient_travel' })).items).toEqual([]);

    const later = await runPipeline(stateFor(classification({ documentType: 'correspondence', area: 'patient_travel', fields: { caseReferences: ['PR-1'] } })), depsFor(db));
    expect(later.result.queue).toBe(`handler/${winner.case.handlerId}`);
    expect((await listQueue(db, { queue: `handler/${winner.case.handlerId}` })).items.map((i) => i.documentId)).toEqual([later.result.documentId]);
  });

  it('numbers 20 parallel new cases with 20 distinct consecutive numbers', async () => {
    const fresh = await tables.another();
    const states = Array.from({ length: 20 }, (_, i) => stateFor(classification({ documentType: 'case_transfer', fields: { caseReferences: [`P-${i}`] } }), { receivedDate: '2026-01-05' }));
    const registrations = await Promise.all(
      states.map(async (state) => {
        const deps = depsFor(fresh);
        const link = await linkStage(state, deps);
        return registerStage({ ...state, link }, deps);
      }),
    );
    const numbers = registrations.map((r) => Number(r.caseNumber.split('/')[1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(registrations.every((r) => r.caseNumber.startsWith('2026/'))).toBe(true);
    fresh.client.destroy();
  });

  it('keeps numbers unique and gap-free when 20 separate processes contend for them (no in-process queue)', async () => {
    const fresh = await tables.another();
    const draft = (createdBy: string) => ({ title: 't', area: 'dental', archiveCode: 'G-TANN', status: 'NY', keywords: ['tannbehandling'], receivedDate: '2029-02-01', references: [], nationalIdHashes: [], createdBy, createdAt: '2029-02-01T08:00:00Z' });
    const allocations = await Promise.all(
      Array.from({ length: 20 }, (_, i) => allocateCase(fresh, draft(`doc-p${i}`), { existingMapping: async () => null, recordMapping: async () => undefined, serialize: false })),
    );
    expect(allocations.map((a) => a.record.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const a of allocations) expect((await getCase(fresh, a.record.caseId))?.createdBy).toBe(a.record.createdBy);
    fresh.client.destroy();
  });

  it('leaves no gap when a writer dies between taking a number and writing its case', async () => {
    const fresh = await tables.another();
    const draft = (createdBy: string) => ({ title: 't', area: 'dental', archiveCode: 'G-TANN', status: 'NY', keywords: ['tannbehandling'], receivedDate: '2027-02-01', references: [], nationalIdHashes: [], createdBy, createdAt: '2027-02-01T08:00:00Z' });
    const noMapping = { existingMapping: async () => null, recordMapping: async () => undefined };
    const crashed = allocateCase(fresh, draft('doc-crashed'), { ...noMapping, recordMapping: async () => Promise.reject(new Error('died')) });
    await expect(crashed).rejects.toThrow('died');
    expect(await getCase(fresh, '2027-00001')).toBeNull();
    const next = await allocateCase(fresh, draft('doc-next'), noMapping);
    expect(next.record.caseNumber).toBe('2027/00002');
    // The next writer completed the dead writer's case, number 1, on its way.
    expect(await getCase(fresh, '2027-00001')).toMatchObject({ createdBy: 'doc-crashed' });
    expect((await getDocument(fresh, 'doc-crashed'))?.caseId).toBe('2027-00001');
    fresh.client.destroy();
  });

  it('sends a must-be-linked document without a case to review, and resumes it on an archivist\'s decision', async () => {
    const target = await runPipeline(stateFor(classification({ area: 'disability' })), depsFor(db));
    const orphan = stateFor(classification({ documentType: 'consent', area: 'disability', fields: { decisionDate: null } }));
    const { result } = await runPipeline(orphan, depsFor(db));
    expect(result).toMatchObject({ status: 'review', queue: 'review', caseId: null, documentType: 'consent' });
    expect(result.reason).toMatch(/must be added to an existing case/);
    const queued = await listQueue(db, { queue: 'review' });
    expect(queued.items.map((i) => i.documentId)).toContain(result.documentId);
    const review = await loadReview(db, result.documentId);
    expect(review?.resume.classification?.documentType).toBe('consent');
    expect((await getDocument(db, result.documentId))?.journalStatus).toBe('M');

    const resumed = await recordDecision(db, { documentId: result.documentId, archivist: 'arkivar1', caseId: target.registration!.caseId, decidedAt: '2025-03-22T10:00:00Z' });
    const decided = await runPipeline(resumed as typeof orphan, depsFor(db));
    expect(decided.link).toMatchObject({ matchedBy: 'archivist', caseId: target.registration!.caseId });
    expect(decided.result).toMatchObject({ status: 'routed', queue: 'unit-mail/disability', caseId: target.registration!.caseId });
    expect((await getDocument(db, result.documentId))).toMatchObject({ status: 'routed', journalStatus: 'J' });
    expect((await listQueue(db, { queue: 'review' })).items.map((i) => i.documentId)).not.toContain(result.documentId);
  });

  it('journalises (J) a linked must-link document that is sure of its type though unsure of its area; the case\'s area wins', async () => {
    const person = personId(211);
    const target = await runPipeline(stateFor(classification({ area: 'dental', fields: { nationalIds: [person] } })), depsFor(db));
    const declaration = classification({ documentType: 'medical_declaration', area: 'sick_pay', confidence: 0.6, typeConfidence: 0.97, fields: { nationalIds: [person], decisionDate: null } });
    const { result } = await runPipeline(stateFor(declaration), depsFor(db));
    expect(result).toMatchObject({ status: 'routed', caseId: target.registration!.caseId, area: 'dental', queue: 'unit-mail/dental' });
    expect((await getDocument(db, result.documentId))?.journalStatus).toBe('J');
  });

  it('lists a queue oldest first or priority first, filtered by keyword and received date, page by page', async () => {
    const fresh = await tables.another();
    const dates = ['2025-01-10', '2025-01-05', '2025-02-01', '2025-01-20', '2025-01-15'];
    for (const [i, receivedDate] of dates.entries()) {
      // The 4th missed its appeal deadline (decision in 2024): oversittet-klagefrist, raised priority.
      const decisionDate = i === 3 ? '2024-10-01' : '2025-01-02';
      await runPipeline(stateFor(classification({ area: 'medical', fields: { caseReferences: [`M-${i}`], decisionDate } }), { receivedDate }), depsFor(fresh));
    }
    const oldest = await listQueue(fresh, { queue: 'unassigned/medical', limit: 2 });
    expect(oldest.items.map((i) => i.receivedDate)).toEqual(['2025-01-05', '2025-01-10']);
    const rest = await listQueue(fresh, { queue: 'unassigned/medical', limit: 10, cursor: oldest.cursor });
    expect(rest.items.map((i) => i.receivedDate)).toEqual(['2025-01-15', '2025-01-20', '2025-02-01']);
    expect(rest.cursor).toBeNull();

    const byPriority = await listQueue(fresh, { queue: 'unassigned/medical', order: 'priority', limit: 3 });
    expect(byPriority.items.map((i) => i.receivedDate)).toEqual(['2025-01-20', '2025-01-05', '2025-01-10']);
    expect(byPriority.items[0]).toMatchObject({ priority: 2, keywords: ['legehjelp', 'oversittet-klagefrist'] });
    const byPriorityRest = await listQueue(fresh, { queue: 'unassigned/medical', order: 'priority', limit: 3, cursor: byPriority.cursor });
    expect(byPriorityRest.items.map((i) => i.receivedDate)).toEqual(['2025-01-15', '2025-02-01']);

    const missed = await listQueue(fresh, { queue: 'unassigned/medical', keyword: 'oversittet-klagefrist' });
    expect(missed.items.map((i) => i.receivedDate)).toEqual(['2025-01-20']);
    const january = await listQueue(fresh, { queue: 'unassigned/medical', from: '2025-01-06', to: '2025-01-15', limit: 1 });
    expect(january.items.map((i) => i.receivedDate)).toEqual(['2025-01-10']);
    const januaryRest = await listQueue(fresh, { queue: 'unassigned/medical', from: '2025-01-06', to: '2025-01-15', cursor: january.cursor });
    expect(januaryRest.items.map((i) => i.receivedDate)).toEqual(['2025-01-15']);
    const januaryByPriority = await listQueue(fresh, { queue: 'unassigned/medical', order: 'priority', from: '2025-01-16', to: '2025-01-31' });
    expect(januaryByPriority.items.map((i) => i.receivedDate)).toEqual(['2025-01-20']);
    fresh.client.destroy();
  });

  it('lists open deadlines due before a date, and the cases that need «varsel om forlenget svarfrist»', async () => {
    const fresh = await tables.another();
    const a = await runPipeline(stateFor(classification({ area: 'sick_pay', fields: { caseReferences: ['S-1'] } }), { receivedDate: '2025-03-20' }), depsFor(fresh));
    await runPipeline(stateFor(classification({ area: 'dental', fields: { caseReferences: ['D-1'] } }), { receivedDate: '2025-05-02' }), depsFor(fresh));
    const due = await deadlinesDueBefore(fresh, config, '2025-06-03');
    expect(due.map((d) => [d.caseNumber, d.kind, d.due])).toEqual([
      [a.registration!.caseNumber, 'preliminary_reply', '2025-04-22'],
      ['2025/00002', 'preliminary_reply', '2025-06-02'],
    ]);
    const watch = await watchDeadlines(fresh, config, { today: '2025-06-10', horizonDays: 14 });
    expect(watch.extensionNotices.map((d) => [d.caseId, d.due])).toEqual([[a.registration!.caseId, '2025-06-20']]);
    fresh.client.destroy();
  });

  it('finds a case by any of its references, and the open cases of a national id by its keyed hash', async () => {
    const nid = personId(40);
    const created = await runPipeline(stateFor(classification({ area: 'work_assessment', fields: { caseReferences: ['5123-4/KB'], nationalIds: [nid] } })), depsFor(db));
    const caseId = created.registration!.caseId;
    expect((await casesByAnyReference(db, '5123-4/kb')).map((c) => c.caseId)).toEqual([caseId]);
    expect((await casesByAnyReference(db, created.registration!.caseNumber)).map((c) => c.caseId)).toEqual([caseId]);
    expect((await openCasesOfNationalId(db, nid, hashKey)).map((c) => c.caseId)).toEqual([caseId]);
    // A later letter with only the national id links by it.
    const later = await runPipeline(stateFor(classification({ documentType: 'comments', area: 'work_assessment', fields: { nationalIds: [nid], decisionDate: null } })), depsFor(db));
    expect(later.link).toMatchObject({ caseId, matchedBy: 'national_id' });
  });

  it('turns a case into an anke: ATRY, "Anke – …", keyword anke, urgent in its queue', async () => {
    const fresh = await tables.another();
    // Decided before they were received: a decision date read after it would send them to review.
    const first = await runPipeline(stateFor(classification({ area: 'occupational_injury', fields: { caseReferences: ['Y-1'], decisionDate: '2024-12-12' } }), { receivedDate: '2025-01-02' }), depsFor(fresh));
    await runPipeline(stateFor(classification({ area: 'occupational_injury', fields: { caseReferences: ['Y-2'], decisionDate: '2024-12-12' } }), { receivedDate: '2025-01-01' }), depsFor(fresh));
    const anke = stateFor(classification({ documentType: 'tribunal_appeal', area: 'occupational_injury', fields: { caseReferences: ['Y-1'], decisionDate: '2025-02-10' } }), { receivedDate: '2025-03-01' });
    const { result } = await runPipeline(anke, depsFor(fresh));
    expect(result).toMatchObject({ status: 'routed', queue: 'unit-mail/occupational_injury', keywords: ['yrkesskade', 'anke'] });
    expect(result.deadlines.map((d) => d.kind)).toEqual(['preliminary_reply', 'tribunal_appeal_deadline']);
    const stored = await getCase(fresh, first.registration!.caseId);
    expect(stored).toMatchObject({ status: 'ATRY', title: 'Anke – Klage – Yrkesskade', priority: 3 });
    expect(stored?.keywords).toContain('anke');
    const queue = await listQueue(fresh, { queue: 'unassigned/occupational_injury', order: 'priority' });
    expect(queue.items.map((i) => i.caseId)).toEqual([first.registration!.caseId, '2025-00002']);
    fresh.client.destroy();
  });

  it('closes grounds when the appeal follows a deadline-interrupting one, and writes off its restanse', async () => {
    const interrupting = await runPipeline(stateFor(classification({ documentType: 'appeal_deadline_interrupting', area: 'treatment_abroad', fields: { caseReferences: ['EU-9'] } })), depsFor(db));
    expect(interrupting.result.deadlines.map((d) => d.kind)).toEqual(['preliminary_reply', 'case_processing', 'appeal_deadline', 'grounds']);
    const appeal = await runPipeline(stateFor(classification({ area: 'treatment_abroad', fields: { caseReferences: ['EU-9'] } }), { receivedDate: '2025-04-01' }), depsFor(db));
    expect(appeal.result).toMatchObject({ caseId: interrupting.registration!.caseId, closedDeadlines: ['grounds'], queue: 'unit-mail/treatment_abroad' });
    expect((await getDocument(db, interrupting.result.documentId))?.restanse).toEqual({ status: 'written_off', method: 'TE', byDocumentId: appeal.result.documentId, on: '2025-04-01' });
  });

  it('resumes a document that failed after taking a case number on that same case, taking no second number', async () => {
    const fresh = await tables.another();
    const state = stateFor(classification({ area: 'dental', fields: { caseReferences: ['R-1'] } }), { receivedDate: '2028-01-03' });
    const deps = depsFor(fresh);
    const link = await linkStage(state, deps);
    const registration = await registerStage({ ...state, link }, deps);
    const failed = await recordFailureStage({ ...state, link, registration, failure: { Error: 'States.Timeout' } }, deps);
    expect(failed.status).toBe('review');
    const resumed = await recordDecision(fresh, { documentId: failed.documentId, archivist: 'arkivar2', decidedAt: '2028-01-04T09:00:00Z' });
    const decided = await runPipeline(resumed as typeof state, deps);
    expect(decided.result).toMatchObject({ status: 'routed', caseId: registration.caseId, queue: 'unassigned/dental' });
    expect((await getItem(fresh, keys.sequence(2028), { consistent: true }))?.n).toBe(1);
    fresh.client.destroy();
  });

  it('records a failure for review naming the stage, and a rejection in quarantine; neither moves a routed document back', async () => {
    const state = stateFor(classification({ area: 'dental', fields: { caseReferences: ['F-1'] } }));
    const deps = depsFor(db);
    const link = await linkStage(state, deps);
    const registration = await registerStage({ ...state, link }, deps);
    const failed = await recordFailureStage({ ...state, link, registration, failure: { Error: 'ProvisionedThroughputExceededException', Cause: 'secret text' } }, deps);
    expect(failed).toMatchObject({ status: 'review', queue: 'review', documentType: 'appeal' });
    expect(failed.reason).toBe('Technical failure while setting the deadlines (ProvisionedThroughputExceededException); an archivist must register it by hand.');
    expect((await getDocument(db, failed.documentId))?.status).toBe('review');

    const quarantined: string[] = [];
    const bad = stateFor(classification());
    const rejectState = { ...bad, inspection: { status: 'rejected' as const, documentId: bad.inspection!.documentId, reason: 'The file is empty.' } };
    const written = new Map<string, string>();
    const blobs: BlobStore = {
      size: async () => 0,
      get: async () => new Uint8Array(),
      getText: async (key) => written.get(key) ?? '',
      put: async (key, body) => void written.set(key, String(body)),
      copy: async (source, key) => {
        quarantined.push(key);
        written.set(key, `copy of ${source.bucket}/${source.key}`);
      },
    };
    const rejected = await rejectStage(rejectState, { ...deps, blobs });
    expect(rejected).toMatchObject({ status: 'rejected', queue: 'quarantine', reason: 'The file is empty.', documentType: null });
    expect(await rejectStage(rejectState, { ...deps, blobs })).toEqual(rejected);
    // The original in a folder of its own, so a file named reason.json keeps it (issue 14).
    const originalKey = `quarantine/${rejected.documentId}/original/${rejectState.fileName}`;
    expect(quarantined).toEqual([originalKey, originalKey]);
    expect(JSON.parse(written.get(`quarantine/${rejected.documentId}/reason.json`)!)).toMatchObject({ documentId: rejected.documentId, reason: 'The file is empty.' });
    expect((await listQueue(db, { queue: 'quarantine' })).items.map((i) => i.documentId)).toEqual([rejected.documentId]);

    const routed = await runPipeline(stateFor(classification({ area: 'dental', fields: { caseReferences: ['F-2'] } })), deps);
    const late = await recordFailureStage({ ...routed, ...stateFor(classification()), inspection: { status: 'ok', documentId: routed.result.documentId, format: 'pdf', pageCount: 1, pageConcurrency: 1, pages: [] }, failure: { Error: 'X' } }, deps);
    expect(late).toMatchObject({ status: 'routed', documentId: routed.result.documentId });
  });
});
