import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { firstRunKept } from '#local/interrupted-uploads';
import { appealOf } from '../../corpus/robustness-mail.ts';

/**
 * Review of the QA fix round, #4: Ctrl-C, then the command again with `--received` corrected. The
 * re-run drives the interrupted upload (SPEC: the first upload's answer stands) and said nothing, so
 * the clerk believed the corrected day was registered. Now it says on stderr which day counts.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
const failed = (p: Promise<unknown>) => p.then(() => null, (e: { code: number | null; stdout: string; stderr: string }) => e);

describe('the re-run after Ctrl-C keeps the first run\'s dates, and says so', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('names each date, postmark and batch that differ, and nothing when all agree', () => {
    const first = { bucket: 'b12', key: 'incoming/x-klage.pdf', etag: 'e', receivedDate: '2025-03-20', postmarkDate: '2025-03-18', batch: 'fredag' };
    expect(firstRunKept(first, { fileName: 'klage.pdf', receivedDate: '2025-03-20', postmarkDate: '2025-03-18', batch: 'fredag' })).toBeNull();
    expect(firstRunKept(first, { fileName: 'klage.pdf', receivedDate: '2025-03-14', postmarkDate: '2025-03-18', batch: 'fredag' })).toBe(
      'klage.pdf ble tatt imot 20.03.2025 i første kjøring (ikke 14.03.2025); første kjøring gjelder. Er det feil, rett dokumentet etterpå (korrigering).',
    );
    const all = firstRunKept(first, { fileName: 'klage.pdf', receivedDate: '2025-03-14', batch: null });
    expect(all).toContain('poststempel 18.03.2025 fra første kjøring (ikke uten dato)');
    expect(all).toContain('bunken fredag fra første kjøring (ikke for mottaksdagen)');
    // The name a call gives its own files differs at every run: no news.
    expect(firstRunKept(first, { fileName: 'klage.pdf', receivedDate: '2025-03-20', postmarkDate: '2025-03-18', batch: 'process-mx3v5yx9-75597305' })).toBeNull();
  });

  it('a corrected --received: the case keeps the first day, and stderr says so', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-rerun-date-'));
    dirs.push(dir);
    const dataDir = path.join(dir, 'data');
    const file = path.join(dir, 'klage.pdf');
    await writeFile(file, await appealOf(611));
    const interrupted = await failed(cli(['process', '--json', '--received', '2025-03-20', '--in-flight', '1', '--data-dir', dataDir, file], { POSTMOTTAK_FAULTS: JSON.stringify({ rate: 0, crashAt: 'Classify', crashSignal: 'SIGINT' }) }));
    expect(interrupted?.code).toBe(130);
    const rerun = await cli(['process', '--json', '--received', '2025-03-14', '--in-flight', '1', '--data-dir', dataDir, file]);
    expect(rerun.stderr).toContain('klage.pdf ble tatt imot 20.03.2025 i første kjøring (ikke 14.03.2025); første kjøring gjelder.');
    const line = JSON.parse(rerun.stdout.trim().split('\n')[0]!) as Record<string, unknown>;
    expect(line.status).toBe('routed');
    const shown = await cli(['case', String(line.caseId), '--json', '--data-dir', dataDir]);
    expect(shown.stdout).toContain('"receivedDate":"2025-03-20"');
    expect(shown.stdout).not.toContain('2025-03-14');
  });
});
