import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { CapacityMeter, getItem, updateItem, updateExpression, type Db } from '../../functions/commons/store/db.ts';
import { getDocument, recordReview } from '../../functions/commons/store/documents.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { localKeyWrapper, type KeyWrapper } from '../../functions/commons/crypto/national-id-vault.ts';
import type { SealingDb } from '../../functions/commons/store/sealed-national-ids.ts';
import { ID_A } from '../support/national-ids.ts';
import type { DocumentStatus } from '../../stages/records.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { reviewResult } from './fixtures.ts';

/**
 * Issue 14: a document's review record is written with one request when nothing is stored for it yet,
 * and the guarantees of the read it no longer makes first still hold when something is: a case number
 * taken before a failure is kept, and an outcome the write may not replace is not replaced.
 */
describe('the review record', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  const result = reviewResult;
  const review = (on: Db, documentId: string, overwrite: DocumentStatus[] = [], queuedAt = '2025-03-20T10:00:00.000Z', fields: ProcessResult['fields'] = null) =>
    recordReview(on, { result: { ...result(documentId), fields }, receivedDate: '2025-03-20', resume: { intake: { bucket: 'b', key: `incoming/${documentId}`, etag: 'e', receivedDate: '2025-03-20', postmarkDate: null }, fileName: 'brev.pdf' }, queuedAt, overwrite });

  it('is one request for a document with nothing stored, and lands in the review queue', async () => {
    const meter = new CapacityMeter();
    expect(await review({ ...db, meter }, 'doc-review-fresh-000000001')).toBeNull();
    expect(meter.requests).toBe(1);
    const stored = await getItem(db, keys.document('doc-review-fresh-000000001'), { consistent: true });
    expect(stored).toMatchObject({ status: 'review', qpk: 'review', journalStatus: 'M' });
  });

  it('keeps the case number a document took before it failed', async () => {
    const documentId = 'doc-review-mapped-00000001';
    await updateItem(db, { Key: keys.document(documentId), ...updateExpression({ set: { documentId, caseId: '2025-00042', caseNumber: '25/00042', createdCase: true } }) });
    expect(await review(db, documentId)).toBeNull();
    expect(await getDocument(db, documentId)).toMatchObject({ status: 'review', caseId: '2025-00042', caseNumber: '25/00042', createdCase: true });
  });

  it('answers the stored outcome it may not replace, and leaves it', async () => {
    const documentId = 'doc-review-routed-00000001';
    await updateItem(db, { Key: keys.document(documentId), ...updateExpression({ set: { documentId, status: 'routed', queue: 'unassigned/dental', caseId: '2025-00043' } }) });
    expect(await review(db, documentId)).toMatchObject({ status: 'routed', caseId: '2025-00043' });
    expect(await getDocument(db, documentId)).toMatchObject({ status: 'routed', queue: 'unassigned/dental' });
    // A status the write may replace (record-failure over a registered document) is replaced, its mapping kept.
    const registered = 'doc-review-registered-0001';
    await updateItem(db, { Key: keys.document(registered), ...updateExpression({ set: { documentId: registered, status: 'registered', caseId: '2025-00044', caseNumber: '25/00044', createdCase: false } }) });
    expect(await review(db, registered, ['registered'])).toBeNull();
    expect(await getDocument(db, registered)).toMatchObject({ status: 'review', caseId: '2025-00044' });
  });

  it('a retried Review over its own review record re-queues it: a refused put, a read, a put', async () => {
    const documentId = 'doc-review-retried-0000001';
    expect(await review(db, documentId, ['review'])).toBeNull();
    const meter = new CapacityMeter();
    expect(await review({ ...db, meter }, documentId, ['review'], '2025-03-20T12:00:00.000Z')).toBeNull();
    expect(meter.requests).toBe(3);
    const stored = await getItem(db, keys.document(documentId), { consistent: true });
    expect(stored).toMatchObject({ status: 'review', qpk: 'review', queuedAt: '2025-03-20T12:00:00.000Z' });
    expect(stored?.qsk).toContain('2025-03-20T12:00:00.000Z');
  });

  it('seals the national ids once when an item is there (one data key, a KMS GenerateDataKey in AWS)', async () => {
    const documentId = 'doc-review-sealed-once-001';
    let dataKeys = 0;
    const local = localKeyWrapper(Buffer.alloc(32, 5));
    const counting: KeyWrapper = {
      newDataKey: () => {
        dataKeys += 1;
        return local.newDataKey();
      },
      unwrap: (wrapped) => local.unwrap(wrapped),
    };
    const sealing: SealingDb = { ...db, nationalIdSealing: { wrapper: () => counting, hashKey: async () => 'test-key-for-national-id-hashes-0123456789' } };
    const fields = { nationalIds: [ID_A], caseReferences: [], decisionDate: null, decisionReceivedDate: null };
    expect(await review(sealing, documentId, ['review'], undefined, fields)).toBeNull();
    dataKeys = 0;
    expect(await review(sealing, documentId, ['review'], '2025-03-20T12:00:00.000Z', fields)).toBeNull();
    expect(dataKeys).toBe(1);
    expect((await getDocument(sealing, documentId))?.item.fields).toMatchObject({ nationalIds: [ID_A] });
  });
});
