import { describe, expect, it } from 'vitest';
import { DecisionError } from '#domain/errors';
import { getItem, type Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { dynamoDocuments } from '../../functions/commons/store/repositories.ts';
import { recordDecision } from '../../functions/commons/store/service.ts';
import { reviewItemOf } from '../../stages/decide.ts';
import { reviewStage } from '../../stages/review.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { classification, depsFor, stateFor } from './fixtures.ts';

/**
 * QA s11 (ABA): archivist A reads a document in review; B decides it; B's execution sends it back to
 * review (Review writes it anew, without the decision, with a new queuedAt). A's decision, made on what
 * A read before the document went round, must be refused, not kept as if A had seen the new stay.
 */
describe('a decision on a document that went round the queue since it was read', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  const state = stateFor(classification({ area: 'dental' }));
  const link = { review: true, reason: 'Type unsure', caseId: null, matchedBy: null, classification: state.classification };

  it("is refused; a decision on the new stay's read is kept", async () => {
    const first = await reviewStage({ ...state, link }, depsFor(db, new Date('2025-03-20T09:00:00Z')));
    const readByA = reviewItemOf(await dynamoDocuments(db).get(first.documentId));
    expect(readByA?.queuedAt).toBe('2025-03-20T09:00:00.000Z');

    const resumedByB = await recordDecision(db, { documentId: first.documentId, archivist: 'arkivar-b', area: 'dental', decidedAt: '2025-03-20T10:00:00.000Z' });
    // B's execution ends in review again: Review, resumed from B's decision, queues it anew.
    expect(await reviewStage({ ...resumedByB, link }, depsFor(db, new Date('2025-03-20T10:05:00Z')))).toMatchObject({ status: 'review' });
    expect(await getItem(db, keys.document(first.documentId), { consistent: true })).toMatchObject({ status: 'review', queuedAt: '2025-03-20T10:05:00.000Z' });

    await expect(recordDecision(db, { documentId: first.documentId, archivist: 'arkivar-a', area: 'dental', decidedAt: '2025-03-20T10:10:00.000Z' }, readByA)).rejects.toThrow(DecisionError);
    const stored = await getItem(db, keys.document(first.documentId), { consistent: true });
    expect(stored?.decidedAt).toBeUndefined();

    const readAgain = reviewItemOf(await dynamoDocuments(db).get(first.documentId));
    await recordDecision(db, { documentId: first.documentId, archivist: 'arkivar-a', area: 'dental', decidedAt: '2025-03-20T10:15:00.000Z' }, readAgain);
    expect(await getItem(db, keys.document(first.documentId), { consistent: true })).toMatchObject({ decidedAt: '2025-03-20T10:15:00.000Z', decision: { archivist: 'arkivar-a' } });
  });
});
