import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PageText } from '#engines/ocr/page-text';
import { pageTextKey } from '#domain/page-keys';
import { s3Client } from '../../functions/commons/clients.ts';
import type { DocumentFiles, ObjectLocation } from '../ports.ts';

/** Links live five minutes: long enough to open, short enough that a copied link soon stops working. */
const LINK_SECONDS = 300;

/** Page texts and presigned links from the document bucket (S3 in AWS, the loopback S3 server locally). */
export function s3DocumentFiles(bucket: string, options: { linkSeconds?: number } = {}): DocumentFiles {
  const seconds = options.linkSeconds ?? LINK_SECONDS;
  return {
    bucket,
    async readPage(documentId, pageIndex) {
      try {
        const out = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: pageTextKey(documentId, pageIndex) }));
        return PageText.parse(JSON.parse(await out.Body!.transformToString('utf8')));
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async link(location: ObjectLocation, linkOptions) {
      const disposition = linkOptions.fileName ? `inline; filename*=UTF-8''${encodeURIComponent(linkOptions.fileName)}` : undefined;
      const command = new GetObjectCommand({
        Bucket: location.bucket,
        Key: location.key,
        ...(disposition ? { ResponseContentDisposition: disposition } : {}),
        ...(linkOptions.contentType ? { ResponseContentType: linkOptions.contentType } : {}),
      });
      const url = await getSignedUrl(s3Client(), command, { expiresIn: seconds });
      return { url, expiresAt: new Date(Date.now() + seconds * 1000).toISOString() };
    },
  };
}
