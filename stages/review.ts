import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState, LinkResult } from '#schemas/state';
import { queues } from '#domain/registry/routing';
import { processResult } from '#domain/registry/result';
import type { StagePorts } from './ports.ts';
import { answerOf, documentIdOf } from './document-id.ts';
import { documentParked } from '#domain/events/stage-events';

/** Review: the document waits in the review queue with what an archivist's decision resumes from. */
export async function reviewStage(state: ExecutionState & { link: LinkResult }, ports: StagePorts): Promise<ProcessResult> {
  const documentId = documentIdOf(state);
  const result = processResult({ fileName: state.fileName, documentId, status: 'review', reason: state.link.reason, queue: queues.review, classification: state.link.classification });
  const stored = await ports.documents.recordReview({
    result,
    receivedDate: state.intake.receivedDate,
    resume: { intake: state.intake, fileName: state.fileName, inspection: state.inspection, pages: state.pages, classification: state.classification },
    queuedAt: ports.clock.now().toISOString(),
    overwrite: ['review'],
  });
  const answer = answerOf(stored, result, state.fileName);
  await ports.events.publish(documentParked(answer, ports.clock.now().toISOString()));
  return answer;
}
