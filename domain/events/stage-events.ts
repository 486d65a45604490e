import type { PostmottakEvent } from '#schemas/events';
import type { Deadline, ProcessResult } from '#schemas/pipeline';
import type { Registration } from '#schemas/state';
import { makeEvent } from './make-event.ts';

/**
 * The events each stage publishes after its write. Built from what was stored (the first run's answer
 * on a re-run), so a stage that runs again publishes the same ids. Only identifiers, types, areas,
 * dates and queue names: the schemas are strict, and a national id has no field to go in.
 */

export function documentReceived(input: { documentId: string; receivedDate: string; postmarkDate: string | null; format: string | null; pageCount: number | null }, time: string): PostmottakEvent[] {
  const { documentId, ...detail } = input;
  // One per document: the same bytes received again are the same document (SPEC.md "Duplicates").
  return [makeEvent('DocumentReceived', { documentId }, detail, { time, change: null })];
}

/** The outcome a review, reject or record-failure stage stored. */
export function documentParked(result: ProcessResult, time: string): PostmottakEvent[] {
  const subject = { documentId: result.documentId };
  if (result.status === 'rejected') return [makeEvent('DocumentRejected', subject, { reason: result.reason ?? 'rejected', queue: 'quarantine' }, { time })];
  if (result.status === 'review') {
    return [
      makeEvent(
        'DocumentInReview',
        subject,
        { reason: result.reason, queue: 'review', documentType: result.documentType, area: result.area, confidence: result.confidence },
        // The same document can come back to review (a failure after a decision): the reason tells the visits apart.
        { time, change: { reason: result.reason } },
      ),
    ];
  }
  return [];
}

export function documentRegistered(
  input: { documentId: string; registration: Registration; documentType: string; receivedDate: string; confirmedBy: string },
  time: string,
): PostmottakEvent[] {
  const { documentId, registration: r } = input;
  const events: PostmottakEvent[] = [
    makeEvent(
      'DocumentRegistered',
      { documentId, caseId: r.caseId },
      { caseNumber: r.caseNumber, journalEntryId: r.journalEntryId, documentType: input.documentType, area: r.area, createdCase: r.created, confirmedBy: input.confirmedBy },
      { time, change: { journalEntryId: r.journalEntryId } },
    ),
  ];
  if (r.created) {
    events.push(
      makeEvent('CaseCreated', { documentId, caseId: r.caseId }, { caseNumber: r.caseNumber, area: r.area, receivedDate: input.receivedDate, documentType: input.documentType }, { time, change: { caseNumber: r.caseNumber } }),
    );
  }
  return events;
}

export function deadlinesChanged(
  input: { documentId: string; caseId: string; opened: readonly Deadline[]; closed: readonly { id: string; kind: string }[] },
  time: string,
): PostmottakEvent[] {
  const subject = { documentId: input.documentId, caseId: input.caseId };
  return [
    ...input.opened.map((d) =>
      makeEvent('DeadlineOpened', subject, { kind: d.kind, due: d.due, ...(d.missed === undefined ? {} : { missed: d.missed }), openedBy: input.documentId }, { time, change: { kind: d.kind } }),
    ),
    ...input.closed.map((d) => makeEvent('DeadlineClosed', subject, { kind: d.kind, closedBy: input.documentId }, { time, change: { deadline: d.id } })),
  ];
}

export function caseRouted(input: { documentId: string; caseId: string; caseNumber: string; queue: string; area: string; keywords: string[]; priority: number }, time: string): PostmottakEvent[] {
  const { documentId, caseId, ...detail } = input;
  // A case is routed once per document that reaches it; the queue is part of what changed.
  return [makeEvent('CaseRouted', { documentId, caseId }, detail, { time, change: { queue: detail.queue } })];
}
