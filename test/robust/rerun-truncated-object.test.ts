import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { appealOf } from '../../corpus/robustness-mail.ts';

/**
 * Review of the QA fix round, #3 (the reviewer's test): the re-run after Ctrl-C found the interrupted
 * upload by its key's digest only, so a half-written object under that key was driven instead of the
 * file (review, «Teknisk feil», another document id). Its stored bytes are now checked against the file's.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
const failed = (p: Promise<unknown>) => p.then(() => null, (e: { code: number | null; stdout: string; stderr: string }) => e);

async function* walk(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

describe('Ctrl-C while the upload was being written (process.exit mid-PUT in the in-process s3rver)', () => {
  it('the re-run hands in the file, not the half-written object', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rv-qafix-trunc-'));
    const dataDir = path.join(dir, 'data');
    const file = path.join(dir, 'klage.pdf');
    await writeFile(file, await appealOf(612));
    const command = ['process', '--json', '--received', '2025-03-20', '--in-flight', '1', '--data-dir', dataDir, file];
    const interrupted = await failed(cli(command, { POSTMOTTAK_FAULTS: JSON.stringify({ rate: 0, crashAt: 'Inspect', crashSignal: 'SIGINT' }) }));
    expect(interrupted?.code).toBe(130);
    // What process.exit(130) leaves when it lands during putWhole (local/s3.ts): the object file
    // half written, its metadata.json and .md5 not yet written.
    let objectFile = '';
    for await (const p of walk(path.join(dataDir, 's3'))) if (p.includes('incoming') && p.endsWith('._S3rver_object')) objectFile = p;
    expect(objectFile).not.toBe('');
    await truncate(objectFile, Math.floor((await stat(objectFile)).size / 2));
    await rm(`${objectFile.slice(0, -'object'.length)}metadata.json`, { force: true });
    await rm(objectFile.replace(/object$/, 'object.md5'), { force: true });

    const rerun = await cli(command).catch((e: unknown) => e);
    const line = JSON.parse((rerun as { stdout: string }).stdout.trim().split('\n')[0]!) as Record<string, unknown>;
    expect(line.status).toBe('routed');
    await rm(dir, { recursive: true, force: true });
  });
});
