import { maskNationalIdsInText } from '#domain/fields/masked-national-ids';
import { GetObjectCommand, ListObjectsV2Command, NoSuchKey } from '@aws-sdk/client-s3';
import { partDocumentId } from '#domain/bundles/document-parts';
import { contentDocumentId, documentIdFor } from '#domain/identity';
import { osloDate } from '#domain/calendar';
import { verdictFor, type DocumentState, type ObjectVerdict } from '#domain/reconcile';
import { batchOf, dateFrom, POSTMARK_DATE_METADATA, RECEIVED_DATE_METADATA } from '#domain/intake/start-request';
import type { IntakeInput } from '#schemas/pipeline';
import { s3Client } from './clients.ts';
import { getDocumentAsStored } from './store/documents.ts';
import type { Db } from './store/db.ts';
import { backfillHeld } from './store/held-cases.ts';

/**
 * Every object under incoming/ compared with the register (issue 14): the same check on a laptop
 * (`postmottak reconcile`) and in AWS (the scheduled reconcile function). An object's document is
 * found by the digest of its bytes (identity by content), or by the upload's id when Inspect failed
 * before it read them (RecordFailure then recorded it under that id).
 */
export interface ObjectReport {
  key: string;
  documentId: string;
  /** The case the document is on, when it reached one. */
  caseId: string | null;
  verdict: ObjectVerdict;
  /** What a redrive starts the state machine with: the upload as the trigger would have announced it. */
  intake: IntakeInput;
  fileName: string;
}

export async function* incomingObjects(bucket: string, prefix = 'incoming/'): AsyncGenerator<{ key: string; lastModified: Date | undefined }> {
  let token: string | undefined;
  do {
    const page = await s3Client().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
    for (const o of page.Contents ?? []) if (o.Key) yield { key: o.Key, lastModified: o.LastModified };
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}


/** An upload's bytes, the version it was announced with; null when the object is gone. */
export async function readUpload({ bucket, key, versionId }: Pick<IntakeInput, 'bucket' | 'key' | 'versionId'>): Promise<Uint8Array | null> {
  try {
    const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
    return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
    throw error;
  }
}

export async function reportObject(db: Db, bucket: string, key: string): Promise<ObjectReport> {
  const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const bytes = object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
  const metadata = object.Metadata ?? {};
  const intake: IntakeInput = {
    bucket,
    key,
    etag: (object.ETag ?? '').replaceAll('"', ''),
    versionId: object.VersionId ?? null,
    receivedDate: dateFrom(metadata, RECEIVED_DATE_METADATA) ?? osloDate(object.LastModified ?? new Date()),
    postmarkDate: dateFrom(metadata, POSTMARK_DATE_METADATA),
    // A redrive keeps the upload's batch, so a follow-up in it still waits for its opener (stages/link.ts).
    ...batchOf(metadata),
  };
  const document = await findDocument(db, intake, bytes);
  return {
    key,
    documentId: document?.documentId ?? contentDocumentId(bytes),
    caseId: document?.caseId ?? null,
    verdict: verdictFor((document?.status as DocumentState | undefined) ?? null),
    intake,
    fileName: maskNationalIdsInText(fileNameOf(metadata['file-name']) ?? key.slice(key.lastIndexOf('/') + 1)),
  };
}

/**
 * The document an upload became: by the digest of its bytes, by the upload's id (Inspect failed before
 * it read them), or a split file's last part. Null when no stage recorded one. `bytes` null: the
 * object is gone, so only the upload's id can find it.
 */
export async function findDocument(db: Db, intake: IntakeInput, bytes: Uint8Array | null) {
  const byContent = bytes ? contentDocumentId(bytes) : null;
  return (
    (byContent ? await getDocumentAsStored(db, byContent) : null) ??
    (await getDocumentAsStored(db, documentIdFor(intake))) ??
    (byContent ? await lastPartOf(db, byContent) : null)
  );
}

/** A split file is finished when its last part is (parts run in page order): that part's document. */
async function lastPartOf(db: Db, fileDocumentId: string) {
  const first = await getDocumentAsStored(db, partDocumentId(fileDocumentId, 1));
  const parts = first?.result?.parts;
  return parts && parts > 1 ? getDocumentAsStored(db, partDocumentId(fileDocumentId, parts)) : first;
}

function fileNameOf(encoded: string | undefined): string | null {
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

export async function reconcileIncoming(db: Db, bucket: string): Promise<ObjectReport[]> {
  const reports: ObjectReport[] = [];
  for await (const { key } of incomingObjects(bucket)) reports.push(await reportObject(db, bucket, key));
  await backfillHeldCases(db, reports);
  return reports;
}

/**
 * «Mine saker» for claims made before its entries existed (held-cases.ts): every case reconcile meets
 * that is held and has no entry gets one, once. Returns how many were written.
 */
export async function backfillHeldCases(db: Db, reports: readonly Pick<ObjectReport, 'caseId'>[]): Promise<number> {
  let written = 0;
  for (const caseId of new Set(reports.map((r) => r.caseId).filter((id): id is string => id !== null))) if (await backfillHeld(db, caseId)) written += 1;
  return written;
}
