import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import type { BlobRef, BlobStore } from '../../stages/ports.ts';
import { gunzipSync, gzipSync } from 'node:zlib';
import { documentsPrefix } from '#domain/page-keys';
import { s3Client } from './clients.ts';
import { env } from './env.ts';

const objectOf = (ref: BlobRef) => ({ Bucket: ref.bucket, Key: ref.key, ...(ref.versionId ? { VersionId: ref.versionId } : {}) });

async function bytesOf(object: GetObjectCommandOutput): Promise<Uint8Array> {
  if (!object.Body) return new Uint8Array();
  // What put encoded comes back as it was put, whichever way it is read.
  const bytes = await object.Body.transformToByteArray();
  return object.ContentEncoding === 'gzip' ? new Uint8Array(gunzipSync(bytes)) : bytes;
}

/**
 * An answer without a Content-Length (a chunked one): the body read up to one byte past the limit, the
 * size judged by what arrived, so an oversized file is still not downloaded whole, nor a body taken as
 * empty because its length was not given. Over the limit, the size is the bytes read so far (a lower
 * bound, already past the limit).
 */
async function readCapped(object: GetObjectCommandOutput, maxBytes: number): Promise<{ size: number; bytes: Uint8Array | null }> {
  if (!object.Body) return { size: 0, bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let read = 0;
  // Leaving the loop early destroys the stream, which drops the connection rather than draining it.
  for await (const chunk of object.Body as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    read += chunk.byteLength;
    if (read > maxBytes) return { size: read, bytes: null };
  }
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return { size: read, bytes: object.ContentEncoding === 'gzip' ? new Uint8Array(gunzipSync(bytes)) : bytes };
}

/**
 * The blob store of stages/ports.ts over S3: the intake bucket's originals are read by reference, and
 * everything the pipeline writes goes to the document bucket (DOCUMENT_BUCKET). The client comes from
 * the environment, so the embedded runtime's loopback S3 serves it too.
 */
export function s3BlobStore(documentBucket: string = env.documentBucket()): BlobStore {
  return {
    size: async (ref) => (await s3Client().send(new HeadObjectCommand(objectOf(ref)))).ContentLength ?? 0,
    get: async (ref) => bytesOf(await s3Client().send(new GetObjectCommand(objectOf(ref)))),
    getUnlessLarger: async (ref, maxBytes) => {
      const object = await s3Client().send(new GetObjectCommand(objectOf(ref)));
      if (object.ContentLength === undefined) return readCapped(object, maxBytes);
      const size = object.ContentLength;
      if (size <= maxBytes) return { size, bytes: await bytesOf(object) };
      // Over the limit: the body is not read, and the connection is dropped rather than drained.
      (object.Body as { destroy?: () => void } | undefined)?.destroy?.();
      return { size, bytes: null };
    },
    getText: async (key) => {
      const object = await s3Client().send(new GetObjectCommand({ Bucket: documentBucket, Key: key }));
      if (!object.Body) return '';
      const bytes = await object.Body.transformToByteArray();
      return Buffer.from(object.ContentEncoding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
    },
    put: async (key, body, contentType) => {
      // Page texts and word boxes (JSON under documents/) are kept gzip-encoded: ~3.7x smaller for the
      // 400 days they are kept (scripts/measure-page-artefacts.ts); readers decode by ContentEncoding.
      const compressed = contentType === 'application/json' && key.startsWith(documentsPrefix);
      await s3Client().send(
        new PutObjectCommand({ Bucket: documentBucket, Key: key, Body: compressed ? gzipSync(body) : body, ContentType: contentType, ...(compressed ? { ContentEncoding: 'gzip' } : {}) }),
      );
    },
    copy: async (source, key) => {
      const copySource = `${source.bucket}/${source.key.split('/').map(encodeURIComponent).join('/')}${source.versionId ? `?versionId=${encodeURIComponent(source.versionId)}` : ''}`;
      await s3Client().send(new CopyObjectCommand({ Bucket: documentBucket, Key: key, CopySource: copySource }));
    },
  };
}
