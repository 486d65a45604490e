import type { LetterFacts } from '../domain/letters/compose.ts';
import type { LetterKind, LettersConfig, LetterStatus, OutboxLetter } from '#schemas/letters';
import type { Party } from '#schemas/parties';
import type { Language } from '#schemas/taxonomy';

/**
 * What the letter stages (write-letters.ts, extended-notices.ts) ask of the world beyond the ports
 * every stage has: the outbox and the case's parties (DynamoDB: functions/commons/store/letters.ts)
 * and the letter renderer (engines/pdf).
 */

/** A letter as the outbox keeps it: what `outbox --json` prints, and what a re-print needs. */
export interface OutboxRecord extends OutboxLetter {
  /** The document that called for it (an acknowledgement), or null (the one notice of a case). */
  triggerDocumentId: string | null;
  /** What the letter says, so the day's post can be printed again from it. */
  facts: LetterFacts;
  /** Noark 5: an outgoing journal entry (U) with its screening code and a public title without names. */
  journal: { type: 'U'; publicTitle: string; screeningCode: string };
  createdAt: string;
}

export interface LetterRepository {
  /**
   * Adds the letter unless one with its id exists (the idempotency of a re-run): answers whether
   * this call wrote it, and the letter as stored.
   */
  add(record: OutboxRecord): Promise<{ created: boolean; record: OutboxRecord }>;
  get(letterId: string): Promise<OutboxRecord | null>;
  /** Letters of a status (all when none is given), oldest letter date first. */
  list(filter?: { status?: LetterStatus }): Promise<OutboxRecord[]>;
  /** Marks a ready letter sent (ekspedert) on a day; null when there is no such letter, the stored one when it was not ready. */
  markSent(letterId: string, sentOn: string): Promise<OutboxRecord | null>;
  /** The case's parties (Noark 5 sakspart) and the language its appellant wrote in; the latest naming wins. */
  recordParties(input: { caseId: string; parties: readonly Party[]; language: Language | null; byDocumentId: string }): Promise<void>;
  parties(caseId: string): Promise<{ parties: Party[]; language: Language | null } | null>;
}

/** Composes and renders a letter: the PDF/A bytes of one letter, or of several for the day's post. */
export interface LetterRenderer {
  render(facts: LetterFacts, config: LettersConfig, title: string): Promise<Uint8Array>;
  renderMany(facts: readonly LetterFacts[], config: LettersConfig, title: string): Promise<Uint8Array>;
}

/** Where a letter's PDF lives in the document bucket. */
export function outboxKey(caseId: string, letterId: string): string {
  return `outbox/${caseId}/${letterId}.pdf`;
}

export type { LetterKind };
