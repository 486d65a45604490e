import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../functions/commons/clients.ts';
import { POSTMARK_DATE_METADATA, RECEIVED_DATE_METADATA, startRequestFor } from '../domain/intake/start-request.ts';
import { ProcessResult } from '../schemas/pipeline.ts';
import type { ExecutionState } from '../schemas/state.ts';
import type { LocalStateMachine } from './state-machine.ts';

export interface MailDates {
  receivedDate: string;
  postmarkDate: string | null;
}

/**
 * What the mailroom's upload does in AWS: put the scan under incoming/ with the mail's dates as
 * object metadata. The key carries a digest of the bytes, so the same scan uploaded again is the same
 * object (and so the same document), while two different scans with one file name are not.
 */
export async function uploadScan(bucket: string, file: string, dates: MailDates): Promise<ExecutionState> {
  return uploadScanBytes(bucket, await readFile(file), path.basename(file), dates);
}

/** The same upload from bytes already in memory (a scan handed in through `serve`). */
export async function uploadScanBytes(bucket: string, bytes: Uint8Array, fileName: string, dates: MailDates): Promise<ExecutionState> {
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const key = `incoming/${digest}/${fileName}`;
  const metadata = { [RECEIVED_DATE_METADATA]: dates.receivedDate, ...(dates.postmarkDate ? { [POSTMARK_DATE_METADATA]: dates.postmarkDate } : {}) };
  const put = await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, Metadata: metadata }));
  if (!put.ETag) throw new Error(`the S3 server returned no ETag for ${key}`);
  // The same mapping as the AWS trigger (functions/start-intake), from what S3 would announce.
  const { input } = startRequestFor({ bucket, key, etag: put.ETag, versionId: put.VersionId ?? null, eventTime: new Date().toISOString() }, metadata);
  return { ...input, fileName };
}

/** One scan through the state machine; the result is the SPEC.md JSON line for it. */
export async function processScan(
  machine: LocalStateMachine,
  bucket: string,
  file: string,
  dates: MailDates,
  trace?: (line: string) => void,
): Promise<{ result: ProcessResult; path: string[] }> {
  return runToResult(machine, await uploadScan(bucket, file, dates), file, trace);
}

/** One execution of the state machine, read as the SPEC.md JSON line for `file`. */
export async function runToResult(
  machine: LocalStateMachine,
  input: ExecutionState,
  file: string,
  trace?: (line: string) => void,
): Promise<{ result: ProcessResult; path: string[] }> {
  const { output, path } = await machine.run(input as never, { trace });
  return { result: ProcessResult.parse({ ...(output as object), file }), path };
}
