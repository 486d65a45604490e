import { randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { POSTMARK_DATE_METADATA, RECEIVED_DATE_METADATA } from '#domain/intake/start-request';
import { keySegmentFor } from '#domain/object-keys';
import { maskNationalIdsInText } from '#domain/fields/masked-national-ids';
import type { UploadRequest, UploadSlot } from '#schemas/uploads';
import type { UploadSlots } from '../ports.ts';

/** A slot is good for five minutes: long enough for a large scan on a slow line, short enough to be of no use later. */
const SLOT_SECONDS = 300;

/**
 * Presigned PUTs into the intake bucket's incoming/ (the bucket's ObjectCreated event starts the
 * intake, as for the CLI's upload). Content-Length and Content-Type are signed headers, so the slot
 * takes exactly the file the page asked for; the mail dates and full file name travel as the same
 * object metadata the CLI sets.
 */
export function s3UploadSlots(bucket: string, client: () => S3Client, seconds = SLOT_SECONDS): UploadSlots {
  return {
    async slot(request: UploadRequest & { received: string }): Promise<UploadSlot> {
      // The name is kept with its national ids masked (local/intake.ts does the same), the key's too.
      const fileName = maskNationalIdsInText(request.fileName);
      const key = `incoming/page-${randomUUID()}/${keySegmentFor(fileName)}`;
      const metadata = {
        [RECEIVED_DATE_METADATA]: request.received,
        'file-name': encodeURIComponent(fileName),
        ...(request.postmarked ? { [POSTMARK_DATE_METADATA]: request.postmarked } : {}),
      };
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentLength: request.size, ContentType: request.contentType, Metadata: metadata });
      const url = await getSignedUrl(client(), command, { expiresIn: seconds, signableHeaders: new Set(['content-length', 'content-type']) });
      return {
        via: 'presigned-put',
        method: 'PUT',
        url,
        headers: { 'content-type': request.contentType },
        key,
        expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
      };
    },
  };
}
