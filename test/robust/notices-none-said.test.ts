import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** QA session 12, L3: `outbox notices` that wrote no notice printed nothing at all; it says so in one line. */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-no-notices-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('outbox notices with none to write', () => {
  it('says there are none today, naming the day', async () => {
    const { stdout } = await run(process.execPath, [path.join(root, 'bin/postmottak.js'), 'outbox', 'notices', '--today', '24.11.2026', '--archivist', 'Arkivar Test', '--data-dir', path.join(dir, 'state')], { cwd: root });
    expect(stdout).toBe('Ingen varsler i dag (24.11.2026): ingen åpen sak har saksbehandlingsfristen innenfor varslingstiden.\n');
  }, 120_000);
});
