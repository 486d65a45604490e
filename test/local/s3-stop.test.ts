import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startS3 } from '../../local/s3.ts';

/**
 * stop() waits a while for writes under way, then closes the server. An upload that stalls (a
 * browser's presigned PUT through serve that sends half its body) kept its connection open, and
 * server.close() waited for it until Node's requestTimeout (minutes): stop() must not.
 */
describe('stopping the loopback S3 with an upload stalled', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-s3-stop-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('resolves, closing the stalled connection', async () => {
    const s3 = await startS3({ directory: dir, buckets: ['b'], stopWaitMs: 100 });
    const url = new URL(s3.endpoint);
    const request = http.request({ host: url.hostname, port: url.port, method: 'PUT', path: '/b/stalled.json', headers: { 'content-length': 100_000, 'content-type': 'application/json' } });
    const ended = new Promise<string>((resolve) => {
      request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      request.on('response', (response) => resolve(`answered ${response.statusCode}`));
    });
    // The server has the request's head and part of its body: the upload is under way.
    const received = new Promise<void>((resolve) => request.on('socket', (socket) => socket.on('connect', () => resolve())));
    request.write('{"a":' + ' '.repeat(1000));
    await received;
    await new Promise((resolve) => setTimeout(resolve, 200));

    await s3.stop();
    expect(await ended).toMatch(/ECONNRESET|socket hang up/);
  }, 60_000);
});
