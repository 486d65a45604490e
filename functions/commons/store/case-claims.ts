import { getItem, putIf, updateIf, withCondition, updateExpression, type Db } from './db.ts';
import { keys } from './keys.ts';
import { getDocumentAsStored } from './documents.ts';
import { CONFLICT, retryOnConflict } from './retry-on-conflict.ts';
import type { NewCaseClaim } from '../../../stages/ports.ts';

type ClaimKey = { pk: string; sk: string };

/**
 * Letters about one appealed decision can reach Register side by side, each finding no case in Link.
 * Before a case takes a number, its document claims the case's identity: each first-instance reference
 * and each (national-id hash, decision date), one conditional put each. Claims are taken in key order
 * and the first one lost stops the round, so who-waits-for-whom has no cycle. The loser joins the case
 * of the claim's owner's document (which may itself have joined another's).
 *
 * A claim whose owner ended without a case (review, rejected), or whose case is closed, is taken over:
 * otherwise one failed letter would stop every later one about that decision from opening a case.
 */
export async function claimNewCase(db: Db, input: NewCaseClaim, wait: { attempts: number; maxPauseMs: number } = { attempts: 80, maxPauseMs: 250 }): Promise<{ caseId: string | null }> {
  const claimKeys = [
    ...input.references.map((reference) => keys.referenceClaim(reference)),
    ...(input.decisionDate ? input.nationalIdHashes.map((hash) => keys.decisionClaim(hash, input.decisionDate!)) : []),
  ].sort((a, b) => (a.pk < b.pk ? -1 : a.pk > b.pk ? 1 : 0));
  for (const key of claimKeys) {
    const caseId = await claimOrFollow(db, key, input, wait);
    if (caseId) return { caseId };
  }
  return { caseId: null };
}

/** Null when the claim is this document's; else the case its owner's document is registered to. */
async function claimOrFollow(db: Db, key: ClaimKey, input: NewCaseClaim, wait: { attempts: number; maxPauseMs: number }): Promise<string | null> {
  return retryOnConflict({ ...wait, what: 'a case being opened by another document' }, async (): Promise<string | null | typeof CONFLICT> => {
    const claimed = await putIf(db, {
      Item: { ...key, type: 'case-claim', documentId: input.documentId, claimedAt: input.claimedAt },
      ConditionExpression: 'attribute_not_exists(pk) OR documentId = :me',
      ExpressionAttributeValues: { ':me': input.documentId },
    });
    if (claimed) return null;
    const owner = (await getItem(db, key, { consistent: true }))?.documentId as string | undefined;
    if (!owner) return CONFLICT;
    const ownerDocument = await getDocumentAsStored(db, owner);
    const ownerCase = ownerDocument?.caseId ? await getItem(db, keys.case(ownerDocument.caseId), { consistent: true, projection: ['caseId', 'open'] }) : undefined;
    // The owner records its case's number before it writes the case: follow only a case that exists.
    if (ownerDocument?.caseId && !ownerCase) return CONFLICT;
    if (ownerCase && ownerCase.open !== false) return ownerCase.caseId as string;
    // A closed case is not joined (Link would not have either): the next letter about it opens a new one.
    const ended = ownerCase || (ownerDocument && !ownerDocument.caseId && (ownerDocument.status === 'review' || ownerDocument.status === 'rejected'));
    if (ended) {
      const taken = await updateIf(
        db,
        withCondition({ Key: key, ...updateExpression({ set: { documentId: input.documentId, claimedAt: input.claimedAt } }) }, '#d = :owner', { '#d': 'documentId' }, { ':owner': owner }),
      );
      return taken ? null : CONFLICT;
    }
    // The owner is still on its way to its case.
    return CONFLICT;
  });
}
