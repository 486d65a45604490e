import type { EventOf } from '#schemas/events';
import type { DocumentType } from '#schemas/taxonomy';
import { makeEvent } from '#domain/events/make-event';

/**
 * A person's act on a case (claim, release, a deadline opened by hand). Unlike a stage's change, the
 * same act can happen again later (claimed, released, claimed again), so its moment is part of the change.
 */
export function serviceEvent<T extends 'CaseClaimed' | 'CaseReleased' | 'DeadlineOpened' | 'ClassificationCorrected'>(type: T, subject: { caseId?: string; documentId?: string }, at: string, detail: EventOf<T>['detail']): EventOf<T> {
  return makeEvent(type, subject, detail, { time: at, change: { at, detail } });
}

/**
 * An outcome an archivist gives a document (a duplicate of another, or mail for another body), as the
 * ClassificationCorrected event with its `outcome`: SPEC.md names no event of its own for it. A
 * document gets one outcome, ever (the write is conditional), so the outcome itself is the change and
 * its id does not depend on the moment.
 */
export function outcomeEvent(
  subject: { documentId: string; caseId?: string | undefined },
  at: string,
  input: { by: string; documentType: DocumentType | null; area: string | null; outcome: 'duplicate' | 'forwarded'; duplicateOf?: string | undefined; caseGivenUp?: string | undefined },
): EventOf<'ClassificationCorrected'> {
  const detail = {
    correctedBy: input.by,
    documentType: input.documentType,
    area: input.area,
    previousDocumentType: input.documentType,
    previousArea: input.area,
    outcome: input.outcome,
    ...(input.duplicateOf ? { duplicateOf: input.duplicateOf } : {}),
    ...(input.caseGivenUp ? { caseGivenUp: input.caseGivenUp } : {}),
  };
  return makeEvent('ClassificationCorrected', subject, detail, { time: at, change: { outcome: input.outcome, duplicateOf: input.duplicateOf ?? null } });
}
