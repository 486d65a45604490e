import type { Party } from '#schemas/parties';
import type { Reason } from '#schemas/reasons';
import type { PostmottakConfig } from '#schemas/config';
import type { PostmottakEvent } from '#schemas/events';
import type { DeadlineKind } from '#schemas/taxonomy';
import type { CaseRecord, DeadlineChange, DeadlineChangeResult, DocumentRecord, DocumentStatus, LookupHit, NewCase, ReadBeside, ReviewResume } from './records.ts';
import type { JournalStatus, WriteOffMethod } from '#domain/registry/noark';
import type { ArchivistDecision, Classification, IntakeInput, ProcessResult, SplitOutcome } from '#schemas/pipeline';

/**
 * What a stage may ask of the world. The stages (stages/*.ts) take these as arguments; the DynamoDB
 * and S3 adapters are in functions/commons/ (store/repositories.ts, blob-store.ts), the embedded
 * runtime uses the same adapters against its loopback servers, and tests may pass their own.
 * The records they answer with are in records.ts.
 */

/** A document's journal entry as the Register stage writes it. */
export interface JournalEntry {
  documentId: string;
  fileName: string;
  intake: IntakeInput;
  classification: Classification;
  caseId: string;
  caseNumber: string;
  createdCase: boolean;
  journalStatus: JournalStatus;
  /** The confidence the decision used and what it is the probability of (domain/registry/result.ts), kept so a re-run answers the same. */
  decided?: { confidence: number; confidenceOf: NonNullable<ProcessResult['confidenceOf']> } | undefined;
  needsReply: boolean;
  registeredAt: string;
  confirmedBy: string;
  /** The archivist's decision this registration carries out: kept on the document, and its line in the case's journal names the archivist. */
  decision?: ArchivistDecision | undefined;
  /** A part of a split file: main document (hoveddokument) or attachment (vedlegg), and the listed attachments the bundle lacks. */
  part?: { role: 'main' | 'attachment'; mainDocumentId: string | null; missingAttachments: string[] } | undefined;
}

export interface DocumentRepository {
  get(documentId: string): Promise<DocumentRecord | null>;
  /**
   * The document with its national ids left sealed (no `fields.nationalIds`): for a stage that needs only
   * its status, type, case or queue. It asks no national-id key, so Link (which holds none) may call it,
   * and it costs no KMS Decrypt where a key is held.
   */
  getAsStored(documentId: string): Promise<DocumentRecord | null>;
  /** Writes the journal entry; answers the stored document instead when one stands (routed, rejected, or registered to another case). */
  writeJournalEntry(entry: JournalEntry): Promise<DocumentRecord | null>;
  /**
   * Puts the document in the review queue unless its stored status is not in `overwrite`, or it holds an
   * archivist's decision or outcome other than the one this execution resumed from (`decidedAt`, absent
   * when it resumed from none); answers the stored one then.
   */
  recordReview(input: ReviewRecordInput): Promise<DocumentRecord | null>;
  recordRejection(input: { result: ProcessResult; reasonCode?: Reason | null | undefined; receivedDate: string; quarantineKey: string; queuedAt: string }): Promise<DocumentRecord | null>;
  markRouted(input: { result: ProcessResult; receivedDate: string; docQueue: { qpk: string; qsk: string } | null; routedAt: string }): Promise<DocumentRecord | null>;
  /**
   * Keeps an archivist's decision on a document still in review, once; false when it left the queue or was
   * decided meanwhile. With `queuedAt` (as read) also false when it was decided, sent on and queued again.
   */
  recordDecision(decision: ArchivistDecision, queuedAt?: string | null): Promise<boolean>;
  /** Closes another document's restanse (its reply came by this one). */
  writeOffRestanse(input: { documentId: string; byDocumentId: string; method: WriteOffMethod; on: string }): Promise<boolean>;
}

/** What a document about to open a case claims: the case's first-instance references, and its national-id hashes with the decision date. */
export interface NewCaseClaim {
  documentId: string;
  references: string[];
  nationalIdHashes: string[];
  decisionDate: string | null;
  claimedAt: string;
}

/** What joining a document changes on its case; `sheetConfirmedHashes` is the whole new list. */
export interface JoinedCaseChanges {
  status?: string;
  title?: string;
  sheetConfirmedHashes?: string[];
}

