import type { InReview, WaitingRoom } from '../../../stages/ports.ts';
import { getDocumentAsStored } from './documents.ts';
import { putAll, queryAll, type Db } from './db.ts';

/**
 * The waiting room of stages/ports.ts over the one table. Access patterns:
 *   RVREF#{reference} / DOC#{id}   a document in review, by a case reference it carries
 *   RVNID#{hmac}      / DOC#{id}   a document in review, by the keyed hash of a national id
 *   DOC#{id}          / WAITING#{reviewedAt}#{waitingId}   the documents waiting beside it
 * Entries are not deleted when a document leaves review: a lookup keeps only documents whose own
 * record still says `review`, so a stale entry costs one read and never misleads.
 */
export const waitingKeys = {
  byReference: (reference: string) => `RVREF#${reference}`,
  byNationalId: (hash: string) => `RVNID#${hash}`,
  waitingPrefix: 'WAITING#',
};

/**
 * Every document that waited in review naming this person (its national id's keyed hash), whatever
 * became of it since: the access log's national-id filter finds reads made before it had a case.
 */
export async function documentsReviewedByNationalIdHash(db: Db, hash: string): Promise<string[]> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': waitingKeys.byNationalId(hash) } });
  return items.map((item) => String(item.documentId));
}

export function dynamoWaitingRoom(db: Db): WaitingRoom {
  return {
    inReview: async (key) => {
      const pk = 'reference' in key ? waitingKeys.byReference(key.reference) : waitingKeys.byNationalId(key.nationalIdHash);
      const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } });
      const out: InReview[] = [];
      for (const item of items) {
        const documentId = String(item.documentId);
        const doc = await getDocumentAsStored(db, documentId);
        if (doc?.status === 'review' && !doc.decision) out.push({ documentId, reviewedAt: String(item.reviewedAt), waitsFor: (item.waitsFor as string | null) ?? null, mayOpenCase: item.mayOpenCase as boolean | undefined });
      }
      return out;
    },
    enter: async ({ documentId, mayOpenCase, references, nationalIdHashes, reviewedAt, waitsFor }) => {
      const entry = { documentId, mayOpenCase, reviewedAt, waitsFor };
      await putAll(db, [
        ...references.map((r) => ({ pk: waitingKeys.byReference(r), sk: `DOC#${documentId}`, type: 'in-review', ...entry })),
        ...nationalIdHashes.map((h) => ({ pk: waitingKeys.byNationalId(h), sk: `DOC#${documentId}`, type: 'in-review', ...entry })),
        ...(waitsFor ? [{ pk: `DOC#${waitsFor}`, sk: `${waitingKeys.waitingPrefix}${reviewedAt}#${documentId}`, type: 'waiting', documentId, reviewedAt }] : []),
      ]);
    },
    waitingBeside: async (documentId) => {
      const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :w)', ExpressionAttributeValues: { ':pk': `DOC#${documentId}`, ':w': waitingKeys.waitingPrefix } });
      return items.map((i) => String(i.documentId));
    },
  };
}
