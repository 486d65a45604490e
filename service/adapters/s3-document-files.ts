import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PageText } from '#engines/ocr/page-text';
import { pageImageKey, pageTextKey } from '#domain/page-keys';
import { s3Client } from '../../functions/commons/clients.ts';
import type { DocumentFiles, ObjectLocation } from '../ports.ts';
import { ImmutableCache } from './immutable-cache.ts';

/** Links live five minutes: long enough to open, short enough that a copied link soon stops working. */
const LINK_SECONDS = 300;
/** Page images of a few hundred documents (~100 KB each), well inside a Lambda's or serve's memory. */
const CACHE_BYTES = 64 * 1024 * 1024;

async function readObject(bucket: string, key: string): Promise<Uint8Array | null> {
  try {
    const out = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return await out.Body!.transformToByteArray();
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null;
    throw error;
  }
}

/** Page texts and presigned links from the document bucket (S3 in AWS, the loopback S3 server locally). */
export function s3DocumentFiles(bucket: string, options: { linkSeconds?: number; cacheBytes?: number } = {}): DocumentFiles {
  const seconds = options.linkSeconds ?? LINK_SECONDS;
  // Opening a review item reads its page texts and images; going back to it (or the next person
  // opening it) need not fetch them from the bucket again: they never change for a document id.
  const cacheBytes = options.cacheBytes ?? CACHE_BYTES;
  const texts = new ImmutableCache<PageText>(cacheBytes / 4, (t) => t.text.length * 2 + t.words.length * 96);
  const images = new ImmutableCache<Uint8Array>(cacheBytes, (b) => b.byteLength);
  return {
    bucket,
    readPage: (documentId, pageIndex) =>
      texts.get(pageTextKey(documentId, pageIndex), async () => {
        const body = await readObject(bucket, pageTextKey(documentId, pageIndex));
        return body ? PageText.parse(JSON.parse(Buffer.from(body).toString('utf8'))) : null;
      }),
    readPageImage: (documentId, pageIndex) => images.get(pageImageKey(documentId, pageIndex), () => readObject(bucket, pageImageKey(documentId, pageIndex))),
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
