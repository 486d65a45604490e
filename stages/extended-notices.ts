import type { IsoDate } from '#schemas/taxonomy';
import type { OpenCase } from '../domain/letters/plan.ts';

/**
 * The cases the deadline watcher found whose case_processing deadline comes due (a list of due
 * deadlines with their case's number), as the open cases the notice of extended processing time is
 * planned for: one per case, the earliest such deadline. A case whose number is unknown is skipped.
 */
export function noticesDue(due: readonly { caseId: string; caseNumber: string | null; due: IsoDate; openedOn: IsoDate }[]): Omit<OpenCase, 'parties' | 'language'>[] {
  const byCase = new Map<string, Omit<OpenCase, 'parties' | 'language'>>();
  for (const d of [...due].sort((a, b) => a.due.localeCompare(b.due))) {
    if (!d.caseNumber || byCase.has(d.caseId)) continue;
    byCase.set(d.caseId, { caseId: d.caseId, caseNumber: d.caseNumber, caseProcessingDue: d.due, receivedDate: d.openedOn });
  }
  return [...byCase.values()];
}
