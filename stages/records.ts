import type { CaseGivenUp } from '#domain/registry/case-given-up';
import type { Reason } from '#schemas/reasons';
import type { Classification, Deadline, Inspection, IntakeInput, PageExtraction, ProcessResult } from '#schemas/pipeline';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import type { DocumentPart } from '#schemas/bundles';
import type { JournalStatus, Restanse } from '#domain/registry/noark';
import type { DeadlineEntry } from '#domain/registry/deadline-book';

/*
 * The records the repositories of ports.ts answer with and take. They are the stages' vocabulary; the
 * DynamoDB store (functions/commons/store/) maps them to and from items.
 */

/** A saksmappe as stored. Keywords are a string set, so a document adds its words with one atomic ADD. */
export interface CaseRecord {
  caseId: string;
  caseNumber: string;
  year: number;
  sequence: number;
  title: string;
  area: string;
  /** Noark class (arkivkode), per area from configuration. */
  archiveCode: string;
  /** The appeals body's status (NY, ATRY). */
  status: string;
  /** Noark saksstatus. */
  noarkStatus: string;
  keywords: string[];
  priority: number;
  receivedDate: string;
  references: string[];
  nationalIdHashes: string[];
  /**
   * Hashes of persons an archivist confirmed as the case's by filing a document under its cover sheet
   * on it (domain/sheets/sheet-persons-confirmed.ts). Read only by the cover sheet's check, never
   * looked up: the person's letters without a sheet are not routed here on the archivist's word.
   */
  sheetConfirmedHashes?: string[] | undefined;
  open: boolean;
  createdBy: string;
  createdAt: string;
  handlerId: string | null;
  claimedAt?: string | undefined;
  routedAt?: string | undefined;
  version: number;
  /** Set when the case was given up as opened in error (domain/registry/case-given-up.ts): why, by whom, when. */
  givenUp?: CaseGivenUp | undefined;
  /**
   * Set with `givenUp` and removed when the giving up's last step is done: a giving up that failed halfway
   * is finished by repeating the act (service/operations/case-given-up.ts). The handler whose claim it ended.
   */
  givingUp?: { releasedFrom: string | null } | undefined;
}

export type NewCase = Omit<CaseRecord, 'caseId' | 'caseNumber' | 'year' | 'sequence' | 'noarkStatus' | 'handlerId' | 'version' | 'open' | 'priority'>;

/** A case found by a reference or a national id's keyed hash. */
export interface LookupHit {
  caseId: string;
  open: boolean;
  area: string;
  createdBy: string;
}

/**
 * A document is a Noark journalpost (type I) from the moment the pipeline has something to say about
 * it. Its status is where it left the pipeline: review, rejected, registered (on its way) or routed.
 * Every write is conditional on the status it expects, so a re-run or a second delivery never makes a
 * second document or moves one back.
 */
export type DocumentStatus = 'review' | 'rejected' | 'registered' | 'routed';

/** What an archivist's decision needs to resume the pipeline at Link: the execution state up to Classify. */
export interface ReviewResume {
  intake: IntakeInput;
  fileName: string;
  inspection?: Inspection | undefined;
  pages?: PageExtraction[] | undefined;
  classification?: Classification | undefined;
  /** A part of a split file: which part, and the main document an attachment follows. */
  part?: DocumentPart | undefined;
}

export interface DocumentRecord {
  documentId: string;
  fileName: string;
  status: DocumentStatus;
  reason: string | null;
  /** The reason as a code with its parameters (schemas/reasons.ts): what the page words in bokmål. */
  reasonCode: Reason | null;
  receivedDate: string;
  caseId: string | null;
  caseNumber: string | null;
  createdCase: boolean;
  journalStatus: JournalStatus | null;
  restanse: Restanse | null;
  queue: string | null;
  resume: ReviewResume | null;
  decision: unknown;
  /** The answer the pipeline gave for it, so a re-run answers the same. */
  result: ProcessResult | null;
  /** The stored item as read, for the read API. */
  item: Record<string, unknown>;
}

export interface DeadlineChange {
  /** Deadlines to open (from the rule table), by `openedBy` on `openedOn`. */
  open: readonly Deadline[];
  openedBy: string;
  openedOn: IsoDate;
  /** Kinds of which the oldest open deadline is closed by `openedBy`. */
  close: readonly DeadlineKind[];
  /** Deadlines met by `openedBy` on `openedOn`: the one of `kind` that document `openedBy` opened (a letter answering it). */
  meet?: readonly { kind: DeadlineKind; openedBy: string }[];
}

export interface DeadlineChangeResult {
  opened: DeadlineEntry[];
  closed: DeadlineEntry[];
}

/**
 * An item of the case's partition (its deadline book, its parties) read with the case in one request
 * (`CaseRepository.getWith`) and handed to the change that would otherwise read it first. The change still
 * writes on the version it holds, so a write in between fails that condition and the change reads again.
 * `item` null: nothing was stored. Opaque to the stages: the store decodes it.
 */
export interface ReadBeside {
  readonly item: Record<string, unknown> | null;
}
