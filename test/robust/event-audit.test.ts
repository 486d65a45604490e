import { describe, expect, it } from 'vitest';
import { makeEvent } from '#domain/events/make-event';
import { auditEvents } from '../support/event-audit.ts';

/** The fault test's event audit must be able to fail: a repeated change, a missing promise, a stray event. */
const time = '2025-03-20T10:00:00.000Z';
const doc = 'doc-aaaaaaaaaaaaaaaaaaaaaaaa';
const items = [
  { pk: `DOC#${doc}`, sk: 'DOC', documentId: doc, status: 'routed', caseId: '2025-00001', queue: 'unassigned/dental' },
  { pk: 'CASE#2025-00001', sk: 'CASE', caseId: '2025-00001', createdBy: doc },
];
const received = makeEvent('DocumentReceived', { documentId: doc }, { receivedDate: '2025-03-20', postmarkDate: null, format: 'pdf', pageCount: 1 }, { time, change: null });
const registered = (journalEntryId: string) =>
  makeEvent(
    'DocumentRegistered',
    { documentId: doc, caseId: '2025-00001' },
    { caseNumber: '2025/00001', journalEntryId, documentType: 'appeal', area: 'dental', createdCase: true, confirmedBy: 'postmottak' },
    { time, change: { journalEntryId } },
  );
const created = makeEvent('CaseCreated', { documentId: doc, caseId: '2025-00001' }, { caseNumber: '2025/00001', area: 'dental', receivedDate: '2025-03-20', documentType: 'appeal' }, { time });
const routed = makeEvent(
  'CaseRouted',
  { documentId: doc, caseId: '2025-00001' },
  { caseNumber: '2025/00001', queue: 'unassigned/dental', area: 'dental', keywords: [], priority: 1 },
  { time, change: { queue: 'unassigned/dental' } },
);
const all = new Set([doc]);

describe('the event audit', () => {
  it('passes a log that tells each change of the table once', () => {
    const audit = auditEvents([received, registered('j1'), created, routed], items, all);
    expect(audit.problems).toEqual([]);
    expect(audit.promisesChecked).toBe(4);
  });

  it('names one change told twice under two ids, and one id written twice', () => {
    const audit = auditEvents([received, registered('j1'), registered('j2'), created, routed, routed], items, all);
    expect(audit.problems).toContain(`event id ${routed.id} appears 2 times`);
    expect(audit.problems).toContain(`DocumentRegistered ${doc}: 2 events for one change`);
  });

  it('names a promised event that is missing and an event about a document the table does not hold', () => {
    const stray = makeEvent('DocumentReceived', { documentId: 'doc-bbbbbbbbbbbbbbbbbbbbbbbb' }, { receivedDate: '2025-03-20', postmarkDate: null, format: null, pageCount: null }, { time });
    const audit = auditEvents([received, registered('j1'), routed, stray], items, all);
    expect(audit.problems).toContain(`case 2025-00001 CaseCreated by ${doc}: 0 events, expected 1`);
    expect(audit.problems.some((p) => p.includes('which the table does not hold'))).toBe(true);
  });
});
