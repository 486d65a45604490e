import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import type { OutboxLetter } from '#schemas/letters';

/**
 * QA session 9: `npm start` handed in samples/ (letters of March 2025) as received 20.03.2025, while
 * postmottak dates what it writes today: «datert 30.11.2026 … innen 20. juni 2025». The demo is now the
 * same day of mail arriving today (scripts/demo.ts), so the letters, the received day, the letters
 * postmottak writes and the deadlines agree.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');
const { POSTMOTTAK_USER: _ignored, ...env } = process.env;
let dir: string;
let lines: ProcessResult[];
let stderr: string;
/** The demo's day as the demo chose it (its first line names post/<day>), not a second reading of the clock. */
let today: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-demo-'));
  const out = await run(tsx, ['scripts/demo.ts', '--data-dir', dir], { cwd: root, env });
  lines = out.stdout.trim().split('\n').map((l) => ProcessResult.parse(JSON.parse(l)));
  stderr = out.stderr;
  today = /post\/(\d{4}-\d{2}-\d{2})/.exec(stderr)?.[1] ?? 'the demo named no day';
}, 240_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm start: the sample day of mail arriving today', () => {
  it('still comes out 4 routed, 1 in review, 1 rejected', () => {
    expect(stderr).toContain('6 dokumenter: 4 fordelt, 1 til kontroll, 1 avvist');
    expect(lines.map((l) => l.status).sort()).toEqual(['rejected', 'review', 'routed', 'routed', 'routed', 'routed']);
  });

  it('reads every date in the letters as before the day they arrived, and opens no deadline that has already passed', () => {
    for (const line of lines) {
      for (const read of [line.fields?.decisionDate, line.fields?.decisionReceivedDate]) if (read) expect(read <= today, `${line.file}: ${read}`).toBe(true);
      for (const deadline of line.deadlines) expect(deadline.due >= today, `${line.file}: ${deadline.kind} ${deadline.due}`).toBe(true);
    }
    expect(lines.filter((l) => l.deadlines.length).length).toBeGreaterThanOrEqual(3);
  });

  it('writes its acknowledgements dated the day the mail arrived, promising days still to come', async () => {
    const { stdout } = await run(process.execPath, [path.join(root, 'bin/postmottak.js'), 'outbox', '--json', '--data-dir', dir], { cwd: root, env });
    const letters = stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutboxLetter);
    expect(letters.length).toBeGreaterThan(0);
    for (const letter of letters) expect(letter.letterDate).toBe(today);
  });

  it('a second run the same day hands in the same bytes and registers nothing twice', { timeout: 240_000 }, async () => {
    const again = await run(tsx, ['scripts/demo.ts', '--data-dir', dir], { cwd: root, env });
    const second = again.stdout.trim().split('\n').map((l) => ProcessResult.parse(JSON.parse(l)));
    expect(second.map((l) => l.documentId)).toEqual(lines.map((l) => l.documentId));
    expect(second.filter((l) => l.status !== 'rejected').every((l) => l.duplicateOf)).toBe(true);
  });
});
