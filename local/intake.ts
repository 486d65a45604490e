import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../functions/commons/clients.ts';
import { POSTMARK_DATE_METADATA, RECEIVED_DATE_METADATA, startRequestFor } from '../domain/intake/start-request.ts';
import { ProcessResult, SplitOutcome } from '../schemas/pipeline.ts';
import { linesOf, type FileOutcome } from '../domain/intake/file-outcome.ts';
import type { ExecutionState } from '../schemas/state.ts';
import type { LocalStateMachine } from './state-machine.ts';
import { BATCH_METADATA } from '../domain/intake/batch.ts';
import { keySegmentFor } from '../domain/object-keys.ts';
import { maskNationalIdsInText } from '../domain/fields/masked-national-ids.ts';
import { uploadKeyDigest } from './interrupted-uploads.ts';
import { FirstUploadInFlight } from '../service/ports.ts';

export interface MailDates {
  receivedDate: string;
  postmarkDate: string | null;
  /** The batch it was handed in with (domain/intake/batch.ts): the command's or serve's caller's. */
  batch?: string | null | undefined;
}

/**
 * What the mailroom's upload does in AWS: put the scan under incoming/ with the mail's dates as
 * object metadata. Every upload is a new object, as every PUT is a new version in the versioned
 * bucket in AWS; the same bytes are still one document, since its id is the digest of its content
 * (Inspect recognises the second upload as a duplicate). The key holds a shortened file name (see
 * domain/object-keys.ts); the document keeps the full one.
 */
export async function uploadScan(bucket: string, file: string, dates: MailDates): Promise<ExecutionState> {
  return uploadScanBytes(bucket, await readFile(file), path.basename(file), dates);
}

/** The same upload from bytes already in memory (a scan handed in through `serve`). */
export async function uploadScanBytes(bucket: string, bytes: Uint8Array, named: string, dates: MailDates): Promise<ExecutionState> {
  // Mailrooms name files after the person: the name is kept with its national ids masked, in the key too.
  const fileName = maskNationalIdsInText(named);
  const key = `incoming/${uploadKeyDigest(bytes)}-${randomUUID().slice(0, 8)}/${keySegmentFor(fileName)}`;
  // The full file name (the key holds a shortened one), percent-encoded: metadata travels as ASCII headers.
  const metadata = { [RECEIVED_DATE_METADATA]: dates.receivedDate, 'file-name': encodeURIComponent(fileName), ...(dates.postmarkDate ? { [POSTMARK_DATE_METADATA]: dates.postmarkDate } : {}), ...(dates.batch ? { [BATCH_METADATA]: dates.batch } : {}) };
  const put = await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, Metadata: metadata }));
  if (!put.ETag) throw new Error(`the S3 server returned no ETag for ${key}`);
  // The same mapping as the AWS trigger (functions/start-intake), from what S3 would announce.
  const { input } = startRequestFor({ bucket, key, etag: put.ETag, versionId: put.VersionId ?? null, eventTime: new Date().toISOString() }, metadata);
  return { ...input, fileName };
}

/** One scan through the state machine; the outcome is its SPEC.md JSON line, or a line per part of a split file. */
export async function processScan(
  machine: LocalStateMachine,
  bucket: string,
  file: string,
  dates: MailDates,
  trace?: (line: string) => void,
): Promise<{ result: ProcessResult; results: ProcessResult[]; outcome: FileOutcome; path: string[] }> {
  return runToResult(machine, await uploadScan(bucket, file, dates), file, trace);
}

/**
 * One execution of the state machine, read for `file`: `outcome` as the execution answered (a split
 * file answers one line per part), `results` its JSON lines, and `result` the first of them (the
 * only one of a file that was not split, or an archivist's decision).
 */
export async function runToResult(
  machine: LocalStateMachine,
  input: ExecutionState,
  file: string,
  trace?: (line: string) => void,
  execution?: { id: string; startedAt: number },
): Promise<{ result: ProcessResult; results: ProcessResult[]; outcome: FileOutcome; path: string[] }> {
  const { output, path } = await machine.run(input as never, { trace, execution });
  const raw = output as { status?: unknown; inFlightDuplicate?: unknown };
  if (raw.inFlightDuplicate === true) throw new FirstUploadInFlight(file);
  const outcome: FileOutcome = raw.status === 'split' ? SplitOutcome.parse(output) : ProcessResult.parse({ ...(output as object), file });
  const results = linesOf(outcome, file);
  return { result: results[0]!, results, outcome: raw.status === 'split' ? { ...(outcome as SplitOutcome), parts: results } : outcome, path };
}
