import type { EventOf } from '#schemas/events';
import { makeEvent } from '#domain/events/make-event';

/**
 * A person's act on a case (claim, release, a deadline opened by hand). Unlike a stage's change, the
 * same act can happen again later (claimed, released, claimed again), so its moment is part of the change.
 */
export function serviceEvent<T extends 'CaseClaimed' | 'CaseReleased' | 'DeadlineOpened'>(type: T, subject: { caseId?: string; documentId?: string }, at: string, detail: EventOf<T>['detail']): EventOf<T> {
  return makeEvent(type, subject, detail, { time: at, change: { at, detail } });
}
