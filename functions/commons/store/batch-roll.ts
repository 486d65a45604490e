import type { BatchRoll } from '../../../stages/ports.ts';
import { putIf, putItem, queryAll, updateIf, type Db } from './db.ts';
import { keys } from './keys.ts';

/**
 * A batch's roll (stages/ports.ts) over the one table:
 *   BATCH#{batch} / DOC#{id}   enteredAt at Inspect; overwritten with leftAt at the document's first Link
 *                              (or `ahead`, enteredAt when the CLI took the file in: local/batch-roll-ahead.ts;
 *                              `startedAt` once its Inspect ran)
 * Nothing is deleted (no function may DeleteItem): a document that has left is marked, and DynamoDB's
 * TTL removes the items a day later (`expiresAt`). An execution lasts at most five minutes, so an
 * entry older than that belongs to one that has ended (a crash whose RecordFailure failed too) and is
 * not waited for.
 */
const windowMs = 5 * 60_000;
const keepForSeconds = 24 * 60 * 60;

export function dynamoBatchRoll(db: Db, now: () => Date): BatchRoll & Required<Pick<BatchRoll, 'ahead'>> {
  const item = (batch: string, documentId: string, at: string) => ({ pk: keys.batchRoll(batch), sk: keys.batchRollEntry(documentId), type: 'batch-roll', documentId, expiresAt: Math.floor(Date.parse(at) / 1000) + keepForSeconds });
  return {
    // Inspect keeps an entry the CLI made ahead while it is live (not left, inside the window): a follow-up
    // that looked since then still waits for it. Anything else (an entry a redrive finds left, or older
    // than the window) is written afresh, with this run's time.
    enter: async ({ batch, documentId, at }) => {
      const fresh = await putIf(db, {
        Item: { ...item(batch, documentId, at), enteredAt: at },
        ConditionExpression: 'attribute_not_exists(ahead) OR attribute_exists(leftAt) OR enteredAt < :from',
        ExpressionAttributeValues: { ':from': new Date(now().getTime() - windowMs).toISOString() },
      });
      // The live ahead entry kept: marked started, so a follow-up that found its case waits for it now.
      if (!fresh) {
        await updateIf(db, {
          Key: { pk: keys.batchRoll(batch), sk: keys.batchRollEntry(documentId) },
          UpdateExpression: 'SET startedAt = :at',
          ConditionExpression: 'attribute_exists(ahead) AND attribute_not_exists(leftAt)',
          ExpressionAttributeValues: { ':at': at },
        });
      }
    },
    ahead: async ({ batch, documentId, at }) => putItem(db, { Item: { ...item(batch, documentId, at), enteredAt: at, ahead: true } }),
    leave: async ({ batch, documentId, at }) => putItem(db, { Item: { ...item(batch, documentId, at), leftAt: at } }),
    beforeLink: async (batch, since, options = {}) => {
      const started = options.startedOnly ? ' AND (attribute_not_exists(ahead) OR attribute_exists(startedAt))' : '';
      const items = await queryAll(db, {
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: `attribute_not_exists(leftAt) AND enteredAt BETWEEN :from AND :since${started}`,
        ExpressionAttributeValues: { ':pk': keys.batchRoll(batch), ':from': new Date(now().getTime() - windowMs).toISOString(), ':since': since },
        ProjectionExpression: 'documentId',
        // An opener announces itself before it leaves: a strongly consistent read sees either.
        ConsistentRead: true,
      });
      return items.map((entry) => String(entry.documentId));
    },
  };
}
