import { describe, expect, it } from 'vitest';
import { getItem, updateExpression, updateItem, type Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { claimNewCase } from '../../functions/commons/store/case-claims.ts';
import { classification, depsFor, personId, runPipeline, stateFor } from './fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/** The claims Register takes before a new case takes a number (issue 14 item 4), one writer at a time. */
describe('claims of a new case', () => {
  let db: Db;
  const shortWait = { attempts: 3, maxPauseMs: 1 };
  const claim = (documentId: string, references: string[], extra: { nationalIdHashes?: string[]; decisionDate?: string | null } = {}) =>
    claimNewCase(db, { documentId, references, nationalIdHashes: extra.nationalIdHashes ?? [], decisionDate: extra.decisionDate ?? null, claimedAt: '2025-03-20T09:00:00Z' }, shortWait);

  withFreshTable((fresh) => {
    db = fresh;
  });

  it('are the first claimant\'s, again on its re-run; a second claimant waits while the first has no case yet', async () => {
    expect(await claim('doc-first', ['25/7001'], { nationalIdHashes: ['h1'], decisionDate: '2025-02-01' })).toEqual({ caseId: null });
    expect(await claim('doc-first', ['25/7001'], { nationalIdHashes: ['h1'], decisionDate: '2025-02-01' })).toEqual({ caseId: null });
    await expect(claim('doc-second', ['25/7001'])).rejects.toMatchObject({ name: 'TransientError' });
    await expect(claim('doc-third', [], { nationalIdHashes: ['h1'], decisionDate: '2025-02-01' })).rejects.toMatchObject({ name: 'TransientError' });
    // Another decision date of the same person is another decision.
    expect(await claim('doc-fourth', [], { nationalIdHashes: ['h1'], decisionDate: '2025-02-15' })).toEqual({ caseId: null });
  });

  it('send a later claimant to the case the claimant opened, and let it open a new one once that case is closed', async () => {
    const first = await runPipeline(stateFor(classification({ fields: { nationalIds: [personId(41)], caseReferences: ['25/7002'] } })), depsFor(db));
    expect(first.result.status).toBe('routed');
    const caseId = first.result.caseId!;
    expect((await getItem(db, keys.referenceClaim('25/7002')))?.documentId).toBe(first.result.documentId);
    expect(await claim('doc-later', ['25/7002'])).toEqual({ caseId });

    await updateItem(db, { Key: keys.case(caseId), ...updateExpression({ set: { open: false } }) });
    expect(await claim('doc-after-closing', ['25/7002'])).toEqual({ caseId: null });
    expect((await getItem(db, keys.referenceClaim('25/7002')))?.documentId).toBe('doc-after-closing');
  });
});
