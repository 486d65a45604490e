import type { PostmottakConfig } from '#schemas/config';
import type { Deadline } from '#schemas/pipeline';
import type { DocumentType, IsoDate } from '#schemas/taxonomy';
import { deadlinesToOpen, kindsClosedBy } from '../deadlines.ts';
import { keywordsFor } from '../classify/keywords.ts';
import { closeDeadlines, meetDeadline, openDeadlines, type DeadlineBook } from './deadline-book.ts';

/**
 * An archivist's correction of a routed document, after the fact: what the document is (type, area),
 * where it belongs (case) and the dates it was read with. Pure: given the case's deadline book and
 * the document's facts before and after, it says what the book and the case's keywords become. The
 * store writes it; the journal keeps the before and after.
 */
export interface DocumentFacts {
  documentType: DocumentType;
  area: string;
  receivedDate: IsoDate;
  postmarkDate: IsoDate | null;
  decisionDate: IsoDate | null;
  decisionReceivedDate: IsoDate | null;
}

export type FactChange = Partial<Pick<DocumentFacts, 'documentType' | 'area' | 'receivedDate' | 'postmarkDate' | 'decisionDate' | 'decisionReceivedDate'>>;

/** The fields a correction changes, each with its value before and after; nothing when it changes nothing. */
export function changedFacts(before: DocumentFacts, change: FactChange): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(change) as [keyof DocumentFacts, unknown][]) {
    if (to !== undefined && before[key] !== to) changed[key] = { from: before[key], to };
  }
  return changed;
}

/**
 * Takes a document's own effect out of a case's book: the deadlines it opened are dropped (`drop`,
 * when the same document is applied again at once) or closed by the correction (`close`, when it
 * leaves the case), and the deadlines it closed are open again.
 */
export function withdrawDocument(book: DeadlineBook, documentId: string, mode: 'drop' | 'close', closedBy: string, closedOn: IsoDate): DeadlineBook {
  const next: DeadlineBook = {};
  for (const [id, entry] of Object.entries(book)) {
    if (entry.openedBy === documentId) {
      if (mode === 'close') next[id] = { ...entry, status: 'closed', closedBy, closedOn };
      continue;
    }
    if (entry.closedBy === documentId && entry.status === 'closed') {
      const { closedBy: _by, closedOn: _on, ...open } = entry;
      next[id] = { ...open, status: 'open' };
      continue;
    }
    next[id] = entry;
  }
  return next;
}

/** Puts a document's effect into a case's book, as the Deadlines stage does: opens its type's deadlines, closes the kinds it closes. */
export function applyDocument(book: DeadlineBook, documentId: string, facts: DocumentFacts, config: PostmottakConfig): { book: DeadlineBook; opened: Deadline[]; missedKeywords: string[] } {
  const { deadlines, keywords } = deadlinesToOpen(facts, config);
  const opened = openDeadlines(book, deadlines, documentId, facts.receivedDate);
  const { book: next } = closeDeadlines(opened, kindsClosedBy(facts.documentType, config), documentId, facts.receivedDate);
  return { book: next, opened: deadlines, missedKeywords: keywords };
}

/**
 * A correction that applies a document again (its type or dates changed, same case) drops and reopens
 * the deadlines it opened; the ones our letter already answered (an acknowledgement is the preliminary
 * reply) stay met by that letter: the letter went out whatever the document is now called.
 */
export function keepLetterReplies(before: DeadlineBook, after: DeadlineBook, documentId: string): DeadlineBook {
  let next = after;
  for (const entry of Object.values(before)) {
    if (entry.openedBy !== documentId || entry.status !== 'met' || !entry.closedBy?.startsWith('letter:') || !entry.closedOn) continue;
    next = meetDeadline(next, { kind: entry.kind, openedBy: documentId }, entry.closedBy, entry.closedOn).book;
  }
  return next;
}

/**
 * A case's keywords after a correction: the document's old controlled keywords (its type's, its area's,
 * missed-deadline words) that no other fact still explains are taken off, the new ones put on.
 */
export function correctedKeywords(caseKeywords: readonly string[], config: PostmottakConfig, before: { facts: DocumentFacts; missedKeywords: string[] }, after: { facts: DocumentFacts; missedKeywords: string[] }): string[] {
  const old = new Set([...keywordsFor(config, before.facts.documentType, before.facts.area), ...before.missedKeywords]);
  const fresh = [...keywordsFor(config, after.facts.documentType, after.facts.area), ...after.missedKeywords];
  const kept = caseKeywords.filter((k) => !old.has(k) || fresh.includes(k));
  return [...new Set([...kept, ...fresh])].sort();
}
