import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type LocalServer } from '#local/s3';
import { uploadToIncoming } from '../../local/mailroom/uploader.ts';

/** The upload to a bucket, against the loopback S3 server that speaks the real API. */
describe('uploading a scan to incoming/', () => {
  let dir: string;
  let server: LocalServer;
  let s3: S3Client;
  const bucket = 'mailroom-test';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-upload-'));
    server = await startS3({ directory: path.join(dir, 's3'), buckets: [bucket] });
    s3 = new S3Client({
      endpoint: server.endpoint,
      region: 'eu-north-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });
  afterAll(async () => {
    s3.destroy();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts the bytes under their digest with the dates as metadata, and sends nothing the second time', async () => {
    const file = path.join(dir, 'brev.pdf');
    await writeFile(file, randomBytes(2048));
    const first = await uploadToIncoming(s3, bucket, { file, receivedDate: '2025-03-20', postmarkDate: '2025-03-18', batch: 'tirsdag' });
    expect(first.uploaded).toBe(true);
    expect(first.key).toBe(`incoming/${first.sha256.slice(0, 16)}/brev.pdf`);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: first.key }));
    expect(head.Metadata).toMatchObject({ 'received-date': '2025-03-20', 'postmark-date': '2025-03-18', batch: 'tirsdag', 'content-sha256': first.sha256 });

    // The same bytes under another name, in another run: found by the digest, not sent again.
    const renamed = path.join(dir, 'brev-kopi.pdf');
    await writeFile(renamed, await readFile(file));
    const again = await uploadToIncoming(s3, bucket, { file: renamed, receivedDate: '2025-03-21', postmarkDate: null, batch: null });
    expect(again).toMatchObject({ uploaded: false, key: first.key, sha256: first.sha256 });
  });

  it('sends a large scan in parts and the stored object is the whole file', async () => {
    const file = path.join(dir, 'stor-skanning.tif');
    const bytes = randomBytes(17 * 1024 * 1024);
    await writeFile(file, bytes);
    const commands: string[] = [];
    s3.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(context.commandName ?? '');
        return next(args);
      },
      { step: 'initialize', name: 'countCommands' },
    );
    const object = await uploadToIncoming(s3, bucket, { file, receivedDate: '2025-03-20', postmarkDate: null, batch: null });
    s3.middlewareStack.remove('countCommands');
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: object.key }));
    expect(head.ContentLength).toBe(bytes.length);
    expect(commands.filter((c) => c === 'UploadPartCommand')).toHaveLength(3);
    expect(commands).toContain('CompleteMultipartUploadCommand');
  });

  it('keeps a national id in the file name out of the key (QA s14 e H1; review: upload --bucket wrote it in clear)', async () => {
    // Synthetic id: born 15.08.1990, month + 80.
    const file = path.join(dir, '15889010069-legeerklaering.pdf');
    await writeFile(file, randomBytes(2048));
    const object = await uploadToIncoming(s3, bucket, { file, receivedDate: '2025-03-20', postmarkDate: null, batch: null });
    expect(object.key).toBe(`incoming/${object.sha256.slice(0, 16)}/158890*****-legeerklaering.pdf`);
  });
});
