import type { LetterFacts } from '../domain/letters/compose.ts';
import type { HeldReason, LetterKind, LetterReleasedAs, LettersConfig, LetterStatus, OutboxLetter } from '#schemas/letters';
import type { Party } from '#schemas/parties';
import type { Language } from '#schemas/taxonomy';
import type { ReadBeside } from './records.ts';

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
  /** A held letter the archivist gave an address and released: who, when (null for any other). */
  releasedBy?: string | null;
  releasedAt?: string | null;
  /** A letter postmottak released to an address another document gave: that document (its repeat finishes only its own release). */
  releasedFrom?: string | null;
  /** How the released letter got its address when no archivist wrote it on the letter or its party (null: they did). */
  releasedAs?: LetterReleasedAs | null;
  /** Why it is held, as a code, for the page's bokmål (null once released; absent on letters held before it was kept). */
  heldReasonCode?: HeldReason | null;
}

/**
 * What releasing a held letter changes: the recipient's address, the facts the PDF was re-rendered from, the new PDF,
 * and its date (a notice released late is dated the release day: domain/letters/plan.ts factsOnRelease).
 */
export interface LetterRelease {
  recipient: NonNullable<OutboxRecord['recipient']>;
  facts: LetterFacts;
  letterDate: OutboxRecord['letterDate'];
  path: string;
  releasedBy: string;
  releasedAt: string;
  /** The document whose letter gave the address, when postmottak read it there. */
  releasedFrom?: string;
  releasedAs?: LetterReleasedAs;
}

/** A ready letter re-addressed to a corrected party: the new recipient, facts and PDF, and who corrected it when. */
export interface LetterReaddress {
  recipient: NonNullable<OutboxRecord['recipient']>;
  facts: LetterFacts;
  path: string;
  /** The PDF the letter had when it was read: every re-addressing names a new one, so it says the letter is still as read. */
  pathAsRead: string;
  by: string;
  at: string;
}

/** The case's parties and the language its appellant wrote in, as the letters keep them. */
export interface CaseParties {
  parties: Party[];
  language: Language | null;
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
  /**
   * A held letter becomes ready with a corrected address, once (a conditional write on `held`): null
   * when there is no such letter, the stored one unchanged when it was not held.
   */
  release(letterId: string, change: LetterRelease): Promise<{ released: boolean; record: OutboxRecord | null }>;
  /**
   * The outgoing journal entry of a released letter says who released it, when, and the date the letter
   * bears, from the letter as stored: `release` writes it, and a repeat after a failure between the two writes it again.
   */
  journalRelease(record: OutboxRecord): Promise<void>;
  /**
   * A ready letter (not yet posted) gets the corrected recipient, the facts re-rendered from and the new PDF,
   * once (a conditional write on `ready` and on the PDF it had when read, so a re-addressing by another request
   * since is never overwritten): null when there is no such letter, the stored one unchanged when it was not
   * ready or not as read (a sent letter is never changed).
   */
  readdress(letterId: string, change: LetterReaddress): Promise<{ readdressed: boolean; record: OutboxRecord | null }>;
  /** Takes a ready or held letter of a given-up case out of the outbox (functions/commons/store/letters.ts withdrawLetter); true when this call did. */
  withdraw(input: { letterId: string; caseId: string; reason: string; by: string; at: string }): Promise<boolean>;
  /** The letters of one case, oldest first (the case's outgoing journal entries name them). */
  ofCase(caseId: string): Promise<OutboxRecord[]>;
  /**
   * Changes the case's parties (Noark 5 sakspart) and the language its appellant wrote in: `change` gets
   * what the case has (null when nothing yet) and answers what it should have, or null to leave it. A
   * write by another stage between the read and this write makes it read again and change that, so two
   * letters naming parties of one case at once both keep theirs. `asRead`: the item as `CaseRepository.getWith`
   * read it, taken as the first round's read.
   */
  changeParties(caseId: string, byDocumentId: string, change: (known: CaseParties | null) => CaseParties | null, asRead?: ReadBeside): Promise<void>;
  parties(caseId: string): Promise<CaseParties | null>;
}

/** Composes and renders a letter: the PDF/A bytes of one letter (the day's post joins the stored ones: engines/pdf/join-pdfs.ts). */
export interface LetterRenderer {
  render(facts: LetterFacts, config: LettersConfig, title: string): Promise<Uint8Array>;
}

/** Where a letter's PDF lives in the document bucket. */
export function outboxKey(caseId: string, letterId: string): string {
  return `outbox/${caseId}/${letterId}.pdf`;
}

export type { LetterKind };
