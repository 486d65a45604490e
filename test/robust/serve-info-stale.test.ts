import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningServe, serveInfoFile } from '../../local/serve-info.ts';

/** Review B finding 3: a serve.json counts as a running serve only when that serve answers. */
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'postmottak-serve-info-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const info = (pid: number, url: string) => writeFile(serveInfoFile(dataDir), JSON.stringify({ url, pid, operatorToken: 'pm_a-token-long-enough-here', startedAt: new Date().toISOString() }), { mode: 0o600 });

describe('runningServe', () => {
  it("is none when serve.json names this very process (its pid reused after a restart), and the file goes", async () => {
    await info(process.pid, 'http://127.0.0.1:9');
    expect(await runningServe(dataDir)).toBeNull();
    await expect(stat(serveInfoFile(dataDir))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is none when the pid lives but nothing answers at the address (an unrelated process got the number)', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await info(other.pid!, 'http://127.0.0.1:9');
      expect(await runningServe(dataDir)).toBeNull();
    } finally {
      other.kill('SIGTERM');
    }
  });

  it('is the serve when its pid lives and it answers', async () => {
    const server = createServer((request, response) => response.writeHead(request.url === '/openapi.json' ? 200 : 404).end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const address = server.address() as { port: number };
      await info(other.pid!, `http://127.0.0.1:${address.port}`);
      expect(await runningServe(dataDir)).toMatchObject({ pid: other.pid });
    } finally {
      other.kill('SIGTERM');
      server.close();
    }
  });
});
