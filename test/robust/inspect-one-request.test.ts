import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetClients, s3Client } from '#commons/clients';
import { s3BlobStore } from '#commons/blob-store';
import { startS3, type LocalServer } from '#local/s3';
import { loadConfig } from '#config/load';
import { inspectStage, type InspectPorts } from '#stages/inspect';
import type { BlobRef, BlobStore } from '#stages/ports';

/**
 * Inspect reads an upload with one request (a GET whose body is left unread when it is over the byte
 * limit) instead of a HEAD and a GET: the same answers — an oversized upload rejected unread, an empty
 * one rejected, a good one read — against a real S3 API on loopback.
 */
const bucket = 'postmottak-inspect-one';
let server: LocalServer;
let dir: string;
const requests: string[] = [];

beforeAll(async () => {
  process.env.AWS_REGION = 'eu-north-1';
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-inspect-one-'));
  server = await startS3({ directory: dir, buckets: [bucket] });
  process.env.AWS_ENDPOINT_URL_S3 = server.endpoint;
  resetClients();
  s3Client().middlewareStack.add((next, context) => async (args) => {
    requests.push(context.commandName ?? '?');
    return next(args);
  }, { step: 'initialize', name: 'countRequests' });
});
afterAll(async () => {
  resetClients();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function upload(key: string, body: Uint8Array): Promise<BlobRef> {
  await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  return { bucket, key };
}

/** The blob store as given, with every call it gets recorded. */
function recorded(blobs: BlobStore, calls: string[]): BlobStore {
  return new Proxy(blobs, {
    get(target, name: string) {
      const value = target[name as keyof BlobStore];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(name);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function portsWith(blobs: BlobStore, inspected: Uint8Array[]): InspectPorts {
  return {
    config: { ...loadConfig(), limits: { ...loadConfig().limits, maxBytes: 1000 } },
    blobs,
    inspectFile: async (bytes) => {
      inspected.push(bytes);
      return { ok: false, reason: 'not a file we read', reasonCode: 'unsupported_format' } as never;
    },
    pageConcurrency: () => 1,
    claims: { claim: async () => ({ duplicate: false }) },
    events: { publish: async () => undefined },
    clock: { now: () => new Date('2025-03-20T10:00:00Z') },
  } as InspectPorts;
}

const intakeOf = (ref: BlobRef) => ({ bucket: ref.bucket, key: ref.key, etag: 'e', receivedDate: '2025-03-20', postmarkDate: null }) as never;

describe('Inspect reads an upload in one request', () => {
  it('gives the size and the bytes of an object within the limit, and only the size of one over it', async () => {
    const blobs = s3BlobStore(bucket);
    const small = await upload('in/small.bin', new Uint8Array(1000).fill(7));
    const large = await upload('in/large.bin', new Uint8Array(1001).fill(7));
    expect(await blobs.getUnlessLarger!(small, 1000)).toEqual({ size: 1000, bytes: new Uint8Array(1000).fill(7) });
    expect(await blobs.getUnlessLarger!(large, 1000)).toEqual({ size: 1001, bytes: null });
    // The dropped body leaves the client able to read the next object.
    expect((await blobs.get(small)).length).toBe(1000);
  });

  it('reads a file within the limit with one GET and hands its bytes to the inspection', async () => {
    const ref = await upload('in/letter.pdf', new TextEncoder().encode('%PDF-1.7 a small file'));
    const calls: string[] = [];
    const inspected: Uint8Array[] = [];
    requests.length = 0;
    await inspectStage(intakeOf(ref), portsWith(recorded(s3BlobStore(bucket), calls), inspected));
    expect(calls).toEqual(['getUnlessLarger']);
    expect(requests).toEqual(['GetObjectCommand']);
    expect(new TextDecoder().decode(inspected[0])).toBe('%PDF-1.7 a small file');
  });

  it('rejects an oversized upload as too large without inspecting it, and an empty one as empty', async () => {
    const large = await upload('in/large.pdf', new Uint8Array(5000).fill(1));
    const empty = await upload('in/empty.pdf', new Uint8Array(0));
    const inspected: Uint8Array[] = [];
    const tooLarge = await inspectStage(intakeOf(large), portsWith(s3BlobStore(bucket), inspected));
    expect(tooLarge.inspection).toMatchObject({ status: 'rejected', reasonCode: { code: 'too_large' } });
    const none = await inspectStage(intakeOf(empty), portsWith(s3BlobStore(bucket), inspected));
    expect(none.inspection).toMatchObject({ status: 'rejected', reasonCode: { code: 'empty' } });
    expect(inspected).toEqual([]);
  });

  it('asks a store without the one-request read for the size first, as before', async () => {
    const ref = await upload('in/other.pdf', new TextEncoder().encode('%PDF-1.7 another'));
    const { getUnlessLarger: _, ...withoutIt } = s3BlobStore(bucket);
    const calls: string[] = [];
    const inspected: Uint8Array[] = [];
    await inspectStage(intakeOf(ref), portsWith(recorded(withoutIt, calls), inspected));
    expect(calls).toEqual(['size', 'get']);
    expect(inspected).toHaveLength(1);
  });
});
