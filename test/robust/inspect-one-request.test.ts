import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform, pipeline, type Readable } from 'node:stream';
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
/** The body bytes the SDK's caller took from each GET's answer, by key. */
const delivered = new Map<string, number>();
/** Each GET's body as the SDK's caller got it, by key: destroyed once the reader dropped it. */
const bodies = new Map<string, Readable>();
/** Keys whose answers lose their Content-Length on the way in, as a chunked answer has none. */
const chunked = new Set<string>();

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
  // Innermost (low priority in the last step): sees the raw HTTP answer before the SDK parses it.
  s3Client().middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const key = (args.input as { Key?: string }).Key;
      const response = result.response as { headers: Record<string, string>; body?: Readable };
      if (context.commandName !== 'GetObjectCommand' || !key || !response.body) return result;
      if (chunked.has(key)) delete response.headers['content-length'];
      delivered.set(key, 0);
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          delivered.set(key, (delivered.get(key) ?? 0) + chunk.length);
          done(null, chunk);
        },
      });
      // pipeline, not pipe: a counter destroyed by the reader destroys the socket's stream behind it.
      response.body = pipeline(response.body, counter, () => undefined);
      bodies.set(key, counter);
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'countBodyBytes' },
  );
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

const MiB = 1024 * 1024;
/** Well past what the streams buffer ahead of a reader (tens of KiB), far below a body read whole. */
const unread = MiB / 4;

const intakeOf = (ref: BlobRef) => ({ bucket: ref.bucket, key: ref.key, etag: 'e', receivedDate: '2025-03-20', postmarkDate: null }) as never;

describe('Inspect reads an upload in one request', () => {
  it('gives the size and the bytes of an object within the limit, and only the size of one over it', async () => {
    const blobs = s3BlobStore(bucket);
    const small = await upload('in/small.bin', new Uint8Array(1000).fill(7));
    const over = await upload('in/over.bin', new Uint8Array(1001).fill(7));
    const large = await upload('in/large.bin', new Uint8Array(MiB).fill(7));
    expect(await blobs.getUnlessLarger!(small, 1000)).toEqual({ size: 1000, bytes: new Uint8Array(1000).fill(7) });
    expect(await blobs.getUnlessLarger!(over, 1000)).toEqual({ size: 1001, bytes: null });
    expect(await blobs.getUnlessLarger!(large, 1000)).toEqual({ size: MiB, bytes: null });
    expect(delivered.get(large.key)).toBeLessThan(unread);
    expect(bodies.get(large.key)?.destroyed).toBe(true);
  });

  it('leaves the client able to read after more over-limit reads than it has connections', async () => {
    // The SDK's HTTP agent holds 50 connections: a body left unread and not dropped keeps one, so
    // without the drop the 51st read waits for a connection that never comes free (a hang here).
    const blobs = s3BlobStore(bucket);
    const large = await upload('in/large-many.bin', new Uint8Array(MiB).fill(5));
    const small = await upload('in/small-after.bin', new Uint8Array(10).fill(5));
    for (let i = 0; i < 60; i++) expect((await blobs.getUnlessLarger!(large, 1000)).bytes).toBeNull();
    expect(await blobs.get(small)).toEqual(new Uint8Array(10).fill(5));
  }, 30_000);

  it('reads an answer without a Content-Length only up to the limit, and sizes it by what arrived', async () => {
    const blobs = s3BlobStore(bucket);
    const large = await upload('in/chunked-large.bin', new Uint8Array(MiB).fill(9));
    const small = await upload('in/chunked-small.bin', new Uint8Array(700).fill(9));
    const empty = await upload('in/chunked-empty.bin', new Uint8Array(0));
    for (const ref of [large, small, empty]) chunked.add(ref.key);
    const over = await blobs.getUnlessLarger!(large, 1000);
    expect(over.bytes).toBeNull();
    expect(over.size).toBeGreaterThan(1000);
    expect(delivered.get(large.key)).toBeLessThan(unread);
    expect(bodies.get(large.key)?.destroyed).toBe(true);
    expect(await blobs.getUnlessLarger!(small, 1000)).toEqual({ size: 700, bytes: new Uint8Array(700).fill(9) });
    expect(await blobs.getUnlessLarger!(empty, 1000)).toEqual({ size: 0, bytes: new Uint8Array(0) });
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
    const large = await upload('in/large.pdf', new Uint8Array(MiB).fill(1));
    const empty = await upload('in/empty.pdf', new Uint8Array(0));
    const inspected: Uint8Array[] = [];
    const tooLarge = await inspectStage(intakeOf(large), portsWith(s3BlobStore(bucket), inspected));
    expect(tooLarge.inspection).toMatchObject({ status: 'rejected', reasonCode: { code: 'too_large' } });
    const none = await inspectStage(intakeOf(empty), portsWith(s3BlobStore(bucket), inspected));
    expect(none.inspection).toMatchObject({ status: 'rejected', reasonCode: { code: 'empty' } });
    expect(inspected).toEqual([]);
    // The oversized body was not downloaded (at most what the streams buffer ahead arrived), and its
    // connection was dropped rather than left holding one of the client's.
    expect(delivered.get(large.key)).toBeLessThan(unread);
    expect(bodies.get(large.key)?.destroyed).toBe(true);
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
