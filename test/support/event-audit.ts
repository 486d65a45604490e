import type { PostmottakEvent } from '#schemas/events';
import type { Item } from '../../scripts/table-audit.ts';

/**
 * Holds the event log against the table it describes (SPEC.md "Events"): no id twice, no change told
 * twice under two ids, and every outcome in the table announced by the events SPEC.md promises for it.
 * The table is the truth here; the events must match it one to one.
 */
export interface EventAudit {
  events: number;
  byType: Record<string, number>;
  /** How many promises (an event that must exist once) were held against the table. */
  promisesChecked: number;
  problems: string[];
}

/** What makes two events the same change, whatever ids they carry: one per subject and type. */
function changeKey(e: PostmottakEvent): string {
  const d = e.detail as Record<string, unknown>;
  switch (e.type) {
    case 'DocumentReceived':
    case 'DocumentRejected':
    case 'DocumentRegistered':
      return `${e.type} ${e.documentId}`;
    // A document can come back to review for another reason (a failure after a decision), never for the same one.
    case 'DocumentInReview':
      return `${e.type} ${e.documentId} ${String(d.reason)}`;
    case 'CaseCreated':
      return `${e.type} ${e.caseId}`;
    case 'CaseRouted':
      return `${e.type} ${e.caseId} by ${e.documentId}`;
    case 'DeadlineOpened':
      return `${e.type} ${e.caseId} ${String(d.kind)} by ${String(d.openedBy)}`;
    case 'DeadlineClosed':
      return `${e.type} ${e.caseId} ${String(d.kind)} by ${String(d.closedBy)}`;
    case 'LetterReady':
      return `${e.type} ${String(d.letterId)}`;
    default:
      return `${e.type} ${e.id}`;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * `received`: the ids of the documents whose DocumentReceived is promised: by content id, and by upload
 * id for one recorded by RecordFailure because its Inspect failed (SPEC.md: every document gets one).
 */
export function auditEvents(events: readonly PostmottakEvent[], items: readonly Item[], received: ReadonlySet<string>): EventAudit {
  const problems: string[] = [];
  let promisesChecked = 0;
  const byType: Record<string, number> = {};
  for (const e of events) byType[e.type] = (byType[e.type] ?? 0) + 1;

  const ids = new Map<string, number>();
  for (const e of events) ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`event id ${id} appears ${n} times`);
  const changes = new Map<string, number>();
  for (const e of events) changes.set(changeKey(e), (changes.get(changeKey(e)) ?? 0) + 1);
  for (const [key, n] of changes) if (n > 1) problems.push(`${key}: ${n} events for one change`);

  /** The promise that exactly one event matches. */
  const once = (what: string, match: (e: PostmottakEvent) => boolean) => {
    promisesChecked += 1;
    const n = events.filter(match).length;
    if (n !== 1) problems.push(`${what}: ${n} events, expected 1`);
  };
  const none = (what: string, match: (e: PostmottakEvent) => boolean) => {
    promisesChecked += 1;
    const n = events.filter(match).length;
    if (n !== 0) problems.push(`${what}: ${n} events, expected none`);
  };

  for (const doc of items.filter((i) => i.sk === 'DOC')) {
    const id = str(doc.documentId);
    const of = (type: string) => (e: PostmottakEvent) => e.type === type && e.documentId === id;
    if (received.has(id)) once(`${id} DocumentReceived`, of('DocumentReceived'));
    if (doc.caseId) once(`${id} DocumentRegistered on ${str(doc.caseId)}`, (e) => of('DocumentRegistered')(e) && e.caseId === doc.caseId);
    else none(`${id} (not journaled) DocumentRegistered`, of('DocumentRegistered'));
    switch (doc.status) {
      case 'routed':
        once(`${id} CaseRouted to ${str(doc.queue)}`, (e) => of('CaseRouted')(e) && e.caseId === doc.caseId && (e.detail as { queue: string }).queue === doc.queue);
        break;
      case 'review':
        once(`${id} DocumentInReview (${str(doc.reason)})`, (e) => of('DocumentInReview')(e) && (e.detail as { reason: string | null }).reason === doc.reason);
        none(`${id} (in review) CaseRouted`, of('CaseRouted'));
        break;
      case 'rejected':
        once(`${id} DocumentRejected`, of('DocumentRejected'));
        none(`${id} (rejected) CaseRouted`, of('CaseRouted'));
        break;
      default:
        problems.push(`${id} has no outcome (${String(doc.status)})`);
    }
  }
  for (const c of items.filter((i) => i.sk === 'CASE' && String(i.pk).startsWith('CASE#'))) {
    once(`case ${str(c.caseId)} CaseCreated by ${str(c.createdBy)}`, (e) => e.type === 'CaseCreated' && e.caseId === c.caseId && e.documentId === c.createdBy);
  }
  for (const d of items.filter((i) => i.sk === 'DEADLINES')) {
    const entries = Object.values((d.deadlines ?? {}) as Record<string, { kind: string; openedBy: string; status: string; closedBy?: string }>);
    for (const entry of entries) {
      const at = (type: string) => (e: PostmottakEvent) => e.type === type && e.caseId === d.caseId && (e.detail as { kind: string }).kind === entry.kind;
      once(`case ${str(d.caseId)} DeadlineOpened ${entry.kind} by ${entry.openedBy}`, (e) => at('DeadlineOpened')(e) && (e.detail as { openedBy: string }).openedBy === entry.openedBy);
      // A deadline met by the document that opened it (an appeal within its time) is told by DeadlineOpened's `missed: false`.
      if (entry.status === 'closed') once(`case ${str(d.caseId)} DeadlineClosed ${entry.kind} by ${String(entry.closedBy)}`, (e) => at('DeadlineClosed')(e) && (e.detail as { closedBy: string }).closedBy === entry.closedBy);
    }
  }
  for (const l of items.filter((i) => i.sk === 'LETTER')) {
    once(`letter ${str(l.letterId)} LetterReady`, (e) => e.type === 'LetterReady' && (e.detail as { letterId: string }).letterId === l.letterId);
  }
  // And the other way round: no event about a document the table does not hold.
  const documents = new Set(items.filter((i) => i.sk === 'DOC').map((i) => str(i.documentId)));
  for (const e of events) if (e.documentId && !documents.has(e.documentId)) problems.push(`${e.type} ${e.id} names ${e.documentId}, which the table does not hold`);

  return { events: events.length, byType, promisesChecked, problems };
}
