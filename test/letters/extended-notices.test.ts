import { describe, expect, it } from 'vitest';
import { noticesDue } from '../../stages/extended-notices.ts';

describe('the cases the watcher writes a notice for', () => {
  it('one per case, its earliest case_processing deadline, and none for a case whose number is unknown', () => {
    const due = [
      { caseId: 'c2', caseNumber: '2025/00002', due: '2025-06-20', openedOn: '2025-03-20' },
      { caseId: 'c1', caseNumber: '2025/00001', due: '2025-06-25', openedOn: '2025-03-25' },
      { caseId: 'c2', caseNumber: '2025/00002', due: '2025-06-10', openedOn: '2025-03-10' },
      { caseId: 'c3', caseNumber: null, due: '2025-06-01', openedOn: '2025-03-01' },
    ];
    expect(noticesDue(due)).toEqual([
      { caseId: 'c2', caseNumber: '2025/00002', caseProcessingDue: '2025-06-10', receivedDate: '2025-03-10' },
      { caseId: 'c1', caseNumber: '2025/00001', caseProcessingDue: '2025-06-25', receivedDate: '2025-03-25' },
    ]);
  });
});
