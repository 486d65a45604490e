import { describe, expect, it } from 'vitest';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ArchivistDecision } from '#schemas/pipeline';
import type { PostmottakEvent } from '#schemas/events';
import { getItem, updateItem, updateExpression, type Db } from '../../functions/commons/store/db.ts';
import { recordReview } from '../../functions/commons/store/documents.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { dynamoDocuments } from '../../functions/commons/store/repositories.ts';
import type { DocumentStatus } from '../../stages/records.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { ID_A } from '../support/national-ids.ts';
import { recordDecision } from '../../functions/commons/store/service.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import { reviewStage } from '../../stages/review.ts';
import { classification, depsFor, reviewResult, stateFor } from './fixtures.ts';

/**
 * An archivist's decision, or a duplicate/forwarded outcome, is kept on a record whose status stays
 * 'review'. A Review or RecordFailure run again (its answer lost, or a timeout and then Step Functions'
 * backoff) must not put the full review record back over it: that deleted the decision or outcome and
 * put the document back in the review queue. Only the execution the decision started may replace it.
 */
describe('a retried review write over a decided document', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  const result = reviewResult;
  const review = (on: Db, documentId: string, options: { queuedAt: string; overwrite: DocumentStatus[]; decidedAt?: string; failure?: boolean }) =>
    recordReview(on, {
      result: result(documentId),
      receivedDate: '2025-03-20',
      resume: { intake: { bucket: 'b', key: `incoming/${documentId}`, etag: 'e', receivedDate: '2025-03-20', postmarkDate: null }, fileName: 'brev.pdf' },
      queuedAt: options.queuedAt,
      overwrite: options.overwrite,
      decidedAt: options.decidedAt ?? null,
      ...(options.failure ? { failure: { stage: 'Link', error: 'States.Timeout' } } : {}),
    });
  const decision = (documentId: string, decidedAt: string): ArchivistDecision => ({ documentId, archivist: 'arkivar-1', area: 'dental', decidedAt });
  const stored = (documentId: string) => getItem(db, keys.document(documentId), { consistent: true });

  it("a retried Review keeps the archivist's decision and leaves the first queue time", async () => {
    const documentId = 'doc-decided-retried-0000001';
    expect(await review(db, documentId, { queuedAt: '2025-03-20T10:00:00.000Z', overwrite: ['review'] })).toBeNull();
    expect(await dynamoDocuments(db).recordDecision(decision(documentId, '2025-03-20T11:00:00.000Z'))).toBe(true);
    expect(await review(db, documentId, { queuedAt: '2025-03-20T12:00:00.000Z', overwrite: ['review'] })).toMatchObject({ status: 'review', decision: { archivist: 'arkivar-1' } });
    expect(await stored(documentId)).toMatchObject({ decidedAt: '2025-03-20T11:00:00.000Z', decision: { area: 'dental' }, queuedAt: '2025-03-20T10:00:00.000Z' });
  });

  it('a refused write answers the stored record with its national ids opened, as a read does', async () => {
    const documentId = 'doc-decided-opened-0000001';
    const fields = { nationalIds: [ID_A], caseReferences: [], decisionDate: null, decisionReceivedDate: null };
    expect(await recordReview(db, { result: { ...result(documentId), fields }, receivedDate: '2025-03-20', resume: { intake: { bucket: 'b', key: `incoming/${documentId}`, etag: 'e', receivedDate: '2025-03-20', postmarkDate: null }, fileName: 'brev.pdf' }, queuedAt: '2025-03-20T10:00:00.000Z', overwrite: ['review'] })).toBeNull();
    expect(await dynamoDocuments(db).recordDecision(decision(documentId, '2025-03-20T11:00:00.000Z'))).toBe(true);
    const answer = await recordReview(db, { result: { ...result(documentId), fields }, receivedDate: '2025-03-20', resume: { intake: { bucket: 'b', key: `incoming/${documentId}`, etag: 'e', receivedDate: '2025-03-20', postmarkDate: null }, fileName: 'brev.pdf' }, queuedAt: '2025-03-20T12:00:00.000Z', overwrite: ['review'] });
    expect(answer?.result?.fields).toMatchObject({ nationalIds: [ID_A] });
  });

  it('a retried RecordFailure keeps a duplicate outcome, and the document stays out of the review queue', async () => {
    const documentId = 'doc-outcome-retried-000001';
    expect(await review(db, documentId, { queuedAt: '2025-03-20T10:00:00.000Z', overwrite: ['review'] })).toBeNull();
    // The outcome as service/operations/corrections.ts writes it on a document in review.
    const at = '2025-03-20T11:00:00.000Z';
    const set = { outcome: 'duplicate', duplicateOf: 'doc-first-00000000000000001', outcomeBy: 'arkivar-1', outcomeAt: at, decision: { documentId, archivist: 'arkivar-1', decidedAt: at, outcome: 'duplicate' }, decidedAt: at };
    await updateItem(db, { Key: keys.document(documentId), ...updateExpression({ set, remove: ['qpk', 'qsk'] }) });
    expect(await review(db, documentId, { queuedAt: '2025-03-20T12:00:00.000Z', overwrite: ['review', 'registered'], failure: true })).toMatchObject({ status: 'review' });
    const item = await stored(documentId);
    expect(item).toMatchObject({ outcome: 'duplicate', duplicateOf: 'doc-first-00000000000000001', decidedAt: at });
    expect(item?.qpk).toBeUndefined();
    expect(item?.failure).toBeUndefined();
  });

  it('the execution the decision started sends the document back to review, without the decision', async () => {
    const documentId = 'doc-decided-resumed-000001';
    expect(await review(db, documentId, { queuedAt: '2025-03-20T10:00:00.000Z', overwrite: ['review'] })).toBeNull();
    expect(await dynamoDocuments(db).recordDecision(decision(documentId, '2025-03-20T11:00:00.000Z'))).toBe(true);
    expect(await review(db, documentId, { queuedAt: '2025-03-20T12:00:00.000Z', overwrite: ['review'], decidedAt: '2025-03-20T11:00:00.000Z' })).toBeNull();
    const item = await stored(documentId);
    expect(item).toMatchObject({ status: 'review', qpk: 'review', queuedAt: '2025-03-20T12:00:00.000Z' });
    expect(item?.decision).toBeUndefined();
    expect(item?.decidedAt).toBeUndefined();
    // Decided again, the first decision's execution retried: the second decision is not its own.
    expect(await dynamoDocuments(db).recordDecision(decision(documentId, '2025-03-20T13:00:00.000Z'))).toBe(true);
    expect(await review(db, documentId, { queuedAt: '2025-03-20T14:00:00.000Z', overwrite: ['review'], decidedAt: '2025-03-20T11:00:00.000Z' })).not.toBeNull();
    expect(await stored(documentId)).toMatchObject({ decidedAt: '2025-03-20T13:00:00.000Z', queuedAt: '2025-03-20T12:00:00.000Z' });
  });

  it('a decision recorded between the read and the put is kept too (the put carries the condition)', async () => {
    const documentId = 'doc-decided-meanwhile-0001';
    expect(await review(db, documentId, { queuedAt: '2025-03-20T10:00:00.000Z', overwrite: ['review'] })).toBeNull();
    let decided = false;
    const client = {
      send: async (command: unknown) => {
        const out = await (db.client.send as (c: unknown) => Promise<unknown>)(command);
        if (command instanceof GetCommand && !decided) {
          decided = true;
          await dynamoDocuments(db).recordDecision(decision(documentId, '2025-03-20T11:00:00.000Z'));
        }
        return out;
      },
    } as unknown as DynamoDBDocumentClient;
    const racing: Db = { ...db, client };
    expect(await review(racing, documentId, { queuedAt: '2025-03-20T12:00:00.000Z', overwrite: ['review'] })).toMatchObject({ decision: { archivist: 'arkivar-1' } });
    expect(decided).toBe(true);
    expect(await stored(documentId)).toMatchObject({ decidedAt: '2025-03-20T11:00:00.000Z', queuedAt: '2025-03-20T10:00:00.000Z' });
  });

  it('Review and RecordFailure pass the decision their execution resumed from, and only that one replaces it', async () => {
    const deps = depsFor(db);
    const state = stateFor(classification({ area: 'dental' }));
    const link = { review: true, reason: 'Type unsure', caseId: null, matchedBy: null, classification: state.classification };
    const first = await reviewStage({ ...state, link }, deps);
    const resumed = await recordDecision(db, { documentId: first.documentId, archivist: 'arkivar-1', area: 'dental', decidedAt: '2025-03-20T11:00:00.000Z' });
    // The first execution's Review, and then its RecordFailure, run again: the decision stays.
    await reviewStage({ ...state, link }, deps);
    await recordFailureStage({ ...state, link, failure: { Error: 'States.Timeout' } }, deps);
    expect(await stored(first.documentId)).toMatchObject({ decidedAt: '2025-03-20T11:00:00.000Z' });
    // The execution the decision started fails: its RecordFailure sends the document back to review.
    expect(await recordFailureStage({ ...resumed, link, failure: { Error: 'States.Timeout' } }, deps)).toMatchObject({ status: 'review' });
    const item = await stored(first.documentId);
    expect(item).toMatchObject({ status: 'review', qpk: 'review', failure: { error: 'States.Timeout' } });
    expect(item?.decidedAt).toBeUndefined();
  });
  it('a retried Review or RecordFailure refused for the decision announces nothing; the decided execution\'s does', async () => {
    // QA s10 fix review: the refused retry still published DocumentInReview, as if the document went back.
    const published: PostmottakEvent[] = [];
    const deps = { ...depsFor(db), events: { publish: async (events: readonly PostmottakEvent[]) => void published.push(...events) } };
    const state = stateFor(classification({ area: 'dental' }));
    const link = { review: true, reason: 'Type unsure', caseId: null, matchedBy: null, classification: state.classification };
    const first = await reviewStage({ ...state, link }, deps);
    expect(published.map((e) => e.type)).toEqual(['DocumentInReview']);
    const resumed = await recordDecision(db, { documentId: first.documentId, archivist: 'arkivar-1', area: 'dental', decidedAt: '2025-03-20T11:00:00.000Z' });
    published.length = 0;
    await reviewStage({ ...state, link }, deps);
    await recordFailureStage({ ...state, link, failure: { Error: 'States.Timeout' } }, deps);
    expect(published).toEqual([]);
    // The execution the decision started fails: the document is back in review, and that is announced.
    await recordFailureStage({ ...resumed, link, failure: { Error: 'States.Timeout' } }, deps);
    expect(published.map((e) => e.type)).toEqual(['DocumentInReview']);
  });
});
