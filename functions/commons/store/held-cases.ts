import { putItem, queryAll, type Db } from './db.ts';
import { getCases, type CaseRecord } from './cases.ts';
import { keys } from './keys.ts';

/**
 * The cases a handler holds («Mine saker»): a claimed case leaves every queue index, so each claim
 * writes a small item under the handler (HELD#{handler} / CASE#{caseId}) and a release marks it
 * released (nothing in postmottak deletes an item, and no function may: infra's useTable); reading is
 * one Query of that partition, never a Scan. The case item stays the truth: an entry whose case has
 * since gone to someone else is left out on reading.
 */
export async function noteHeld(db: Db, input: { handlerId: string; caseId: string; at: string }): Promise<void> {
  await putItem(db, { Item: { ...keys.heldCase(input.handlerId, input.caseId), caseId: input.caseId, claimedAt: input.at } });
}

export async function noteReleased(db: Db, input: { handlerId: string; caseId: string; at: string }): Promise<void> {
  await putItem(db, { Item: { ...keys.heldCase(input.handlerId, input.caseId), caseId: input.caseId, releasedAt: input.at } });
}

/** The cases the handler holds now, oldest received first. */
export async function casesHeldBy(db: Db, handlerId: string): Promise<CaseRecord[]> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', FilterExpression: 'attribute_not_exists(releasedAt)', ExpressionAttributeValues: { ':pk': keys.heldPartition(handlerId) } });
  const cases = await getCases(db, items.map((i) => String(i.caseId)));
  return [...cases.values()].filter((c) => c.handlerId === handlerId).sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.caseNumber.localeCompare(b.caseNumber));
}
