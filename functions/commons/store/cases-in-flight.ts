import type { CasesInFlight } from '../../../stages/ports.ts';
import { getAll, putItem, queryAll, type Db } from './db.ts';
import { keys } from './keys.ts';

/**
 * Cases in flight (stages/ports.ts) over the one table:
 *   FLREF#{reference} / AT#{announcedAt}#DOC#{id}   a document about to open a case, by a case reference it carries
 *   FLNID#{hmac}      / AT#{announcedAt}#DOC#{id}   the same by the keyed hash of a national id
 * An opener runs inside one Express execution, which lasts at most five minutes, so an announcement
 * older than that belongs to an execution that has ended, with or without an outcome: a look reads only
 * the last five minutes of its partition (a national id's grows for years), and DynamoDB's TTL removes
 * the rest (`expiresAt`). Without this an opener whose RecordFailure also failed, and so has no status,
 * would hold every later follow-up of the person for all the rounds.
 */
export const inFlightWindowMs = 5 * 60_000;
/** TTL deletes within days, not on the second; the query's window, not TTL, decides what is in flight. */
const keepForSeconds = 24 * 60 * 60;

const outcomes = new Set(['routed', 'review', 'rejected']);

export function dynamoCasesInFlight(db: Db, now: () => Date): CasesInFlight {
  return {
    announce: async ({ documentId, references, nationalIdHashes, announcedAt }) => {
      const expiresAt = Math.floor(Date.parse(announcedAt) / 1000) + keepForSeconds;
      const entry = { sk: keys.inFlightEntry(announcedAt, documentId), type: 'case-in-flight', documentId, expiresAt };
      // One put each (not a batch): Link is granted PutItem, never BatchWriteItem, which could delete.
      const items = [...references.map((r) => ({ pk: keys.inFlightByReference(r), ...entry })), ...nationalIdHashes.map((h) => ({ pk: keys.inFlightByNationalId(h), ...entry }))];
      await Promise.all(items.map((Item) => putItem(db, { Item })));
    },
    pending: async (key) => {
      const pk = 'reference' in key ? keys.inFlightByReference(key.reference) : keys.inFlightByNationalId(key.nationalIdHash);
      const since = new Date(now().getTime() - inFlightWindowMs).toISOString();
      const items = await queryAll(db, {
        KeyConditionExpression: 'pk = :pk AND sk >= :since',
        ExpressionAttributeValues: { ':pk': pk, ':since': keys.inFlightSince(since) },
        ProjectionExpression: 'documentId',
        // An opener announces itself before it leaves its batch's roll (batch-roll.ts): a follow-up that
        // finds it gone from the roll must find its announcement.
        ConsistentRead: true,
      });
      const ids = [...new Set(items.map((item) => String(item.documentId)))];
      if (ids.length === 0) return [];
      // Consistent: an opener's outcome written a moment ago must be seen, or the follow-up waits for nothing.
      const stored = await getAll(db, ids.map(keys.document), { projection: ['documentId', 'status'], consistent: true });
      const finished = new Set(stored.filter((item) => outcomes.has(String(item.status))).map((item) => String(item.documentId)));
      return ids.filter((id) => !finished.has(id));
    },
  };
}