export interface CaseRepository {
  get(caseId: string, options?: { consistent?: boolean }): Promise<CaseRecord | null>;
  /**
   * The case as `get(caseId, { consistent: true })` reads it and, in the same request (one BatchGetItem),
   * its deadline book or its parties, for the change a step makes next (`changeDeadlines`' `asRead`,
   * `LetterRepository.changeParties`'): one round trip where there were two.
   */
  getWith(caseId: string, beside: 'deadlines' | 'parties'): Promise<{ record: CaseRecord | null; beside: ReadBeside }>;
  byReference(reference: string): Promise<LookupHit[]>;
  byNationalIdHash(hash: string): Promise<LookupHit[]>;
  /**
   * A document joins a case: applies the changes `changesFor` derives from the case as stored (status,
   * title, the persons confirmed under its cover sheet, never looked up by them), retrying while other
   * writers change it. Null when the case does not exist; a closed case is answered as it is, unchanged
   * (its version goes up with every join, so a giving up that read it before sees the join).
   */
  join(caseId: string, changesFor: (record: CaseRecord) => JoinedCaseChanges): Promise<CaseRecord | null>;
  /**
   * Before a new case takes a number: claims its identity for the document (a conditional write each).
   * `caseId: null` when every claim is this document's (a re-run finds its own); otherwise the case of
   * the document that claimed first, which this one joins. Waits while that case is being opened.
   */
  claimNewCase(claim: NewCaseClaim): Promise<{ caseId: string | null }>;
  /**
   * Opens a new case for a document under the next case number and writes the document's journal entry
   * with it (`journal` less the case's number). Idempotent per document: a re-run gets the same case.
   */
  open(draft: NewCase, journal: Omit<JournalEntry, 'caseId' | 'caseNumber'>): Promise<CaseRecord>;
  /** `asRead`: the book as `getWith` read it, taken as the first read (not with `fresh`, which reads nothing). */
  changeDeadlines(input: { caseId: string; area: string; fresh: boolean; change: DeadlineChange; asRead?: ReadBeside }): Promise<DeadlineChangeResult>;
  /** A new case enters its area's queue. */
  placeInQueue(input: { record: Pick<CaseRecord, 'caseId' | 'caseNumber' | 'receivedDate' | 'keywords'>; queue: string; keywords: string[]; priority: number; routedAt: string; routedBy: string }): Promise<boolean>;
  /** A joined case takes the document's keywords and, if higher, its priority. */
  raise(input: { caseId: string; knownKeywords: string[]; keywords: string[]; priority: number }): Promise<void>;
  /** Moves the case's mail waiting in a queue `from` accepts to `to`, each document by a conditional write on the queue seen; answers the moved ids. */
  moveMail(input: { caseId: string; from: (queue: string) => boolean; to: string }): Promise<string[]>;
}

/** Where an object is: the intake bucket's original, or a key of the document bucket. */
export interface BlobRef {
  bucket: string;
  key: string;
  versionId?: string | null | undefined;
}

export interface BlobStore {
  /** The object's size in bytes, read without downloading it. */
  size(ref: BlobRef): Promise<number>;
  get(ref: BlobRef): Promise<Uint8Array>;
  /**
   * The object's size and, unless it is larger than `maxBytes`, its bytes, in one request (S3: a GET
   * whose body is left unread when its length is over the limit); absent, a caller asks size() then get().
   */
  getUnlessLarger?(ref: BlobRef, maxBytes: number): Promise<{ size: number; bytes: Uint8Array | null }>;
  /** A key of the document bucket (page texts, quarantine). */
  getText(key: string): Promise<string>;
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  /** Copies an object into the document bucket under `key`. */
  copy(source: BlobRef, key: string): Promise<void>;
}

/** What people did (claims, archivists' decisions, deadlines opened by hand): identifiers and names only. */
export interface AuditLog {
  /** `once`: names the entry so that a repeat of the same step writes it again in place (functions/commons/store/audit.ts). */
  record(entry: { event: string; actor: string; at: string; caseId?: string | undefined; documentId?: string | undefined; details?: Record<string, unknown> | undefined; once?: string | undefined }): Promise<void>;
}

/**
 * Which upload first brought a document's bytes (SPEC.md "Duplicates and re-runs"): the first upload
 * claims the content id; a re-run of that upload finds its own claim; any other upload of the same
 * bytes is a duplicate and gets the first's answer. Throws DuplicateInFlight (domain/errors.ts) while the first is on its way.
 */
export interface ContentClaims {
  claim(input: { documentId: string; upload: string; fileName: string; claimedAt: string }): Promise<{ duplicate: false } | { duplicate: true; duplicateOf: string; result: ProcessResult | SplitOutcome }>;
}

export interface Clock {
  now(): Date;
}

/** The HMAC key national ids are hashed with (ID_HASH_KEY, or the secret ID_HASH_KEY_SECRET_ARN names). */
export type IdHashKeyProvider = () => Promise<string>;

/**
 * Publishes events (schemas/events.ts). Stages publish after their write, and a re-run publishes again
 * under the same ids, so a crash between the two loses nothing; adapters: EventBridge in AWS, the data
 * dir's log locally (functions/commons/events/).
 */
export interface EventPublisher {
  publish(events: readonly PostmottakEvent[]): Promise<void>;
}

