import path from 'node:path';
import type { PostmottakConfig } from '#schemas/config';
import type { EventPublisher } from '../stages/ports.ts';
import type { PostmottakEvent } from '#schemas/events';
import type { ProcessResult, SplitOutcome } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { UploadRequest, UploadSlot } from '#schemas/uploads';
import type { ReconcileAnswer } from '#schemas/reconcile-api';
import type { PageText } from '#engines/ocr/page-text';
import type { Db } from '../functions/commons/store/db.ts';

/**
 * What the service's operations need from the world, injected so the same operations run under
 * `serve` (loopback S3 and DynamoDB, the in-process state machine), in a Lambda behind API Gateway
 * (real S3 and DynamoDB, StartSyncExecution of the stages) and in the CLI without serve.
 */

export interface ObjectLocation {
  bucket: string;
  key: string;
}

/** Page texts, page images and originals in the document bucket. */
import type { LabelledExample } from '../stages/decide.ts';

export interface DocumentFiles {
  /** The stored text and word boxes of one page, or null when that page was never read. */
  readPage(documentId: string, pageIndex: number): Promise<PageText | null>;
  /** The prepared page image OCR read (PNG), made from the original on first opening; null when the page has none (a text-layer page). */
  readPageImage?(documentId: string, pageIndex: number): Promise<Uint8Array | null>;
  /** A short-lived GET link (presigned). */
  link(location: ObjectLocation, options: { fileName?: string; contentType?: string }): Promise<{ url: string; expiresAt: string }>;
  /** The bucket holding documents/ and quarantine/. */
  readonly bucket: string;
}

export interface Upload {
  bytes: Uint8Array;
  fileName: string;
  receivedDate: string;
  postmarkDate: string | null;
  /** The batch it is handed in with (domain/intake/batch.ts); absent: the received day's. */
  batch?: string | null;
}

/** The state machine, as this runtime starts it. */
/**
 * The ASL's DuplicateInFlight end: these bytes' first upload was still being processed after Inspect
 * waited for it. Nothing was recorded for this upload; the file has no line of its own until the first
 * has its outcome. The local runtime waits for a first upload it runs itself (local/service-runtime.ts),
 * so only another execution on the data dir (a `reconcile --redrive` beside it) gets here. The API
 * answers it as a 409 with Retry-After (service/operations/intake.ts).
 */
export class FirstUploadInFlight extends Error {
  override readonly name = 'FirstUploadInFlight';
  constructor(readonly file: string) {
    super(`${path.basename(file)}: de samme bytene behandles fortsatt fra en tidligere opplasting; kjør kommandoen igjen når den er ferdig, så får filen svaret dens`);
  }
}

export interface Pipeline {
  /** A new execution from an archivist's decision; it resumes at Link (README "The review step survives restarts"). */
  resume(state: ExecutionState): Promise<ProcessResult>;
  /** The same, started without waiting for where the document goes (AWS: an Express execution started asynchronously). */
  start?(state: ExecutionState): Promise<void>;
  /** The mailroom's upload through the whole pipeline (locally: the CLI's `process` while serve runs); throws FirstUploadInFlight while the same bytes' first upload is on its way. */
  /** A file split into several documents answers one line per part (SplitOutcome). */
  intake?(upload: Upload): Promise<ProcessResult | SplitOutcome>;
  /** The CLI's batch on its roll before its first file runs (local/batch-roll-ahead.ts). Absent: a document enters at Inspect (AWS). */
  batchAhead?: BatchAhead;
}

/** Documents put on their batch's roll before their executions start, and taken off when they end or never run. */
export interface BatchAhead {
  /** `batchKey` as domain/intake/batch.ts's batchKeyOf gives it; the ids are the files' content ids. */
  enter(batchKey: string, documentIds: readonly string[]): Promise<void>;
  off(batchKey: string, documentId: string): Promise<void>;
}

/** A read of a case's or a document's personal data, for the access log only the auditor reads. */
export interface AccessRecord {
  at: string;
  person: string;
  role: string;
  action: 'case:read' | 'document:read' | 'document:text' | 'document:original' | 'review:read' | 'letter:read' | 'access-log:read' | 'examples:export' | 'person:lookup';
  caseId?: string | undefined;
  documentId?: string | undefined;
  why?: string | undefined;
  /** A document read: the document's type, and whether that type is special-category data (never its text). */
  documentType?: string | undefined;
  specialCategory?: boolean | undefined;
  /** An `access-log:read`: the filter the auditor asked with (from=…&to=…[&person=…][&case=…][&document=…][&nationalIdHash=…]); an `examples:export`: since=…&documents=N. */
  filter?: string | undefined;
}

export interface AccessLogQuery {
  /** Days (Europe/Oslo calendar dates, inclusive) the reads happened on. */
  from: string;
  to: string;
  /**
   * Only reads about these: an entry matches by its case or by its document. A case's filter lists the
   * case's documents too, since a read of a document while it waited in review was logged without a case.
   */
  about?: { caseIds: ReadonlySet<string>; documentIds: ReadonlySet<string> } | undefined;
  /** Part of the reader's name, any case. */
  person?: string | undefined;
}

export interface AccessLog {
  record(entry: AccessRecord): Promise<void>;
  /** In any order (the operation sorts). Only the auditor role gets here (service/operations/downstream.ts). */
  list?(query: AccessLogQuery): Promise<AccessRecord[]>;
}

/** Events published so far, for `GET /events` (the table's feed, locally and in AWS; consumers also subscribe to the bus). */
export interface EventFeed {
  /** Up to `limit` after the event with id `since` (from the first without it), oldest first; null when `since` is unknown. */
  after(since: string | undefined, limit: number): Promise<PostmottakEvent[] | null>;
}

export type { EventPublisher } from '../stages/ports.ts';

/**
 * Where archivists' decisions are kept as labelled examples for the next model (issue 13): with the
 * documents (locally `<data dir>/examples/`, owner-only), never in the repository.
 */
export interface ExampleStore {
  record(example: LabelledExample): Promise<void>;
}

export interface ServiceContext {
  db: Db;
  /** Absent: decisions leave no labelled example. */
  examples?: ExampleStore;
  config: PostmottakConfig;
  files: DocumentFiles;
  pipeline: Pipeline;
  accessLog: AccessLog;
  events: EventPublisher;
  eventFeed?: EventFeed | undefined;
  now: () => Date;
  /** SPEC.md: the system role sees personal data masked unless configured otherwise. */
  systemSeesPersonalData?: boolean;
  /** Presigned uploads into incoming/ (AWS); absent, the page sends files to the intake route. */
  uploads?: UploadSlots;
  /** Absent (AWS: the people are Cognito's): a handler's queue is matched to the asker's own name only. */
  people?: PeopleDirectory;
  /** `postmottak reconcile` over the embedded stack (serve, or the command's own run); AWS reconciles on a schedule instead. */
  reconciler?: Reconciler;
}

/** The people who have tokens (locally people.json); a handler's queue is looked up by its person's name. */
export interface PeopleDirectory {
  /** Everyone, with their stored spelling; empty while nobody was added (the demo: any name is taken as given). */
  list(): Promise<{ name: string; role: string }[]>;
}

export interface Reconciler {
  run(options: { redrive: boolean }): Promise<ReconcileAnswer>;
}

/** Where the page's dropped files go in a deployment with an intake bucket. */
export interface UploadSlots {
  slot(request: UploadRequest & { received: string }): Promise<UploadSlot>;
}

export const noAccessLog: AccessLog = { record: async () => {} };
export { noEvents } from '../stages/ports.ts';
