import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { maskNationalIdsInText } from '../../domain/fields/masked-national-ids.ts';

/**
 * Puts a scan under incoming/ of a bucket — the embedded stack's or a real one — with the mail's
 * dates as object metadata. The key carries the start of the SHA-256 of the bytes, so the same scan
 * is found again whatever its name: a re-run (an interrupted batch started again) skips what is
 * already there. Large files go up in parts (lib-storage's multipart upload), parts in parallel.
 */
export interface UploadRequest {
  file: string;
  receivedDate: string;
  postmarkDate: string | null;
  batch: string | null;
}

export interface UploadedObject {
  bucket: string;
  key: string;
  etag: string;
  versionId: string | null;
  sha256: string;
  /** False when the same bytes were already under incoming/ (nothing was sent). */
  uploaded: boolean;
}

/** The prefix local/intake.ts uses too, so `process` and `upload` of one scan are found as one by their bytes. */
export function incomingPrefix(sha256: string): string {
  return `incoming/${sha256.slice(0, 16)}/`;
}

const PART_SIZE = 8 * 1024 * 1024;

export async function uploadToIncoming(s3: S3Client, bucket: string, request: UploadRequest): Promise<UploadedObject> {
  const bytes = await readFile(request.file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const prefix = incomingPrefix(sha256);
  const existing = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1 }));
  const found = existing.Contents?.[0];
  if (found?.Key && found.ETag) {
    return { bucket, key: found.Key, etag: found.ETag.replaceAll('"', ''), versionId: null, sha256, uploaded: false };
  }
  // Mailrooms name files after the person: the key, which the table and the original's link repeat, keeps the id masked.
  const key = `${prefix}${maskNationalIdsInText(path.basename(request.file))}`;
  const upload = new Upload({
    client: s3,
    partSize: PART_SIZE,
    queueSize: 4,
    params: {
      Bucket: bucket,
      Key: key,
      Body: bytes,
      Metadata: {
        'received-date': request.receivedDate,
        ...(request.postmarkDate ? { 'postmark-date': request.postmarkDate } : {}),
        ...(request.batch ? { batch: request.batch } : {}),
        'content-sha256': sha256,
      },
    },
  });
  const done = await upload.done();
  if (!done.ETag) throw new Error(`the bucket returned no ETag for ${key}`);
  return { bucket, key, etag: done.ETag.replaceAll('"', ''), versionId: done.VersionId ?? null, sha256, uploaded: true };
}
