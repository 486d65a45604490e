import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { putItem, queryAll, type Db } from './db.ts';
import { getCases, type CaseRecord } from './cases.ts';

/**
 * The cases a handler holds («Mine saker»): a claimed case leaves every queue index, so each claim
 * leaves a small item under the handler (HELD#{handler} / CASE#{caseId}) and a release takes it away;
 * reading is one Query of that partition, never a Scan. The case item stays the truth: an entry whose
 * case has since gone to someone else is left out on reading.
 */
const heldKey = (handlerId: string, caseId: string) => ({ pk: `HELD#${handlerId}`, sk: `CASE#${caseId}` });

export async function noteHeld(db: Db, input: { handlerId: string; caseId: string; at: string }): Promise<void> {
  await putItem(db, { Item: { ...heldKey(input.handlerId, input.caseId), caseId: input.caseId, claimedAt: input.at } });
}

export async function noteReleased(db: Db, input: { handlerId: string; caseId: string }): Promise<void> {
  await db.client.send(new DeleteCommand({ TableName: db.table, Key: heldKey(input.handlerId, input.caseId) }));
}

/** The cases the handler holds now, oldest received first. */
export async function casesHeldBy(db: Db, handlerId: string): Promise<CaseRecord[]> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `HELD#${handlerId}` } });
  const cases = await getCases(db, items.map((i) => String(i.caseId)));
  return [...cases.values()].filter((c) => c.handlerId === handlerId).sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.caseNumber.localeCompare(b.caseNumber));
}
