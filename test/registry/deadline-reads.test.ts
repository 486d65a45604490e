import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { metered } from '../support/metered-db.ts';
import { changeDeadlines, getDeadlines } from '../../functions/commons/store/deadlines.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Issue 14: a document that opens, closes and meets no deadline (a declaration joining its appeal's
 * case) reads no deadline item, while a change that does something still reads, writes under the
 * version check and answers what it did.
 */
describe('deadline changes that change nothing', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  it('costs no request and leaves the book as it was', async () => {
    await changeDeadlines(db, { caseId: '2025-00001', area: 'dental', fresh: true, change: { open: [{ kind: 'case_processing', due: '2025-09-20' }], openedBy: 'doc-a', openedOn: '2025-03-20', close: [] } });
    const before = await getDeadlines(db, '2025-00001');
    const { db: counted, meter } = metered(db);
    const result = await changeDeadlines(counted, { caseId: '2025-00001', area: 'dental', fresh: false, change: { open: [], openedBy: 'doc-b', openedOn: '2025-03-21', close: [], meet: [] } });
    expect(result).toEqual({ opened: [], closed: [] });
    expect(meter.requests).toBe(0);
    expect(await getDeadlines(db, '2025-00001')).toEqual(before);
  });

  it('still reads and closes when the change closes a kind, and a re-run closes nothing twice', async () => {
    await changeDeadlines(db, { caseId: '2025-00002', area: 'dental', fresh: true, change: { open: [{ kind: 'medical_declaration', due: '2025-04-20' }], openedBy: 'doc-c', openedOn: '2025-03-20', close: [] } });
    const { db: counted, meter } = metered(db);
    const change = { open: [], openedBy: 'doc-d', openedOn: '2025-03-22', close: ['medical_declaration' as const] };
    const first = await changeDeadlines(counted, { caseId: '2025-00002', area: 'dental', fresh: false, change });
    expect(meter.requests).toBe(2);
    expect(first.closed.map((d) => [d.kind, d.openedBy, d.closedBy])).toEqual([['medical_declaration', 'doc-c', 'doc-d']]);
    const again = await changeDeadlines(db, { caseId: '2025-00002', area: 'dental', fresh: false, change });
    expect(again.closed.map((d) => d.closedBy)).toEqual(['doc-d']);
    const book = await getDeadlines(db, '2025-00002');
    expect(book?.version).toBe(2);
    expect(Object.values(book!.book).map((d) => d.status)).toEqual(['closed']);
  });
});
