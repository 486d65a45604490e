import type { PostmottakConfig } from '#schemas/config';
import type { QueueEntry } from '#schemas/api';
import type { Reason } from '#schemas/reasons';
import { getAll, type Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { reasonWords } from './reason-words.ts';

/** A retry whose replacement was rejected too, as kept on the original (service/operations/quarantine.ts). */
export interface RejectedRetry {
  documentId: string;
  reason: string | null;
  reasonCode: Reason | null;
  at: string;
  by: string;
}

/**
 * Quarantine entries with their rejected retries beside them, oldest first (records from before the
 * list was kept have one `lastRetry`). The queue index carries only what
 * every listing shows (table-definition.ts queueProjection; changing an index's projection means
 * rebuilding it), so the quarantine page reads its entries' own records once, in one batch.
 */
export async function withRejectedRetries(db: Db, config: PostmottakConfig, items: QueueEntry[]): Promise<QueueEntry[]> {
  const ids = items.map((i) => i.documentId).filter((id): id is string => id !== null);
  if (!ids.length) return items;
  const records = await getAll(db, ids.map((id) => keys.document(id)), { projection: ['documentId', 'retries', 'lastRetry'] });
  const retries = new Map(records.map((r) => [r.documentId as string, [...(r.lastRetry ? [r.lastRetry as RejectedRetry] : []), ...((r.retries as RejectedRetry[] | undefined) ?? [])]]));
  return items.map((item) => {
    const tried = item.documentId ? (retries.get(item.documentId) ?? []) : [];
    if (!tried.length) return item;
    return { ...item, retries: tried.map((retry) => ({ documentId: retry.documentId, reason: retry.reason, reasonNb: reasonWords(retry.reasonCode, config).reasonNb, at: retry.at, by: retry.by })) };
  });
}
