import { randomUUID } from 'node:crypto';
import { getItem, putIf, putItem, queryAll, type Db } from './db.ts';
import { keys } from './keys.ts';

/**
 * The audit trail of what people did (claims, archivists' decisions, deadlines opened through the
 * API), under the case or the document. What the machine did is recorded on the items it changed.
 * Entries carry identifiers and names, never a national id or text from a document.
 */
export interface AuditEntry {
  event: string;
  actor: string;
  at: string;
  caseId?: string | undefined;
  documentId?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

/**
 * `once`: the entry's own name within its event and time, for a step a repeat may record again (a
 * release finished by a retry): the repeat writes the same item rather than a second line.
 */
export async function recordAudit(db: Db, { once, ...entry }: AuditEntry & { once?: string | undefined }): Promise<void> {
  const suffix = `${entry.event}#${once ?? randomUUID().slice(0, 8)}`;
  const key = entry.caseId ? keys.audit(entry.caseId, entry.at, suffix) : keys.documentAudit(entry.documentId ?? 'unknown', entry.at, suffix);
  await putItem(db, { Item: { ...key, type: 'audit', ...entry } });
}

/**
 * A case's journal line for a step that identical requests may make at the same moment: the first writes it; a
 * later one changes it only as `merge` answers from the details stored (null: leaves it), so one that did less
 * never overwrites what the first did.
 */
export async function recordAuditMerged(db: Db, { once, ...entry }: AuditEntry & { caseId: string; once: string }, merge: (stored: Record<string, unknown>) => Record<string, unknown> | null): Promise<void> {
  const key = keys.audit(entry.caseId, entry.at, `${entry.event}#${once}`);
  if (await putIf(db, { Item: { ...key, type: 'audit', ...entry }, ConditionExpression: 'attribute_not_exists(pk)' })) return;
  const stored = await getItem(db, key, { consistent: true });
  const details = merge((stored?.details as Record<string, unknown> | undefined) ?? {});
  if (details) await putItem(db, { Item: { ...key, type: 'audit', ...entry, actor: (stored?.actor as string | undefined) ?? entry.actor, details } });
}

export async function auditTrail(db: Db, owner: { caseId: string } | { documentId: string }): Promise<AuditEntry[]> {
  const pk = 'caseId' in owner ? keys.casePartition(owner.caseId) : keys.documentPartition(owner.documentId);
  const items = await queryAll(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
    ExpressionAttributeValues: { ':pk': pk, ':audit': keys.auditPrefix },
  });
  return items.map(({ pk: _pk, sk: _sk, type: _type, ...rest }) => rest as unknown as AuditEntry);
}
