import { describe, expect, it } from 'vitest';
import { putItem, type Db } from '../../functions/commons/store/db.ts';
import { metered } from '../support/metered-db.ts';
import { getCaseWith } from '../../functions/commons/store/cases.ts';
import { changeDeadlines, getDeadlines } from '../../functions/commons/store/deadlines.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Issue #14 item 5: Deadlines and WriteLetters read the case (their guard) and the item they change next
 * (the deadline book, the parties) in one BatchGetItem, and the change takes that as its first read. The
 * read is older by the time the change writes than a read of its own would be, so a write by another
 * document in between must fail the change's version condition and be read again, never be overwritten.
 */
describe('the case read with the item a step changes next', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });
  const openCase = (caseId: string) => putItem(db, { Item: { ...keys.case(caseId), type: 'case', caseId, caseNumber: caseId.replace('-', '/'), area: 'dental', open: true, version: 1 } });

  it('costs one request for both, and the change then writes without reading again', async () => {
    await openCase('2025-00011');
    await changeDeadlines(db, { caseId: '2025-00011', area: 'dental', fresh: true, change: { open: [{ kind: 'medical_declaration', due: '2025-04-20' }], openedBy: 'doc-a', openedOn: '2025-03-20', close: [] } });
    const { db: counted, meter } = metered(db);
    const { record, beside } = await getCaseWith(counted, '2025-00011', 'deadlines');
    expect(record).toMatchObject({ caseId: '2025-00011', open: true });
    expect(meter.requests).toBe(1);
    const change = await changeDeadlines(counted, { caseId: '2025-00011', area: 'dental', fresh: false, change: { open: [], openedBy: 'doc-b', openedOn: '2025-03-22', close: ['medical_declaration'] }, asRead: beside });
    expect(change.closed.map((d) => [d.kind, d.closedBy])).toEqual([['medical_declaration', 'doc-b']]);
    expect(meter.requests).toBe(2);
  });

  it('a book another document wrote after the read is read again: both changes stand', async () => {
    await openCase('2025-00012');
    await changeDeadlines(db, { caseId: '2025-00012', area: 'dental', fresh: true, change: { open: [{ kind: 'medical_declaration', due: '2025-04-20' }], openedBy: 'doc-a', openedOn: '2025-03-20', close: [] } });
    const { beside } = await getCaseWith(db, '2025-00012', 'deadlines');
    // Another document closes the declaration deadline between the read and this document's change.
    await changeDeadlines(db, { caseId: '2025-00012', area: 'dental', fresh: false, change: { open: [], openedBy: 'doc-x', openedOn: '2025-03-21', close: ['medical_declaration'] } });
    await changeDeadlines(db, { caseId: '2025-00012', area: 'dental', fresh: false, change: { open: [{ kind: 'case_processing', due: '2025-09-20' }], openedBy: 'doc-b', openedOn: '2025-03-22', close: [] }, asRead: beside });
    const book = await getDeadlines(db, '2025-00012');
    expect(book?.version).toBe(3);
    const entries = Object.values(book!.book).map((d) => [d.kind, d.status, d.closedBy ?? null]);
    expect(entries).toEqual(expect.arrayContaining([['medical_declaration', 'closed', 'doc-x'], ['case_processing', 'open', null]]));
  });

  it('a book first written after a read that found none is read again, not overwritten', async () => {
    await openCase('2025-00013');
    const { beside } = await getCaseWith(db, '2025-00013', 'deadlines');
    expect(beside.item).toBeNull();
    await changeDeadlines(db, { caseId: '2025-00013', area: 'dental', fresh: false, change: { open: [{ kind: 'medical_declaration', due: '2025-04-20' }], openedBy: 'doc-x', openedOn: '2025-03-21', close: [] } });
    await changeDeadlines(db, { caseId: '2025-00013', area: 'dental', fresh: false, change: { open: [{ kind: 'case_processing', due: '2025-09-20' }], openedBy: 'doc-b', openedOn: '2025-03-22', close: [] }, asRead: beside });
    const kinds = Object.values((await getDeadlines(db, '2025-00013'))!.book).map((d) => d.kind);
    expect(kinds.sort()).toEqual(['case_processing', 'medical_declaration']);
  });

  it('parties another letter wrote after the read are read again and merged, not lost', async () => {
    await openCase('2025-00014');
    const letters = dynamoLetterRepository(db);
    const appellant = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Storgata 1', '0155 Oslo'] };
    const representative = { role: 'representative' as const, name: 'Advokat Berg', address: ['Kirkegata 2', '0153 Oslo'] };
    await letters.changeParties('2025-00014', 'doc-a', () => ({ parties: [appellant], language: 'nb' }));
    const { db: counted, meter } = metered(db);
    const { beside } = await getCaseWith(counted, '2025-00014', 'parties');
    expect(beside.item).toMatchObject({ type: 'parties' });
    expect(meter.requests).toBe(1);
    // Another letter of the case names a representative between the read and this letter's change.
    await letters.changeParties('2025-00014', 'doc-x', (known) => ({ parties: [...(known?.parties ?? []), representative], language: 'nb' }));
    const seen: number[] = [];
    await dynamoLetterRepository(counted).changeParties(
      '2025-00014',
      'doc-b',
      (known) => {
        seen.push(known?.parties.length ?? 0);
        return known?.parties.some((p) => p.name === 'Kari Nordmann' && p.address[0] === 'Storgata 9') ? null : { parties: (known?.parties ?? []).map((p) => (p.role === 'appellant' ? { ...p, address: ['Storgata 9', '0155 Oslo'] } : p)), language: 'nb' };
      },
      beside,
    );
    // First round on the read beside the case (one party), refused; the second reads both.
    expect(seen).toEqual([1, 2]);
    const stored = await letters.parties('2025-00014');
    expect(stored?.parties.map((p) => [p.role, p.address[0]])).toEqual([
      ['appellant', 'Storgata 9'],
      ['representative', 'Kirkegata 2'],
    ]);
  });
});
