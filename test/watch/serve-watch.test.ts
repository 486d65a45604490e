import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/** `postmottak serve --watch DIR` in a child process: a scan dropped into DIR is taken in once. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');

const appeal = [
  'Kari Nordmann', 'Storgata 1, 0155 Oslo', '', 'Oslo, 18.03.2025', '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${idFor(12, 3, 85)}`, '',
  'Jeg klager på vedtak datert 12.03.2025 der Helfo avslo stønad til tannbehandling.', '', 'Med hilsen', 'Kari Nordmann',
];

let serve: ChildProcess | undefined;
let dir: string;
afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('serve --watch', () => {
  it('takes in a dropped scan, moves it to processed, and keeps the ledger in the data dir', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-watch-'));
    const inbox = path.join(dir, 'skanner');
    const dataDir = path.join(dir, 'state');
    await mkdir(inbox);
    serve = spawn(process.execPath, [cli, 'serve', '--data-dir', dataDir, '--port', '0', '--watch', inbox], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const saw = (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => pattern.test(stderr) && resolve();
        serve!.stderr!.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          check();
        });
        serve!.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
        check();
      });
    await saw(/følger med på /);
    await writeFile(path.join(inbox, 'klage.pdf'), await renderTextPdf([appeal]));
    await saw(/watch: klage\.pdf: fordelt; flyttet til processed/);
    expect(await readdir(path.join(inbox, 'processed'))).toEqual(['klage.pdf']);
    const ledger = (await readFile(path.join(dataDir, 'watch-ledger.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(ledger).toMatchObject([{ file: 'klage.pdf', outcome: 'routed' }]);
    expect(stderr).not.toContain(idFor(12, 3, 85));
    serve.kill('SIGTERM');
    await new Promise((resolve) => serve!.once('exit', resolve));
  });
});
