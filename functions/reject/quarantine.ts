import { CopyObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '#commons/clients';
import { env } from '#commons/env';
import { keySegmentFor } from '#domain/object-keys';

/**
 * Keeps a rejected original under quarantine/{documentId}/original/{fileName}, with the reason beside it in
 * words the mailroom understands. Both writes overwrite themselves on a re-run.
 */
export async function quarantine(input: { documentId: string; fileName: string; source: { bucket: string; key: string; versionId?: string | null | undefined }; reason: string }): Promise<string> {
  const bucket = env.documentBucket();
  // The original goes in a folder of its own: a file named reason.json once lost its copy to the reason record.
  const key = `quarantine/${input.documentId}/original/${keySegmentFor(input.fileName)}`;
  const copySource = `${input.source.bucket}/${input.source.key.split('/').map(encodeURIComponent).join('/')}${input.source.versionId ? `?versionId=${encodeURIComponent(input.source.versionId)}` : ''}`;
  await s3Client().send(new CopyObjectCommand({ Bucket: bucket, Key: key, CopySource: copySource }));
  await s3Client().send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: `quarantine/${input.documentId}/reason.json`,
      Body: JSON.stringify({ documentId: input.documentId, fileName: input.fileName, reason: input.reason, source: { bucket: input.source.bucket, key: input.source.key } }, null, 2),
      ContentType: 'application/json',
    }),
  );
  return key;
}
