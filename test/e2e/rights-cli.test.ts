import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { kari, transferLetter } from '../service/fixtures.ts';
import { startServeProcess } from '../support/serve-process.ts';

/**
 * `innsyn` and `parties set` while `serve` runs on the data dir: they go through it, as the archivist
 * operations the API runs; a mistyped id is one line and exit 2, and the id is in no line serve logs.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');
const postmottak = (args: string[]) => run(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });

let dir: string;
let dataDir: string;
let serve: ChildProcess | undefined;
let serveLog = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-rights-cli-'));
  dataDir = path.join(dir, 'state');
  await writeFile(path.join(dir, 'transfer.pdf'), await renderTextPdf([transferLetter]));
  const started = startServeProcess(cli, dataDir, root);
  serve = started.process;
  serve.stderr!.on('data', (chunk: Buffer) => {
    serveLog += chunk.toString();
  });
  await started.url;
}, 120_000);
afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('innsyn and parties on the command line, through serve', () => {
  it('finds the person, refuses a mistyped id in one line, and corrects the appellant with the letter following', async () => {
    const [result] = (await postmottak(['process', '--data-dir', dataDir, '--received', '2025-03-20', '--json', path.join(dir, 'transfer.pdf')])).stdout.split('\n').filter(Boolean).map((l) => ProcessResult.parse(JSON.parse(l)));
    const caseId = result!.caseId!;

    const held = JSON.parse((await postmottak(['innsyn', '--data-dir', dataDir, '--national-id', kari, '--json'])).stdout);
    expect(held).toMatchObject({ found: true, cases: [{ caseId, open: true }], letters: [expect.objectContaining({ status: 'held' })] });
    const text = (await postmottak(['innsyn', '--data-dir', dataDir, '--national-id', kari])).stdout;
    expect(text).toContain(`sak ${caseId.replace('-', '/')} (åpen)`);
    expect(text).not.toContain(kari);

    const typo = `${kari.slice(0, 10)}${(Number(kari[10]) + 1) % 10}`;
    const refused = await postmottak(['innsyn', '--data-dir', dataDir, '--national-id', typo]).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/^postmottak: --national-id er ikke et fødselsnummer[^\n]*\n$/) });
    expect((refused as { stderr: string }).stderr).not.toContain(typo);

    const corrected = JSON.parse((await postmottak(['parties', 'set', caseId.replace('-', '/'), '--data-dir', dataDir, '--archivist', 'Anne Arkivar', '--role', 'appellant', '--name', 'Kari Nordmo', '--address', 'Fjellveien 3, 5006 Bergen', '--json'])).stdout);
    expect(corrected).toMatchObject({ caseId, role: 'appellant', name: 'Kari Nordmo', address: ['Fjellveien 3', '5006 Bergen'], readdressed: [{ status: 'ready' }] });
    await expect(postmottak(['parties', 'set', caseId, '--data-dir', dataDir, '--archivist', 'Anne Arkivar', '--role', 'judge', '--name', 'X', '--address', 'Y 1, 5006 Bergen'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^postmottak: --role må være appellant/) });
    expect(serveLog).not.toContain(kari);
  }, 180_000);
});
