import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { DeadlineBook } from '#domain/registry/deadline-book';
import { prioritySortKey, priorities } from '#domain/registry/routing';
import { getItem, putIf, putItem, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { deadlineItem, getDeadlines, type DeadlineRecord } from './deadlines.ts';

/**
 * The writes of an archivist's correction after the fact (service/operations/corrections.ts decides
 * what they are): a case's deadline book rewritten under its version check, the document and its
 * journal line changed or moved to another case, a case's area and queue place changed.
 */

/**
 * Rewrites a case's deadline book with `change`, retried while another writer moves the version on.
 * Answers the record written and the book it replaced (`previous`), so the caller can tell the feed what changed.
 */
export async function rewriteDeadlineBook(db: Db, input: { caseId: string; area: string; change: (book: DeadlineBook) => DeadlineBook }): Promise<DeadlineRecord & { previous: DeadlineBook }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const current = await getDeadlines(db, input.caseId);
    const next: DeadlineRecord = { caseId: input.caseId, area: input.area, book: input.change(current?.book ?? {}), version: (current?.version ?? 0) + 1 };
    const written = await putIf(db, {
      Item: deadlineItem(next),
      ConditionExpression: current ? '#v = :v' : 'attribute_not_exists(pk)',
      ...(current ? { ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': current.version } } : {}),
    });
    if (written) return { ...next, previous: current?.book ?? {} };
    await new Promise((resolve) => setTimeout(resolve, Math.random() * (5 + attempt * 5)));
  }
  throw Object.assign(new Error(`deadlines of case ${input.caseId} kept changing under this correction`), { name: 'TransientError' });
}

/** Changes a routed document's attributes, only while it is still the routed document the correction read (its version of the facts). */
export async function updateRoutedDocument(db: Db, documentId: string, change: { set: Item; remove?: string[] }, expectedCaseId: string): Promise<boolean> {
  return updateIf(
    db,
    withCondition(
      { Key: keys.document(documentId), ...updateExpression({ set: change.set, ...(change.remove?.length ? { remove: change.remove } : {}) }) },
      '#st = :routed AND #c = :case',
      { '#st': 'status', '#c': 'caseId' },
      { ':routed': 'routed', ':case': expectedCaseId },
    ),
  );
}

/**
 * The document's line in a case's journal: changed in place, or moved from one case to another. The
 * type it was first registered with is kept on the line (`registeredDocumentType`), so the journal's
 * «Sak opprettet»/«Dokument journalført» line stays what happened then. Answers the line as it was.
 */
export async function moveJournalLine(db: Db, input: { documentId: string; fromCaseId: string; toCaseId: string; set: Item }): Promise<Item | null> {
  const line = await getItem(db, keys.caseDocument(input.fromCaseId, input.documentId), { consistent: true });
  const registeredDocumentType = line?.registeredDocumentType ?? line?.documentType;
  const next = { ...(line ?? { type: 'case-document', documentId: input.documentId }), ...(registeredDocumentType ? { registeredDocumentType } : {}), ...input.set, ...keys.caseDocument(input.toCaseId, input.documentId), caseId: input.toCaseId };
  await putItem(db, { Item: next });
  if (input.fromCaseId !== input.toCaseId) await db.client.send(new DeleteCommand({ TableName: db.table, Key: keys.caseDocument(input.fromCaseId, input.documentId) }));
  return line ?? null;
}

/**
 * A case's area, archive code, keywords and received date as corrected, and its status, title and
 * priority when a type correction changes them; its place in unassigned/{area} (oldest and priority
 * order) moves with the area and the priority while it waits there.
 */
export async function updateCaseFacts(
  db: Db,
  input: { caseId: string; area: string; archiveCode: string; keywords: string[]; receivedDate: string; queueSortKey: string | null; heading?: { title: string; status: string; priority: number } | undefined },
): Promise<void> {
  const item = await getItem(db, keys.case(input.caseId), { consistent: true });
  const set: Item = { area: input.area, archiveCode: input.archiveCode, receivedDate: input.receivedDate };
  const remove: string[] = [];
  if (input.keywords.length) set.keywords = new Set(input.keywords);
  else remove.push('keywords');
  if (input.heading) Object.assign(set, { title: input.heading.title, status: input.heading.status, priority: input.heading.priority });
  const queue = item?.qpk as string | undefined;
  if (queue?.startsWith('unassigned/')) {
    set.qpk = `unassigned/${input.area}`;
    if (input.queueSortKey) set.qsk = input.queueSortKey;
    if (input.heading) {
      // Only raised cases sit in the priority index (store/queues.ts): a case lowered to normal leaves it.
      if (input.heading.priority > priorities.normal) set.qprio = prioritySortKey(input.heading.priority, input.receivedDate, item?.caseNumber as string);
      else remove.push('qprio');
    }
  }
  await updateIf(db, withCondition({ Key: keys.case(input.caseId), ...updateExpression({ set, ...(remove.length ? { remove } : {}) }) }, 'attribute_exists(pk)'));
}
