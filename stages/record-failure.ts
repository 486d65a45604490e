import type { PageExtraction, ProcessResult } from '#schemas/pipeline';
import type { ExecutionState, UnreadPage } from '#schemas/state';
import { queues } from '#domain/registry/routing';
import { processResult } from '#domain/registry/result';
import type { BlobStore, StagePorts } from './ports.ts';
import { because, failedStages, type FailedStage } from '#domain/reasons/wording';
import { answerOf, documentIdOf, refusedForDecision } from './document-id.ts';
import { batchKeyOf } from '#domain/intake/batch';
import { leavesRoll, rollIdOf } from './batch-roll.ts';
import { documentParked, documentReceived } from '#domain/events/stage-events';
import { pageReferences } from '#domain/inline-page-texts';
import { keepInlinePages } from './keep-inline-pages.ts';
import { displayCaseNumber } from '#domain/registry/case-number-input';

/** The stage a failed execution was in, from the keys its state has. */
export function failedStageCode(state: ExecutionState): FailedStage {
  if (!state.inspection && !state.part) return 'inspect';
  if (state.inspection?.status === 'rejected') return 'quarantine';
  if (!state.decision && !state.pages) return 'read';
  if (!state.classification) return 'classify';
  if (!state.link) return 'link';
  if (state.link.review) return 'review';
  if (!state.registration) return 'register';
  if (!state.deadlines) return 'deadlines';
  if (!state.letters) return 'letters';
  return 'route';
}

/** The same in words (English), as the failure record keeps it. */
export function failedStage(state: ExecutionState): string {
  return failedStages[failedStageCode(state)].en;
}

/**
 * Where a failed run stopped when its state cannot say: the stages watchdog (functions/watch-stages)
 * has only the start state and the document as the table holds it.
 */
export interface KnownStop {
  documentId: string;
  stage: FailedStage;
}

/**
 * The failure as the review reason names it: the error's name only, as a Cause can quote a document's
 * content. A slip in a settings file (SettingsFileError, config/settings-file.ts) quotes no document:
 * its message names the file and the field, so it is kept, and the archivist can say what to correct.
 * A Lambda whose init failed reports it inside a Runtime error's message, hence the search in the Cause.
 */
export function failureWords(failure: { Error: string; Cause?: string | undefined }): string {
  const cause = failure.Cause ?? '';
  let type = failure.Error;
  let message = cause;
  try {
    const parsed = JSON.parse(cause) as { errorType?: unknown; errorMessage?: unknown };
    if (typeof parsed.errorType === 'string') type = parsed.errorType;
    if (typeof parsed.errorMessage === 'string') message = parsed.errorMessage;
  } catch {
    // A Cause that is no JSON is the message itself (the embedded runtime's).
  }
  if (type === SETTINGS_ERROR) return `${SETTINGS_ERROR}: ${firstLine(message)}`;
  const inInit = type.startsWith('Runtime.') ? message.indexOf(`${SETTINGS_ERROR}: `) : -1;
  return inInit >= 0 ? firstLine(message.slice(inInit)) : failure.Error;
}

const firstLine = (text: string) => text.split('\n')[0]!.slice(0, 600);

const SETTINGS_ERROR = 'SettingsFileError';

/** RecordFailure: a technical failure sends the document to review, by hand, with the stage it stopped in. */
export async function recordFailureStage(
  state: ExecutionState & { failure: { Error: string; Cause?: string | undefined } },
  // The blob store keeps the texts of a failed Classify; the stages watchdog has no state with pages and needs none.
  ports: StagePorts & { blobs?: BlobStore | undefined },
  known?: KnownStop,
): Promise<ProcessResult> {
  // A page that failed while the others were read: the failure is that page's.
  const unread = state.readPages?.find((page): page is UnreadPage => page.source === 'unread');
  const failure = unread?.failed ?? state.failure;
  const documentId = known?.documentId ?? documentIdOf(state);
  const stageCode = known?.stage ?? failedStageCode(state);
  const stage = failedStages[stageCode].en;
  // The error's name only: a Cause can quote a document's content. A case closed under Register is no
  // technical failure: the archivist is told which case closed and chooses the right one.
  const { reason, reasonCode } =
    failure.Error === 'CaseClosed' && state.link?.caseId
      ? because('case_closed_meanwhile', { caseNumber: displayCaseNumber(state.link.caseId) })
      : because('technical_failure', { stage: stageCode, error: failureWords(failure) });
  const classification = state.link?.classification ?? state.classification;
  const pages = state.part ? state.part.pageRange[1] - state.part.pageRange[0] + 1 : state.inspection?.status === 'ok' ? state.inspection.pageCount : null;
  // Classify stores the pages that came in the state before it classifies; when it failed before that
  // (its PUT, a crash, a timeout), or a page of the file failed (the pages read beside it come as
  // readPages), the texts live only in this state, which ends with the execution: one PUT keeps them,
  // so the archivist reads what was read and the review item's resume finds them. Past Classify the
  // pages are references (PageTextsStored) and this stores nothing.
  const carried = state.pages ?? state.readPages?.filter((page): page is PageExtraction => page.source !== 'unread');
  if ((stageCode === 'classify' || stageCode === 'read') && carried && !state.part && ports.blobs) await keepInlinePages(carried, ports.blobs);
  const result = processResult({ fileName: state.fileName, documentId, status: 'review', reason, queue: queues.review, classification, pages, part: state.part });
  const stored = await ports.documents.recordReview({
    result,
    reasonCode,
    receivedDate: state.intake.receivedDate,
    resume: { intake: state.intake, fileName: state.fileName, inspection: state.inspection, pages: state.pages && pageReferences(state.pages), classification: state.classification, ...(state.part ? { part: state.part } : {}) },
    queuedAt: ports.clock.now().toISOString(),
    failure: { stage, error: failure.Error },
    overwrite: ['review', 'registered'],
    // A resumed execution may replace the record its own decision is kept on, and no other decision's.
    decidedAt: state.decision?.decidedAt ?? null,
  });
  const answer = answerOf(stored, result, state.fileName);
  const time = ports.clock.now().toISOString();
  // SPEC.md "Events": every document gets its DocumentReceived. One whose Inspect failed never had it
  // from Inspect (it is recorded under the upload's id, its bytes unread), so it is announced here,
  // before the outcome; what Inspect could not read (format, pages) is unknown.
  const received =
    stageCode === 'inspect' && !state.decision
      ? documentReceived({ documentId, receivedDate: state.intake.receivedDate, postmarkDate: state.intake.postmarkDate ?? null, format: null, pageCount: null }, time)
      : [];
  if (!refusedForDecision(stored)) await ports.events.publish([...received, ...documentParked(answer, time)]);
  // A document that failed before its first Link never left its batch's roll: no follow-up waits for it
  // now. Its file is on the roll once Inspect passed it (a part's file always was).
  const onRoll = state.inspection?.status === 'ok' || state.part !== undefined;
  if (ports.batches && onRoll && !state.link && !state.decision && leavesRoll(state)) {
    await ports.batches.leave({ batch: batchKeyOf(state.intake), documentId: rollIdOf(state), at: time });
  }
  return answer;
}