/** Publishes nothing (tests that do not look at events). */
export const noEvents: EventPublisher = { publish: async () => {} };

/** A document in review as a later document may wait for it (see domain/registry/waiting-for-case.ts). */
export interface InReview {
  documentId: string;
  reviewedAt: string;
  waitsFor: string | null;
  /** It may open a case once decided: a create type by the machine's guess, or a type the machine is unsure of. */
  mayOpenCase?: boolean | undefined;
}

/**
 * Follow-ups wait for their case: documents in review listed by their case references and national
 * id hashes, and the documents waiting beside each of them (issue 13).
 */
export interface WaitingRoom {
  /** Documents still in review under this reference or national id hash. */
  inReview(key: { reference: string } | { nationalIdHash: string }): Promise<InReview[]>;
  /** Lists a document that went to review under its references and id hashes; a waiting one also beside the document it waits for. */
  enter(input: { documentId: string; mayOpenCase: boolean; references: string[]; nationalIdHashes: string[]; reviewedAt: string; waitsFor: string | null }): Promise<void>;
  /** The documents waiting beside this one, oldest first. */
  waitingBeside(documentId: string): Promise<string[]>;
}

/**
 * Documents on their way to opening a case: announced by Link under their case references and
 * national-id hashes, so a follow-up about the same case that finds none yet waits for it (issue 13:
 * "or a case being created in the same batch"). See domain/registry/case-in-flight.ts.
 */
export interface CasesInFlight {
  announce(input: { documentId: string; references: string[]; nationalIdHashes: string[]; announcedAt: string }): Promise<void>;
  /** Documents announced under this key that have no outcome yet (neither routed, nor in review, nor rejected). */
  pending(key: { reference: string } | { nationalIdHash: string }): Promise<string[]>;
}

/**
 * The documents of a batch that are still before Link (domain/intake/batch.ts, case-in-flight.ts): a
 * document enters at Inspect when its pages are to be read and leaves at its first Link (or when it
 * fails), so a follow-up that overtook its opener can tell that the opener may still come.
 */
export interface BatchRoll {
  enter(input: { batch: string; documentId: string; at: string }): Promise<void>;
  /**
   * On the roll before its execution starts (the CLI's batch, local/batch-roll-ahead.ts): `enter` keeps this
   * entry's time while it is live; `leave` takes it off. Absent: documents enter at Inspect only (AWS).
   */
  ahead?(input: { batch: string; documentId: string; at: string }): Promise<void>;
  leave(input: { batch: string; documentId: string; at: string }): Promise<void>;
  /**
   * Documents of the batch that entered at or before `since` and have not left (an execution's five minutes at most).
   * `startedOnly`: without entries put on ahead whose file has not reached Inspect yet (review s19 of batch19).
   */
  beforeLink(batch: string, since: string, options?: { startedOnly?: boolean }): Promise<string[]>;
}

/** Everything the registry stages (Link … Route, Review, Reject, RecordFailure) are given. */
export interface StagePorts {
  /** Absent: no document waits for another (every follow-up without a case is a review item of its own). */
  waiting?: WaitingRoom;
  /** Absent: a follow-up never waits for a case still being opened. */
  inFlight?: CasesInFlight;
  /** Absent: a follow-up never waits for the documents of its batch still before Link. */
  batches?: BatchRoll;
  /**
   * The parties registered on a case (the letters' record of them, stages/letter-ports.ts), for Link's
   * check that a cover-sheeted document is the case's person's. Absent: only the case's own ids count.
   */
  caseParties?: (caseId: string) => Promise<readonly Party[] | null>;
  /**
   * The kinds of a case's deadlines still open, for Link's question whether the case waits for the
   * letter (the grounds of its deadline-interrupting appeal). Absent: the kinds its opener opened count.
   */
  openDeadlineKinds?: (caseId: string) => Promise<readonly DeadlineKind[]>;
  config: PostmottakConfig;
  documents: DocumentRepository;
  cases: CaseRepository;
  clock: Clock;
  idHashKey: IdHashKeyProvider;
  events: EventPublisher;
  audit: AuditLog;
}

/** Stages that touch files (Inspect, ExtractPage, Classify, Reject) have the blob store as well. */
export interface BlobPorts {
  config: PostmottakConfig;
  blobs: BlobStore;
}

/** What a document's review record is written from (Review, RecordFailure, the stages watchdog). */
export interface ReviewRecordInput {
  result: ProcessResult;
  reasonCode?: Reason | null | undefined;
  receivedDate: string;
  resume: ReviewResume;
  queuedAt: string;
  failure?: { stage: string; error: string } | undefined;
  overwrite: DocumentStatus[];
  /** The decision the writing execution resumed from; absent or null when it resumed from none. */
  decidedAt?: string | null | undefined;
}
