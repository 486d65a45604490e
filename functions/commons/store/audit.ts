import { randomUUID } from 'node:crypto';
import { getItem, putIf, putItem, queryAll, updateIf, type Db } from './db.ts';
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
 * A case's journal line for a step that identical requests may make at the same moment, each doing part of it (the
 * letters a «Legg til part» re-addresses): the first writes the line; a later one appends the ids it adds to
 * `details[list]` in one conditional UpdateItem, so simultaneous requests never overwrite each other's ids (review
 * polish19 M1: a read-then-put lost letters in 4 of 6 rounds). An id already listed is not appended twice: the
 * condition fails, the line is read again and only the ids it lacks are appended.
 */
export async function recordAuditAppending(db: Db, { once, ...entry }: AuditEntry & { caseId: string; once: string; details: Record<string, unknown> }, list: string, ids: readonly string[]): Promise<void> {
  const key = keys.audit(entry.caseId, entry.at, `${entry.event}#${once}`);
  if (await putIf(db, { Item: { ...key, type: 'audit', ...entry, details: { ...entry.details, [list]: ids } }, ConditionExpression: 'attribute_not_exists(pk)' })) return;
  let pending = [...new Set(ids)];
  while (pending.length > 0) {
    const each = Object.fromEntries(pending.map((id, i) => [`:id${i}`, id]));
    const appended = await updateIf(db, {
      Key: key,
      UpdateExpression: 'SET #details.#list = list_append(if_not_exists(#details.#list, :none), :ids)',
      ConditionExpression: ['attribute_exists(pk)', ...pending.map((_, i) => `NOT contains(#details.#list, :id${i})`)].join(' AND '),
      ExpressionAttributeNames: { '#details': 'details', '#list': list },
      ExpressionAttributeValues: { ...each, ':ids': pending, ':none': [] },
    });
    if (appended) return;
    // Lists only grow, so each pass drops at least one id: the loop ends.
    const listed = ((await getItem(db, key, { consistent: true }))?.details as Record<string, unknown> | undefined)?.[list];
    pending = pending.filter((id) => !(Array.isArray(listed) && listed.includes(id)));
  }
}

export async function auditTrail(db: Db, owner: { caseId: string } | { documentId: string }): Promise<AuditEntry[]> {
  const pk = 'caseId' in owner ? keys.casePartition(owner.caseId) : keys.documentPartition(owner.documentId);
  const items = await queryAll(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
    ExpressionAttributeValues: { ':pk': pk, ':audit': keys.auditPrefix },
  });
  return items.map(({ pk: _pk, sk: _sk, type: _type, ...rest }) => rest as unknown as AuditEntry);
}
