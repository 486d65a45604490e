import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../local/cli.ts';
import { serveInfoFile } from '../../local/serve-info.ts';

/**
 * Review of left10: `postmottak reconcile` through a serve that failed (a 500, a dropped connection)
 * ended in a stack trace. It is one line on standard error now, exit 1 (not a person's mistake).
 */
let dataDir: string;
let server: Server;
let holder: ChildProcess;
let answer: 'fail' | 'drop' = 'fail';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'postmottak-reconcile-fail-'));
  server = createServer((request, response) => {
    if (request.url === '/openapi.json') return response.writeHead(200).end('{}');
    if (answer === 'drop') return request.socket.destroy();
    response.writeHead(500, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ detail: 'the table went away\n    at somewhere (file.ts:1:1)' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // serve.json counts only while its pid lives: a stand-in process holds it.
  holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
  const { port } = server.address() as { port: number };
  await writeFile(serveInfoFile(dataDir), JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: holder.pid, operatorToken: 'pm_a-token-long-enough-here', startedAt: new Date().toISOString() }), { mode: 0o600 });
});
afterAll(async () => {
  holder?.kill('SIGTERM');
  server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function run(): Promise<{ code: number; lines: string[] }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const code = await main(['reconcile', '--redrive', '--data-dir', dataDir]);
    return { code, lines: written.join('').split('\n').filter(Boolean) };
  } finally {
    spy.mockRestore();
  }
}

describe('reconcile through a serve that fails', () => {
  it('says a 500 in one line, exit 1', async () => {
    answer = 'fail';
    const { code, lines } = await run();
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^postmottak: serve svarte 500: the table went away$/)]);
  });

  it('says a dropped connection in one line, exit 1', async () => {
    answer = 'drop';
    const { code, lines } = await run();
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^postmottak: serve \(pid \d+\) svarer ikke på http:\/\/127\.0\.0\.1:\d+: /)]);
  });
});
