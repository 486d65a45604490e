import type { EventOf, PostmottakEvent } from '#schemas/events';
import type { DeadlineKind } from '#schemas/taxonomy';
import { makeEvent } from '#domain/events/make-event';

/**
 * The events of what an archivist's correction or outcome did to cases, beside its
 * ClassificationCorrected: the deadlines it closed, opened or reopened, and the queue it put a document
 * or case in, as SPEC.md's feed names them. The same deadline or queue can change again by a later act,
 * so the act's moment is part of each change (a re-sent answer of one act keeps its ids).
 */

/** DeadlineClosed for each deadline an archivist's act closed; the act's moment is part of the change (a deadline reopened and closed again is a new change). */
export function closedDeadlineEvents(caseId: string, closed: readonly { id: string; kind: DeadlineKind }[], closedBy: string, at: string): PostmottakEvent[] {
  return closed.map((d) => makeEvent('DeadlineClosed', { caseId }, { kind: d.kind, closedBy }, { time: at, change: { deadline: d.id, at } }));
}

/** DeadlineOpened for each deadline an archivist's act opened or reopened (the act's moment is part of the change). */
export function openedDeadlineEvents(caseId: string, opened: readonly { id: string; kind: DeadlineKind; due: string; missed?: boolean | undefined; openedBy: string }[], at: string): PostmottakEvent[] {
  return opened.map((d) =>
    makeEvent('DeadlineOpened', { caseId, ...(d.openedBy.startsWith('doc-') ? { documentId: d.openedBy } : {}) }, { kind: d.kind, due: d.due, ...(d.missed === undefined ? {} : { missed: d.missed }), openedBy: d.openedBy }, { time: at, change: { deadline: d.id, at } }),
  );
}

/** CaseRouted for the queue a correction put the document (a move) or the case (a new area) in. */
export function caseRoutedEvent(input: { documentId: string; caseId: string } & EventOf<'CaseRouted'>['detail'], at: string): PostmottakEvent {
  const { documentId, caseId, ...detail } = input;
  return makeEvent('CaseRouted', { documentId, caseId }, detail, { time: at, change: { queue: detail.queue, at } });
}
