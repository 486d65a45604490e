import type { CaseGivenUp } from '#domain/registry/case-given-up';
import { GIVEN_UP_NOARK_STATUS } from '#domain/registry/case-given-up';
import { getAll, queryAll, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { CASE_IS_OPEN, type CaseRecord } from './cases.ts';

/**
 * The write of a case given up (domain/registry/case-given-up.ts decides when): the case closed with
 * Noark saksstatus U and why, out of every queue and out of its handler's «Mine saker», with `givingUp`
 * (the handler whose claim it ended) until the giving up's last step is done (finishGivingUp). Only
 * while the case is open and still the version the rule was asked of: a document that joined meanwhile
 * bumped the version (updateJoinedCase), and the rule is asked again. False when the case changed.
 */
export async function giveUpCase(db: Db, input: { record: CaseRecord; givenUp: CaseGivenUp }): Promise<boolean> {
  const { record } = input;
  return updateIf(
    db,
    withCondition(
      {
        Key: keys.case(record.caseId),
        ...updateExpression({ set: { open: false, noarkStatus: GIVEN_UP_NOARK_STATUS, givenUp: input.givenUp, givingUp: { releasedFrom: record.handlerId }, version: record.version + 1 }, remove: ['qpk', 'qsk', 'qprio', 'handlerId', 'claimedAt'] }),
      },
      `attribute_exists(pk) AND ${CASE_IS_OPEN} AND #v = :v`,
      { '#o': 'open', '#v': 'version' },
      { ':open': true, ':v': record.version },
    ),
  );
}

/** The giving up's last step: every step before it is done, so a repeated act has nothing left to finish. */
export async function finishGivingUp(db: Db, caseId: string): Promise<void> {
  await updateIf(db, withCondition({ Key: keys.case(caseId), ...updateExpression({ remove: ['givingUp'] }) }, 'attribute_exists(pk)', {}, {}));
}

/** The documents on a case's journal with their type and outcome (a duplicate or forwarded mark), as the rule reads them. */
export async function documentsOnCase(db: Db, caseId: string): Promise<{ documentId: string; documentType: string | null; outcome: string | null }[]> {
  const lines = await queryAll(db, { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :doc)', ExpressionAttributeValues: { ':pk': keys.casePartition(caseId), ':doc': 'DOC#' }, ConsistentRead: true });
  const ids = lines.filter((l) => l.type === 'case-document').map((l) => l.documentId as string);
  const docs: Item[] = ids.length ? await getAll(db, ids.map((id) => keys.document(id)), { projection: ['documentId', 'documentType', 'outcome'] }) : [];
  return docs.map((d) => ({ documentId: d.documentId as string, documentType: (d.documentType as string | undefined) ?? null, outcome: (d.outcome as string | undefined) ?? null }));
}
