import type { CaseGivenUp } from '#domain/registry/case-given-up';
import { GIVEN_UP_NOARK_STATUS } from '#domain/registry/case-given-up';
import { getAll, queryAll, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { getCase, writeLookups, type CaseRecord } from './cases.ts';

/**
 * The writes of a case given up (domain/registry/case-given-up.ts decides when): the case closed with
 * Noark saksstatus U and why, out of every queue and out of its handler's «Mine saker»; its references
 * and national-id lookups marked closed, so no later mail links to it. Once: a case already closed is
 * left as it is (answers null). Answers the handler who held it (`releasedFrom`), whose claim the giving up ends.
 */
export async function giveUpCase(db: Db, input: { caseId: string; givenUp: CaseGivenUp }): Promise<{ record: CaseRecord; releasedFrom: string | null } | null> {
  const heldBy = (await getCase(db, input.caseId))?.handlerId ?? null;
  const written = await updateIf(
    db,
    withCondition(
      { Key: keys.case(input.caseId), ...updateExpression({ set: { open: false, noarkStatus: GIVEN_UP_NOARK_STATUS, givenUp: input.givenUp }, remove: ['qpk', 'qsk', 'qprio', 'handlerId', 'claimedAt'] }) },
      'attribute_exists(pk) AND (attribute_not_exists(#o) OR #o = :open)',
      { '#o': 'open' },
      { ':open': true },
    ),
  );
  if (!written) return null;
  const record = await getCase(db, input.caseId);
  if (!record) return null;
  await writeLookups(db, record);
  return { record, releasedFrom: heldBy };
}

/** The documents on a case's journal with their type and outcome (a duplicate or forwarded mark), as the rule reads them. */
export async function documentsOnCase(db: Db, caseId: string): Promise<{ documentId: string; documentType: string | null; outcome: string | null }[]> {
  const lines = await queryAll(db, { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :doc)', ExpressionAttributeValues: { ':pk': keys.casePartition(caseId), ':doc': 'DOC#' }, ConsistentRead: true });
  const ids = lines.filter((l) => l.type === 'case-document').map((l) => l.documentId as string);
  const docs: Item[] = ids.length ? await getAll(db, ids.map((id) => keys.document(id)), { projection: ['documentId', 'documentType', 'outcome'] }) : [];
  return docs.map((d) => ({ documentId: d.documentId as string, documentType: (d.documentType as string | undefined) ?? null, outcome: (d.outcome as string | undefined) ?? null }));
}
