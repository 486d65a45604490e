import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { BlobRef, BlobStore } from '../../stages/ports.ts';
import { s3Client } from './clients.ts';
import { env } from './env.ts';

const objectOf = (ref: BlobRef) => ({ Bucket: ref.bucket, Key: ref.key, ...(ref.versionId ? { VersionId: ref.versionId } : {}) });

/**
 * The blob store of stages/ports.ts over S3: the intake bucket's originals are read by reference, and
 * everything the pipeline writes goes to the document bucket (DOCUMENT_BUCKET). The client comes from
 * the environment, so the embedded runtime's loopback S3 serves it too.
 */
export function s3BlobStore(documentBucket: string = env.documentBucket()): BlobStore {
  return {
    size: async (ref) => (await s3Client().send(new HeadObjectCommand(objectOf(ref)))).ContentLength ?? 0,
    get: async (ref) => {
      const object = await s3Client().send(new GetObjectCommand(objectOf(ref)));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    },
    getText: async (key) => {
      const object = await s3Client().send(new GetObjectCommand({ Bucket: documentBucket, Key: key }));
      return object.Body ? await object.Body.transformToString('utf-8') : '';
    },
    put: async (key, body, contentType) => {
      await s3Client().send(new PutObjectCommand({ Bucket: documentBucket, Key: key, Body: body, ContentType: contentType }));
    },
    copy: async (source, key) => {
      const copySource = `${source.bucket}/${source.key.split('/').map(encodeURIComponent).join('/')}${source.versionId ? `?versionId=${encodeURIComponent(source.versionId)}` : ''}`;
      await s3Client().send(new CopyObjectCommand({ Bucket: documentBucket, Key: key, CopySource: copySource }));
    },
  };
}
