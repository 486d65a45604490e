import type { PostmottakConfig } from '#schemas/config';
import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { PageText } from '#engines/ocr/page-text';
import type { Db } from '../functions/commons/store/db.ts';

/**
 * What the service's operations need from the world, injected so the same operations run under
 * `serve` (loopback S3 and DynamoDB, the in-process state machine), in a Lambda behind API Gateway
 * (real S3 and DynamoDB, StartExecution of the guard) and in the CLI without serve.
 */

export interface ObjectLocation {
  bucket: string;
  key: string;
}

/** Page texts, page images and originals in the document bucket. */
export interface DocumentFiles {
  /** The stored text and word boxes of one page, or null when that page was never read. */
  readPage(documentId: string, pageIndex: number): Promise<PageText | null>;
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
}

/** The state machine, as this runtime starts it. */
export interface Pipeline {
  /** A new execution from an archivist's decision; it resumes at Link (README "The review step survives restarts"). */
  resume(state: ExecutionState): Promise<ProcessResult>;
  /** The mailroom's upload through the whole pipeline (locally: the CLI's `process` while serve runs). */
  intake?(upload: Upload): Promise<ProcessResult>;
}

/** A read of a case's or a document's personal data, for the access log only the auditor reads. */
export interface AccessRecord {
  at: string;
  person: string;
  role: string;
  action: 'case:read' | 'document:read' | 'document:text' | 'document:original' | 'review:read';
  caseId?: string | undefined;
  documentId?: string | undefined;
  why?: string | undefined;
}

export interface AccessLog {
  record(entry: AccessRecord): Promise<void>;
}

/** SPEC.md "Events": id derived from the change, so a repeat publishes the same id. */
export interface ServiceEvent {
  id: string;
  type: 'CaseClaimed' | 'CaseReleased' | 'DeadlineOpened';
  version: 1;
  time: string;
  caseId?: string;
  documentId?: string;
  detail: Record<string, unknown>;
}

export interface EventPublisher {
  publish(events: ServiceEvent[]): Promise<void>;
}

export interface ServiceContext {
  db: Db;
  config: PostmottakConfig;
  files: DocumentFiles;
  pipeline: Pipeline;
  accessLog: AccessLog;
  events: EventPublisher;
  now: () => Date;
  /** SPEC.md: the system role sees personal data masked unless configured otherwise. */
  systemSeesPersonalData?: boolean;
}

export const noAccessLog: AccessLog = { record: async () => {} };
export const noEvents: EventPublisher = { publish: async () => {} };
