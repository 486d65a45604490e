import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { Reason } from '#schemas/reasons';
import { queues } from '#domain/registry/routing';
import { processResult } from '#domain/registry/result';
import { keySegmentFor } from '#domain/object-keys';
import type { BlobStore, StagePorts } from './ports.ts';
import { answerOf, documentIdOf } from './document-id.ts';
import { documentParked } from '#domain/events/stage-events';

/**
 * Keeps a rejected original under quarantine/{documentId}/original/{fileName}, with the reason beside it in
 * words the mailroom understands. Both writes overwrite themselves on a re-run.
 */
async function quarantine(blobs: BlobStore, input: { documentId: string; fileName: string; source: { bucket: string; key: string; versionId?: string | null | undefined }; reason: string }): Promise<string> {
  // The original goes in a folder of its own: a file named reason.json once lost its copy to the reason record.
  const key = `quarantine/${input.documentId}/original/${keySegmentFor(input.fileName)}`;
  await blobs.copy(input.source, key);
  const reason = { documentId: input.documentId, fileName: input.fileName, reason: input.reason, source: { bucket: input.source.bucket, key: input.source.key } };
  await blobs.put(`quarantine/${input.documentId}/reason.json`, JSON.stringify(reason, null, 2), 'application/json');
  return key;
}

/** Reject: the original goes to quarantine and the document to the quarantine queue with the reason. */
export async function rejectStage(
  state: ExecutionState & { inspection: { status: 'rejected'; documentId: string; reason: string; reasonCode?: Reason | undefined } },
  ports: StagePorts & { blobs: BlobStore },
): Promise<ProcessResult> {
  const documentId = documentIdOf(state);
  const reason = state.inspection.reason;
  const result = processResult({ fileName: state.fileName, documentId, status: 'rejected', reason, queue: queues.quarantine });
  const quarantineKey = await quarantine(ports.blobs, {
    documentId,
    fileName: state.fileName,
    source: { bucket: state.intake.bucket, key: state.intake.key, versionId: state.intake.versionId },
    reason,
  });
  const stored = await ports.documents.recordRejection({ result, reasonCode: state.inspection.reasonCode, receivedDate: state.intake.receivedDate, quarantineKey, queuedAt: ports.clock.now().toISOString() });
  const answer = answerOf(stored, result, state.fileName);
  await ports.events.publish(documentParked(answer, ports.clock.now().toISOString()));
  return answer;
}
