import { describe, expect, it } from 'vitest';
import type { PostmottakEvent } from '#schemas/events';
import { contentDocumentId, documentIdFor } from '#domain/identity';
import type { Db } from '../../functions/commons/store/db.ts';
import { getDocumentAsStored } from '../../functions/commons/store/documents.ts';
import { findDocument } from '../../functions/commons/reconcile.ts';
import { linkStage } from '../../stages/link.ts';
import { registerStage } from '../../stages/register.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import { UNFINISHED_ERROR, watchStages, type WatchDeps } from '../../functions/watch-stages/watch.ts';
import { classification, depsFor, runPipeline, stateFor } from '../registry/fixtures.ts';
import { withFreshTable, type FreshTables } from '../support/fresh-table.ts';

/**
 * The stages watchdog (functions/watch-stages, README "Why no guard"): ten minutes after an upload's
 * start, a document without an outcome goes to the review queue as RecordFailure records it, and one
 * with an outcome is left alone — against the loopback DynamoDB (dynalite).
 */
let db: Db;
let tables: FreshTables;
withFreshTable((fresh, server) => {
  db = fresh;
  tables = server;
});

let files = 0;
/** An upload's bytes (a file of its own) and its execution state after Classify, its document id the digest of those bytes as Inspect gives it. */
function upload() {
  files += 1;
  const bytes = new TextEncoder().encode(`%PDF-1.7 synthetic upload ${files} ${Math.random()}`);
  const state = stateFor(classification());
  const documentId = contentDocumentId(bytes);
  return { bytes, state: { ...state, inspection: { ...state.inspection!, documentId } }, documentId };
}

function watchDeps(bytes: Uint8Array | null) {
  const published: PostmottakEvent[] = [];
  const ports = { ...depsFor(db), events: { publish: async (events: readonly PostmottakEvent[]) => void published.push(...events) } };
  const deps: WatchDeps = { db, ports, readOriginal: async () => bytes };
  return { published, deps };
}

describe('the stages watchdog', () => {
  it('puts a document left registered (stopped after Register) in review with the technical-failure reason, on its case', async () => {
    const { bytes, state, documentId } = upload();
    const ports = depsFor(db);
    const link = await linkStage(state, ports);
    const registration = await registerStage({ ...state, link }, ports);
    expect((await getDocumentAsStored(db, documentId))?.status).toBe('registered');

    const { published, deps } = watchDeps(bytes);
    const outcome = await watchStages({ intake: state.intake, fileName: state.fileName }, deps);

    expect(outcome).toEqual({ outcome: 'recorded', documentId, was: 'stuck' });
    const stored = await getDocumentAsStored(db, documentId);
    expect(stored).toMatchObject({ status: 'review', queue: 'review', caseId: registration.caseId, caseNumber: registration.caseNumber });
    expect(stored?.reasonCode).toMatchObject({ code: 'technical_failure', params: { stage: 'deadlines', error: UNFINISHED_ERROR } });
    expect(stored?.item.failure).toEqual({ stage: 'setting the deadlines', error: UNFINISHED_ERROR });
    // Received long ago, by Inspect: only the outcome is announced.
    expect(published.map((e) => e.type)).toEqual(['DocumentInReview']);
  });

  it('records an upload no stage recorded under its upload id, exactly as RecordFailure records a failed Inspect', async () => {
    const { bytes, state } = upload();
    const uploadId = documentIdFor(state.intake);
    const { published, deps } = watchDeps(bytes);
    const outcome = await watchStages({ intake: state.intake, fileName: state.fileName }, deps);

    expect(outcome).toEqual({ outcome: 'recorded', documentId: uploadId, was: 'never-started' });
    const watched = await getDocumentAsStored(db, uploadId);
    expect(watched?.status).toBe('review');
    expect(published.map((e) => e.type)).toEqual(['DocumentReceived', 'DocumentInReview']);
    // The reconcile now finds it finished: the same lookup.
    expect((await findDocument(db, state.intake, bytes))?.status).toBe('review');

    // RecordFailure itself, for the same start state with the same error, on a table of its own: the same record.
    const other = await tables.another();
    try {
      const own = await recordFailureStage({ intake: state.intake, fileName: state.fileName, failure: { Error: UNFINISHED_ERROR } }, depsFor(other));
      const recorded = await getDocumentAsStored(other, own.documentId);
      expect(own.documentId).toBe(uploadId);
      const comparable = (d: typeof recorded) => ({ status: d?.status, reason: d?.reason, reasonCode: d?.reasonCode, queue: d?.queue, resume: d?.resume, failure: d?.item.failure, receivedDate: d?.receivedDate });
      expect(comparable(watched)).toEqual(comparable(recorded));
    } finally {
      other.client.destroy();
    }
  });

  it('leaves a routed document untouched and publishes nothing', async () => {
    const { bytes, state, documentId } = upload();
    const run = await runPipeline(state, depsFor(db));
    expect(run.result.status).toBe('routed');
    const before = await getDocumentAsStored(db, documentId);

    const { published, deps } = watchDeps(bytes);
    expect(await watchStages({ intake: state.intake, fileName: state.fileName }, deps)).toEqual({ outcome: 'finished', status: 'routed' });
    expect((await getDocumentAsStored(db, documentId))?.item).toEqual(before?.item);
    expect(await getDocumentAsStored(db, documentIdFor(state.intake))).toBeNull();
    expect(published).toEqual([]);
  });

  it('does nothing twice: a second message for the same upload finds the document in review', async () => {
    const { bytes, state } = upload();
    const first = watchDeps(bytes);
    await watchStages({ intake: state.intake, fileName: state.fileName }, first.deps);
    const recorded = await getDocumentAsStored(db, documentIdFor(state.intake));

    const second = watchDeps(bytes);
    expect(await watchStages({ intake: state.intake, fileName: state.fileName }, second.deps)).toEqual({ outcome: 'finished', status: 'review' });
    expect((await getDocumentAsStored(db, documentIdFor(state.intake)))?.item).toEqual(recorded?.item);
    expect(second.published).toEqual([]);
  });
});
