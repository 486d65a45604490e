import type { PostmottakConfig } from '#schemas/config';
import type { IsoDate } from '#schemas/taxonomy';
import { typeRule } from '../config.ts';
import type { DeadlineBook, DeadlineEntry } from './deadline-book.ts';

/**
 * A case that loses the last document that carries it (moved to another case, marked as mail for another
 * body, or as a duplicate) was opened in error. An archivist gives such a case up rather than leave it
 * empty and open: it leaves every queue, its deadlines close, its letters not yet posted are withdrawn,
 * and a letter already posted is pointed out (the appellant holds a case number that is no longer in
 * use). The case itself stays in the archive, with its journal, as Noark 5 keeps a case registered in
 * error: saksstatus U («utgår»). One rule for the API, the CLI and the page.
 */

/** Noark 5 saksstatus «Utgår»: a case registered in error, kept in the archive but no longer worked. */
export const GIVEN_UP_NOARK_STATUS = 'U' as const;

/** What took the last carrier away from the case. */
export type GivenUpCause = 'moved' | 'forwarded' | 'duplicate';

export interface CaseGivenUp {
  reason: 'opened_in_error';
  cause: GivenUpCause;
  /** The document whose leaving took the case's last carrier away. */
  documentId: string;
  /** The case it went to (a move), as people read it. */
  movedTo: string | null;
  by: string;
  at: string;
}

export interface DocumentOnCase {
  documentId: string;
  documentType: string | null;
  /** A duplicate or forwarded mark: the document no longer counts on the case. */
  outcome: string | null;
}

/**
 * Whether `leaving` takes the case's last carrier away, whichever document it is: no other document
 * still on the case (without an outcome) can carry it. A carrier is a document of a type that opens a
 * case by itself (a transfer letter with its appeal: the appeal goes, the transfer still carries the
 * case), or the document that opened it whatever its type (a declaration filed before its appeal).
 * Asked whenever any document leaves, so a case carried by two appeals is given up when the second
 * goes, in either order.
 */
export function leavesCaseWithoutCarrier(input: { createdBy: string; leaving: string; documents: readonly DocumentOnCase[] }, config: PostmottakConfig): boolean {
  const carries = (d: DocumentOnCase) =>
    d.documentId === input.createdBy || (d.documentType !== null && config.typeRules.some((r) => r.type === d.documentType) && typeRule(config, d.documentType).caseMode === 'create');
  return !input.documents.some((d) => d.documentId !== input.leaving && !d.outcome && carries(d));
}

/** A given-up case's book: every deadline still open is closed by the giving up. */
export function closeEveryOpen(book: DeadlineBook, closedBy: string, closedOn: IsoDate): DeadlineBook {
  return Object.fromEntries(Object.entries(book).map(([id, entry]) => [id, entry.status === 'open' ? { ...entry, status: 'closed' as const, closedBy, closedOn } : entry]));
}

export interface LetterOnCase {
  letterId: string;
  status: string;
}

/** The letters of a given-up case: those not yet posted are withdrawn; those posted are the archivist's to follow up. */
export function lettersOfGivenUpCase<L extends LetterOnCase>(letters: readonly L[]): { withdraw: L[]; alreadySent: L[] } {
  return { withdraw: letters.filter((l) => l.status === 'ready' || l.status === 'held'), alreadySent: letters.filter((l) => l.status === 'sent') };
}

/**
 * What a rewrite of a case's deadline book did, for the event feed: deadlines that are open now and
 * were not before (opened, or reopened), and deadlines that were open and are not any more (closed,
 * met, or dropped by a correction that applied the document again).
 */
export function deadlineBookChanges(before: DeadlineBook, after: DeadlineBook): { opened: DeadlineEntry[]; closed: DeadlineEntry[] } {
  const opened = Object.values(after).filter((entry) => entry.status === 'open' && before[entry.id]?.status !== 'open');
  // A deadline checked when it was opened (an appeal deadline, met or missed) opens and closes at once: the feed hears it opened.
  const checked = Object.values(after).filter((entry) => entry.missed !== undefined && entry.closedBy === entry.openedBy && !before[entry.id]);
  const closed = Object.values(before).filter((entry) => entry.status === 'open' && after[entry.id]?.status !== 'open');
  const byId = (a: DeadlineEntry, b: DeadlineEntry) => a.id.localeCompare(b.id);
  return { opened: [...opened, ...checked].sort(byId), closed: closed.sort(byId) };
}
