import type { Deadline } from '#schemas/pipeline';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { compareIsoDates } from '../calendar.ts';

/**
 * A case's deadlines as one record: what is open, what closed it, what was missed. Pure operations;
 * the store keeps the record in one item and writes it back under a version check.
 */

export interface DeadlineEntry {
  id: string;
  kind: DeadlineKind;
  due: IsoDate;
  status: 'open' | 'closed' | 'met' | 'missed';
  /** documentId, or `handler:{id}` when a case handler opened it through the API. */
  openedBy: string;
  openedOn: IsoDate;
  closedBy?: string;
  closedOn?: IsoDate;
  missed?: boolean;
  /**
   * Set when a deadline of ours (the preliminary reply) was met after its due date: met, but late —
   * status `met` with `late: true`, so the case view, the JSON, DeadlineClosed and the export say so.
   */
  late?: true;
}

export type DeadlineBook = Record<string, DeadlineEntry>;

export function deadlineId(kind: DeadlineKind, openedBy: string, openedOn: IsoDate): string {
  return `${kind}#${openedOn}#${openedBy}`;
}

/** Opens the deadlines a document opens; opening the same ones again (a re-run) changes nothing. */
export function openDeadlines(book: DeadlineBook, deadlines: readonly Deadline[], openedBy: string, openedOn: IsoDate): DeadlineBook {
  const next = { ...book };
  for (const deadline of deadlines) {
    const id = deadlineId(deadline.kind, openedBy, openedOn);
    if (next[id]) continue;
    // Deadlines the party must meet (deadlineRules[].checkMissed: appeal deadlines) are checked, not
    // waited for: the document that opened them met or missed them, and only they carry `missed`.
    const checked = deadline.missed !== undefined;
    next[id] = {
      id,
      kind: deadline.kind,
      due: deadline.due,
      status: checked ? (deadline.missed ? 'missed' : 'met') : 'open',
      openedBy,
      openedOn,
      ...(checked ? { closedBy: openedBy, closedOn: openedOn } : {}),
      ...(deadline.missed !== undefined ? { missed: deadline.missed } : {}),
    };
  }
  return next;
}

function byAge(a: DeadlineEntry, b: DeadlineEntry): number {
  return compareIsoDates(a.openedOn, b.openedOn) || compareIsoDates(a.due, b.due) || a.id.localeCompare(b.id);
}

/**
 * Closes the oldest open deadline of each kind, recording the document that closed it. Kinds this
 * document closed before (a re-run) are reported again and not closed twice.
 */
export function closeDeadlines(book: DeadlineBook, kinds: readonly DeadlineKind[], closedBy: string, closedOn: IsoDate): { book: DeadlineBook; closed: DeadlineEntry[] } {
  const next = { ...book };
  const closed: DeadlineEntry[] = [];
  for (const kind of kinds) {
    const already = Object.values(next).find((d) => d.kind === kind && d.status === 'closed' && d.closedBy === closedBy);
    if (already) {
      closed.push(already);
      continue;
    }
    const oldest = Object.values(next)
      .filter((d) => d.kind === kind && d.status === 'open' && d.openedBy !== closedBy)
      .sort(byAge)[0];
    if (!oldest) continue;
    const entry: DeadlineEntry = { ...oldest, status: 'closed', closedBy, closedOn };
    next[oldest.id] = entry;
    closed.push(entry);
  }
  return { book: next, closed };
}

/**
 * Marks as met the deadline of `kind` that one document opened (our own reply to that document: the
 * acknowledgement is the preliminary reply to the appeal or anke that called for it). Not the oldest
 * open one: a case may hold an earlier, still open preliminary reply of another document. Meeting it
 * again (a re-run, the letter marked sent later) changes nothing.
 */
export function meetDeadline(book: DeadlineBook, target: { kind: DeadlineKind; openedBy: string }, closedBy: string, closedOn: IsoDate): { book: DeadlineBook; met: DeadlineEntry | null } {
  const entry = Object.values(book)
    .filter((d) => d.kind === target.kind && d.openedBy === target.openedBy)
    .sort(byAge)[0];
  if (!entry) return { book, met: null };
  if (entry.status !== 'open') return { book, met: entry.status === 'met' && entry.closedBy === closedBy ? entry : null };
  const met: DeadlineEntry = { ...entry, status: 'met', closedBy, closedOn, ...(compareIsoDates(closedOn, entry.due) > 0 ? { late: true as const } : {}) };
  return { book: { ...book, [entry.id]: met }, met };
}

export function openEntries(book: DeadlineBook): DeadlineEntry[] {
  return Object.values(book).filter((d) => d.status === 'open').sort((a, b) => compareIsoDates(a.due, b.due) || a.id.localeCompare(b.id));
}

/** The earliest due date among open deadlines: the key of the `due` index, null when nothing is open. */
export function nextDue(book: DeadlineBook): IsoDate | null {
  return openEntries(book)[0]?.due ?? null;
}

/** Open deadlines due on or before `date`. */
export function dueOnOrBefore(book: DeadlineBook, date: IsoDate): DeadlineEntry[] {
  return openEntries(book).filter((d) => compareIsoDates(d.due, date) <= 0);
}
