import type { CasesInFlight } from '../../../stages/ports.ts';
import { getDocumentAsStored } from './documents.ts';
import { putItem, queryAll, type Db } from './db.ts';

/**
 * Cases in flight (stages/ports.ts) over the one table:
 *   FLREF#{reference} / DOC#{id}   a document about to open a case, by a case reference it carries
 *   FLNID#{hmac}      / DOC#{id}   the same by the keyed hash of a national id
 * Entries are not deleted: a document is in flight only while its own record has no outcome, so an
 * entry left behind costs one read and never holds anyone (a crashed document's entry holds a
 * follow-up for the bounded wait only).
 */
export const inFlightKeys = {
  byReference: (reference: string) => `FLREF#${reference}`,
  byNationalId: (hash: string) => `FLNID#${hash}`,
};

const outcomes = new Set(['routed', 'review', 'rejected']);

export function dynamoCasesInFlight(db: Db): CasesInFlight {
  return {
    announce: async ({ documentId, references, nationalIdHashes, announcedAt }) => {
      const entry = { sk: `DOC#${documentId}`, type: 'case-in-flight', documentId, announcedAt };
      // One put each (not a batch): Link is granted PutItem, never BatchWriteItem, which could delete.
      const items = [...references.map((r) => ({ pk: inFlightKeys.byReference(r), ...entry })), ...nationalIdHashes.map((h) => ({ pk: inFlightKeys.byNationalId(h), ...entry }))];
      await Promise.all(items.map((Item) => putItem(db, { Item })));
    },
    pending: async (key) => {
      const pk = 'reference' in key ? inFlightKeys.byReference(key.reference) : inFlightKeys.byNationalId(key.nationalIdHash);
      const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } });
      const out: string[] = [];
      for (const item of items) {
        const documentId = String(item.documentId);
        const stored = await getDocumentAsStored(db, documentId);
        if (!stored || !outcomes.has(stored.status)) out.push(documentId);
      }
      return out;
    },
  };
}
