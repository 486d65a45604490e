import { getAll, queryAll, updateExpression, updateIf, withCondition, type Db } from './db.ts';
import { keys } from './keys.ts';

/**
 * New mail on a case waits in the queue of whoever works the case (SPEC.md "Routing"): handler/{id}
 * while a handler holds it, unit-mail/{area} while nobody does. A claim or a release changes who
 * that is, so the case's waiting mail moves with it. Each document moves by a conditional write on
 * the queue it was seen in: a document read (acknowledged) or moved meanwhile is left alone, and a
 * second run moves nothing (idempotent).
 */
export async function moveCaseMail(db: Db, input: { caseId: string; from: (queue: string) => boolean; to: string }): Promise<string[]> {
  const journal = await queryAll(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :doc)',
    ExpressionAttributeValues: { ':pk': keys.casePartition(input.caseId), ':doc': 'DOC#' },
    ProjectionExpression: 'documentId',
    ConsistentRead: true,
  });
  if (!journal.length) return [];
  const documents = await getAll(db, journal.map((d) => keys.document(String(d.documentId))), { projection: ['documentId', 'qpk', 'caseId'], consistent: true });
  const waiting = documents.filter((d) => typeof d.qpk === 'string' && d.caseId === input.caseId && d.qpk !== input.to && input.from(d.qpk));
  const moved = await Promise.all(
    waiting.map(async (d) => {
      const documentId = String(d.documentId);
      const written = await updateIf(
        db,
        // qsk stays: the mail keeps its place (received date first) in the queue it moves to.
        withCondition({ Key: keys.document(documentId), ...updateExpression({ set: { qpk: input.to, queue: input.to } }) }, '#q = :seen AND #c = :case', { '#q': 'qpk', '#c': 'caseId' }, { ':seen': d.qpk, ':case': input.caseId }),
      );
      return written ? documentId : null;
    }),
  );
  return moved.filter((id): id is string => id !== null);
}
