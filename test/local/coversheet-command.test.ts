import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coversheetCommand } from '../../local/mailroom/commands.ts';
import { writeServeInfo } from '../../local/serve-info.ts';
import { StateRefusal, UsageError } from '../../local/usage-error.ts';

/**
 * `postmottak coversheet` only reads: a data dir that is not there is refused (not created empty),
 * and only the case's own 404 is said as «det finnes ingen sak …» — a serve that has no such route
 * answers 404 too, and its sentence is passed on as it came.
 */
let dir: string;
let routeless: Server;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-coversheet-'));
  // A serve that answers its OpenAPI document (so the command goes through it) and has no sheets route.
  routeless = createServer((request, response) => {
    if (request.url === '/openapi.json') return response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    response.writeHead(404, { 'content-type': 'application/problem+json', 'content-language': 'nb' }).end(JSON.stringify({ status: 404, detail: `Det finnes ingenting på GET ${request.url?.split('?')[0]}.` }));
  });
  await new Promise<void>((resolve) => routeless.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => routeless.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('postmottak coversheet', () => {
  it('refuses a data dir that does not exist, and leaves it uncreated', async () => {
    const missing = path.join(dir, 'no-such-dir');
    await expect(coversheetCommand(['--case', '2025/00001', '--archivist', 'Anne Arkivar', '--out', path.join(dir, 'cover.pdf'), '--data-dir', missing])).rejects.toEqual(
      new StateRefusal(`datamappen ${missing} finnes ikke; oppgi den med --data-dir`),
    );
    expect(existsSync(missing)).toBe(false);
  });

  it("says a serve's missing route as it came, not as a case that does not exist", async () => {
    const dataDir = path.join(dir, 'served');
    await mkdir(dataDir);
    // The parent (vitest's) is alive and not this process: the serve counts as running while it answers.
    await writeServeInfo(dataDir, { url: `http://127.0.0.1:${(routeless.address() as AddressInfo).port}`, pid: process.ppid, operatorToken: 'x'.repeat(24), startedAt: new Date().toISOString() });
    const refused = await coversheetCommand(['--case', '2025/00001', '--archivist', 'Anne Arkivar', '--out', path.join(dir, 'cover.pdf'), '--data-dir', dataDir]).catch((error: unknown) => error);
    expect(refused).not.toBeInstanceOf(UsageError);
    expect(refused).toMatchObject({ status: 404, detail: 'Det finnes ingenting på GET /api/v1/sheets/cover.' });
  });
});
