import { getItem, putIf, putItem, queryAll, updateExpression, updateIf, withCondition, type Db } from './db.ts';
import { caseFromItem, getCases, type CaseRecord } from './cases.ts';
import { keys } from './keys.ts';

/**
 * The cases a handler holds («Mine saker»): a claimed case leaves every queue index, so each claim
 * writes a small item under the handler (HELD#{handler} / CASE#{caseId}) and a release marks it
 * released (no function deletes an item: infra's useTable; a released item expires by TTL, as
 * FLREF items do). Reading is one Query of that partition, never a Scan. The case item stays the
 * truth: an entry whose case is not (or no longer) the handler's is left out on reading, so the claim
 * writes this item BEFORE the case: a process stopped between the two leaves an entry that reads as
 * nothing, never a held case missing from the list.
 */
export async function noteHeld(db: Db, input: { handlerId: string; caseId: string; at: string }): Promise<void> {
  await putItem(db, { Item: { ...keys.heldCase(input.handlerId, input.caseId), type: 'held-case', caseId: input.caseId, claimedAt: input.at } });
}

/** How long a released entry stays before TTL removes it: long enough for a late retry to find it. */
const keepReleasedForSeconds = 7 * 24 * 60 * 60;

/**
 * Marks the entry released, unless it was written by a claim after `at` (a release answered late
 * must not hide the same handler's newer claim).
 */
export async function noteReleased(db: Db, input: { handlerId: string; caseId: string; at: string }): Promise<boolean> {
  return updateIf(
    db,
    withCondition(
      { Key: keys.heldCase(input.handlerId, input.caseId), ...updateExpression({ set: { releasedAt: input.at, expiresAt: Math.floor(Date.parse(input.at) / 1000) + keepReleasedForSeconds } }) },
      'attribute_exists(pk) AND #c <= :at',
      { '#c': 'claimedAt' },
      { ':at': input.at },
    ),
  );
}

/**
 * A claim made before the entries existed (or one whose entry write was lost) gets its entry: written
 * only when the case is held and its handler has no entry newer than the claim. True when one was written.
 * `postmottak reconcile` calls it for every case it meets, so old claims are filled in once (the
 * scheduled reconcile in AWS reads the table only; there a claim retried on the case repairs its entry).
 */
export async function backfillHeld(db: Db, caseId: string): Promise<boolean> {
  const item = await getItem(db, keys.case(caseId), { consistent: true });
  if (!item) return false;
  const record = caseFromItem(item);
  if (!record.handlerId) return false;
  const claimedAt = typeof item.claimedAt === 'string' ? item.claimedAt : new Date(0).toISOString();
  return putIf(db, {
    Item: { ...keys.heldCase(record.handlerId, caseId), type: 'held-case', caseId, claimedAt },
    // No entry, or only one released before this claim was made.
    ConditionExpression: 'attribute_not_exists(pk) OR releasedAt <= :claimedAt',
    ExpressionAttributeValues: { ':claimedAt': claimedAt },
  });
}

/**
 * The cases noted as the handler's and not marked released, whoever holds them now: a release that
 * stopped after its case write leaves one here that is nobody's, for the next release to finish.
 */
export async function casesNotedFor(db: Db, handlerId: string): Promise<CaseRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'pk = :pk',
    FilterExpression: 'attribute_not_exists(releasedAt)',
    ExpressionAttributeValues: { ':pk': keys.heldPartition(handlerId) },
    // A claim answered a moment ago is in the list the handler opens next.
    ConsistentRead: true,
  });
  return [...(await getCases(db, items.map((i) => String(i.caseId)))).values()];
}

/** The cases the handler holds now, oldest received first. */
export async function casesHeldBy(db: Db, handlerId: string): Promise<CaseRecord[]> {
  return (await casesNotedFor(db, handlerId)).filter((c) => c.handlerId === handlerId).sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.caseNumber.localeCompare(b.caseNumber));
}
