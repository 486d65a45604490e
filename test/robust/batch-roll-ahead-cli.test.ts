import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { appealOf, declarationOf } from '../../corpus/robustness-mail.ts';

/**
 * QA Q34 (session 18): in one `postmottak process` call a medical declaration listed BEFORE the appeal
 * that opens its case reached Link while the appeal had not been Inspected (the text lane runs one letter
 * at a time): the appeal was not on the batch's roll, the declaration did not wait and went to review.
 * Every file of the call is now on the roll before the first one runs. Files that will never reach Link
 * (zero bytes, the same bytes again) get their own line and never hold a follow-up back. (A file that
 * cannot be read is refused before the batch starts, or, vanished since, is never put on the roll:
 * test/local/files-ahead.test.ts.)
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

async function postmottak(args: string[]): Promise<{ results: ProcessResult[]; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return { results: linesOf(stdout), stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { results: linesOf(failed.stdout), stderr: failed.stderr, code: failed.code };
  }
}
const linesOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => ProcessResult.parse(JSON.parse(line)))
    .map((result) => ({ ...result, file: path.basename(result.file) }));

describe('every file of a process call is on its batch’s roll before the first one runs', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-roll-ahead-'));
    await writeFile(file('1-erklaering.pdf'), await declarationOf(9301));
    await writeFile(file('2-klage.pdf'), await appealOf(9301));
    await writeFile(file('3-erklaering.pdf'), await declarationOf(9302));
    await writeFile(file('4-tom.pdf'), new Uint8Array());
    await writeFile(file('7-klage.pdf'), await appealOf(9302));
    await copyFile(file('7-klage.pdf'), file('5-samme-klage.pdf'));
    for (let i = 0; i < 8; i++) await writeFile(file(`klage-${i}.pdf`), await appealOf(9310 + i));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('routes a declaration listed before its appeal to the case the appeal opens (red before: review, no open case matches)', { timeout: 240_000 }, async () => {
    const dataDir = file('state-pair');
    // Eight other appeals between them: the runner's tail takes eight text letters at once, so the appeal
    // starts only after the declaration has looked.
    const others = Array.from({ length: 8 }, (_, i) => file(`klage-${i}.pdf`));
    const { results } = await postmottak(['process', file('1-erklaering.pdf'), ...others, file('2-klage.pdf'), '--received', '2025-03-20', '--json', '--data-dir', dataDir]);
    const [declaration, appeal] = [results[0], results.at(-1)];
    expect(appeal).toMatchObject({ file: '2-klage.pdf', status: 'routed' });
    expect(declaration).toMatchObject({ file: '1-erklaering.pdf', status: 'routed', caseId: appeal!.caseId });
  });

  it('gives a zero-byte file and the same bytes twice their own lines; the rest goes on, the follow-ups still join their cases, and a re-run waits for nothing', { timeout: 240_000 }, async () => {
    const dataDir = file('state-bad');
    const names = ['1-erklaering.pdf', '3-erklaering.pdf', '4-tom.pdf', '5-samme-klage.pdf', '2-klage.pdf', '7-klage.pdf'];
    const { results, stderr } = await postmottak(['process', ...names.map(file), '--received', '2025-03-20', '--json', '--data-dir', dataDir, '--batch', 'tirsdag']);
    expect(stderr).not.toMatch(/\n\s+at /);
    const byFile = new Map(results.map((r) => [r.file, r]));
    expect(byFile.get('2-klage.pdf')).toMatchObject({ status: 'routed' });
    expect(byFile.get('7-klage.pdf')).toMatchObject({ status: 'routed' });
    expect(byFile.get('1-erklaering.pdf')).toMatchObject({ status: 'routed', caseId: byFile.get('2-klage.pdf')!.caseId });
    expect(byFile.get('3-erklaering.pdf')).toMatchObject({ status: 'routed', caseId: byFile.get('7-klage.pdf')!.caseId });
    expect(byFile.get('4-tom.pdf')).toMatchObject({ status: 'rejected' });
    expect(byFile.get('5-samme-klage.pdf')).toMatchObject({ status: 'routed' });
    expect(byFile.get('7-klage.pdf')!.duplicateOf).toBeTruthy();
    // The same files again under the same batch name: every one a duplicate of its first run, none waits.
    const again = await postmottak(['process', ...names.map(file), '--received', '2025-03-20', '--json', '--data-dir', dataDir, '--batch', 'tirsdag', '--verbose']);
    expect(again.results.filter((r) => r.status !== 'rejected').every((r) => r.duplicateOf)).toBe(true);
    expect(again.stderr).not.toContain('WaitForCase');
  });
});
