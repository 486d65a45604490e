import { outstandingAttachments, type AttachmentMark } from '#domain/bundles/outstanding-attachments';
import type { CasePartition } from '../../functions/commons/store/case-work.ts';

/** The case's listed attachments still missing, and those cleared: arrived since, or marked by an archivist. */
export function attachmentsOf(partition: CasePartition) {
  const marks: AttachmentMark[] = partition.audit
    .filter((a) => a.event === 'AttachmentMarked' && typeof a.details?.item === 'string')
    .map((a) => ({ item: a.details!.item as string, resolution: a.details!.resolution === 'not_needed' ? 'not_needed' : 'received', by: a.actor, at: a.at }));
  const { missing, cleared } = outstandingAttachments(partition.documents, marks);
  return { missingAttachments: missing, clearedAttachments: cleared };
}

