import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import { queues } from '#domain/registry/routing';
import { processResult } from '#domain/registry/result';
import type { StagePorts } from './ports.ts';
import { answerOf, documentIdOf } from './document-id.ts';
import { documentParked } from '#domain/events/stage-events';

/** The stage a failed execution was in, from the keys its state has. */
export function failedStage(state: ExecutionState): string {
  if (!state.inspection && !state.part) return 'inspecting the file';
  if (state.inspection?.status === 'rejected') return 'putting the file in quarantine';
  if (!state.decision && !state.pages) return 'reading the text';
  if (!state.classification) return 'classifying the document';
  if (!state.link) return 'linking the document to a case';
  if (state.link.review) return 'putting the document in the review queue';
  if (!state.registration) return 'registering the document';
  if (!state.deadlines) return 'setting the deadlines';
  if (!state.letters) return 'writing the acknowledgement letter';
  return 'routing the document';
}

/** RecordFailure: a technical failure sends the document to review, by hand, with the stage it stopped in. */
export async function recordFailureStage(state: ExecutionState & { failure: { Error: string; Cause?: string | undefined } }, ports: StagePorts): Promise<ProcessResult> {
  const documentId = documentIdOf(state);
  const stage = failedStage(state);
  // The error's name only: a Cause can quote a document's content.
  const reason = `Technical failure while ${stage} (${state.failure.Error}); an archivist must register it by hand.`;
  const classification = state.link?.classification ?? state.classification;
  const pages = state.part ? state.part.pageRange[1] - state.part.pageRange[0] + 1 : state.inspection?.status === 'ok' ? state.inspection.pageCount : null;
  const result = processResult({ fileName: state.fileName, documentId, status: 'review', reason, queue: queues.review, classification, pages, part: state.part });
  const stored = await ports.documents.recordReview({
    result,
    receivedDate: state.intake.receivedDate,
    resume: { intake: state.intake, fileName: state.fileName, inspection: state.inspection, pages: state.pages, classification: state.classification, ...(state.part ? { part: state.part } : {}) },
    queuedAt: ports.clock.now().toISOString(),
    failure: { stage, error: state.failure.Error },
    overwrite: ['review', 'registered'],
  });
  const answer = answerOf(stored, result, state.fileName);
  await ports.events.publish(documentParked(answer, ports.clock.now().toISOString()));
  return answer;
}
