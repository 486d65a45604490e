import type { StageEvent } from '../ports.ts';

/** A change people made through the service, as the stages report theirs. */
export function serviceEvent(type: 'CaseClaimed' | 'CaseReleased' | 'DeadlineOpened' | 'ClassificationCorrected', subject: { caseId?: string; documentId?: string }, at: string, detail: Record<string, unknown>): StageEvent {
  return { type, ...subject, at, detail };
}
