import { verdictFor, type DocumentState } from '#domain/reconcile';
import { documentIdFor } from '#domain/identity';
import { recordFailureStage } from '#stages/record-failure';
import type { StagePorts } from '#stages/ports';
import { findDocument } from '#commons/reconcile';
import type { Db } from '#commons/store/db';
import type { StagesWatch } from '#commons/stages-watch';

/**
 * The error a document's failure record names when the watchdog recorded it: its execution ended (ran
 * past Express's 5 minutes, or failed in RecordFailure itself) without the document reaching an outcome.
 */
export const UNFINISHED_ERROR = 'StagesUnfinished';

/**
 * The error when the scheduled reconcile recorded it instead, on the last daily run that reads the upload
 * (domain/reconcile-window.ts): the watchdog missed it (its dead-letter queue) or no execution started.
 */
export const RECONCILE_UNFINISHED_ERROR = 'UnfinishedAtReconcileWindowEnd';

export interface WatchDeps {
  db: Db;
  ports: StagePorts;
  /** The upload's bytes (its document is found by their digest), or null when the object is gone. */
  readOriginal(intake: StagesWatch['intake']): Promise<Uint8Array | null>;
}

export type WatchOutcome = { outcome: 'finished'; status: 'routed' | 'review' | 'rejected' } | { outcome: 'recorded'; documentId: string; was: 'stuck' | 'never-started' };

/**
 * One upload, checked after its execution must have ended: left alone when its document has an outcome
 * (routed, in review, rejected — also when another upload of the same bytes has it); otherwise put in
 * the review queue by RecordFailure's own code, with its reason code (technical_failure), so it waits
 * for an archivist and not for the daily reconcile. A second message for the same upload finds it in
 * review and does nothing. The stage is what the table shows: a document registered on its case stopped
 * after Register (deadlines, letters or route: 'deadlines', as RecordFailure would name the state after
 * Register); one with no record stopped before any stage recorded it, under the upload's id, as
 * RecordFailure records a failed Inspect (the state the watchdog has is the start state).
 */
export async function watchStages(watch: StagesWatch, deps: WatchDeps, error = UNFINISHED_ERROR): Promise<WatchOutcome> {
  const document = await findDocument(deps.db, watch.intake, await deps.readOriginal(watch.intake));
  const verdict = verdictFor((document?.status as DocumentState | undefined) ?? null);
  if (verdict.finished) return { outcome: 'finished', status: verdict.status };
  const state = { intake: watch.intake, fileName: watch.fileName, failure: { Error: error } };
  const documentId = document?.documentId ?? documentIdFor(watch.intake);
  await recordFailureStage(state, deps.ports, document ? { documentId, stage: 'deadlines' } : undefined);
  return { outcome: 'recorded', documentId, was: verdict.status };
}
