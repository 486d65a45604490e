import { type AuditEntry, recordAudit } from './audit.ts';
import { type Db, getItem, putIf } from './db.ts';
import { keys } from './keys.ts';

/**
 * An archivist's mark of a missing attachment (received / not needed), once per case and item (review s13
 * L2): a marker keyed on the item is written on the condition that there is none, holding the journal
 * line; the line is then written under a name of its own, so whoever finds the marker — the other of two
 * concurrent marks, or a repeat after a failure — writes the same line in place and never a second.
 * false when the item was already marked.
 */
export async function recordAttachmentMark(db: Db, entry: AuditEntry & { caseId: string }, item: string): Promise<boolean> {
  // Keyed as sameItem (domain/bundles/outstanding-attachments.ts) compares items.
  const name = item.trim().toLowerCase();
  const marker = keys.attachmentMark(entry.caseId, name);
  const made = await putIf(db, { Item: { ...marker, type: 'attachment-mark', entry }, ConditionExpression: 'attribute_not_exists(pk)' });
  const line = made ? entry : ((await getItem(db, marker, { consistent: true }))?.entry as AuditEntry | undefined);
  if (line) await recordAudit(db, { ...line, once: name });
  return made;
}
