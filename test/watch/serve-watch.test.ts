import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { addDays, osloDate } from '../../domain/calendar.ts';
import { typedFromIso } from '../../domain/wording/typed-date.ts';
import { idFor } from '../support/national-ids.ts';

/** `postmottak serve --watch DIR` in a child process: a scan dropped into DIR is taken in once. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');

const appealBy = (name: string, nationalId: string) => [
  name, 'Storgata 1, 0155 Oslo', '', 'Oslo, 18.03.2025', '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${nationalId}`, '',
  'Jeg klager på vedtak datert 12.03.2025 der Helfo avslo stønad til tannbehandling.', '', 'Med hilsen', name,
];
const appeal = appealBy('Kari Nordmann', idFor(12, 3, 85));

/** Writes a file beside the inbox with the given time, then moves it in whole (as `cp -p` or a move from another folder does: the old mtime stays, the ctime is the move's). */
async function dropWritten(dir: string, target: string, bytes: Uint8Array, modified: Date) {
  const staged = path.join(dir, `staged-${path.basename(target)}`);
  await writeFile(staged, bytes);
  await utimes(staged, modified, modified);
  await rename(staged, target);
}

let serve: ChildProcess | undefined;
let dir: string;
afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('serve --watch', () => {
  it('takes in a dropped scan as received the day it was written (a dated folder: that day), moves it to processed, and keeps the ledger in the data dir', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-watch-'));
    const inbox = path.join(dir, 'skanner');
    const dataDir = path.join(dir, 'state');
    await mkdir(inbox);
    serve = spawn(process.execPath, [cli, 'serve', '--data-dir', dataDir, '--port', '0', '--watch', inbox, '--settle', '0,5'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
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
    await saw(/følger med på .*uendret i 0,5 s/);
    // A file brought in today keeping a time three days old (a copy that keeps its time): received today, the day it
    // came, not the day its old time says — a late appeal must not be dated early (the Friday scan left in the inbox
    // over a weekend keeps its day through its ctime: test/watch/received-date.test.ts).
    const today = osloDate(new Date());
    const written = today;
    await dropWritten(dir, path.join(inbox, 'klage.pdf'), await renderTextPdf([appeal]), new Date(`${addDays(today, -3)}T12:00:00Z`));
    await saw(/watch: klage\.pdf: fordelt; flyttet til processed/);
    // Yesterday's post scanned now into a folder named by its day: received that day.
    const dated = addDays(today, -6);
    await mkdir(path.join(inbox, typedFromIso(dated)));
    await writeFile(path.join(inbox, typedFromIso(dated), 'klage-2.pdf'), await renderTextPdf([appealBy('Ola Nordmann', idFor(14, 4, 86))]));
    await saw(/watch: .*klage-2\.pdf: fordelt; flyttet til processed/);
    expect((await readdir(path.join(inbox, 'processed'))).sort()).toEqual(['klage-2.pdf', 'klage.pdf']);
    const ledger = (await readFile(path.join(dataDir, 'watch-ledger.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(ledger).toMatchObject([{ file: 'klage.pdf', outcome: 'routed' }, { file: path.join(typedFromIso(dated), 'klage-2.pdf'), outcome: 'routed' }]);
    expect(stderr).not.toContain(idFor(12, 3, 85));
    const url = /postmottak serves (\S+)/.exec(stderr)?.[1];
    const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8'));
    const exported = (await (await fetch(`${url}/api/v1/export?from=${addDays(today, -30)}&to=${today}&format=json`, { headers: { authorization: `Bearer ${tokens.archivist}` } })).json()) as { rows: { receivedDate: string }[] };
    expect(exported.rows.map((r) => r.receivedDate).sort()).toEqual([dated, written]);
    serve.kill('SIGTERM');
    await new Promise((resolve) => serve!.once('exit', resolve));
  });

  it('refuses a folder that does not exist, and a settle time that is no number of seconds, in one line with exit 2', async () => {
    dir ??= await mkdtemp(path.join(tmpdir(), 'postmottak-watch-'));
    const missing = path.join(dir, 'finnes-ikke');
    const refused = (args: string[]) =>
      promisify(execFile)(process.execPath, [cli, 'serve', '--data-dir', path.join(dir, 'state2'), '--port', '0', ...args], { cwd: root, timeout: 60_000, killSignal: 'SIGKILL' }).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
    const noFolder = await refused(['--watch', missing]);
    expect(noFolder).toMatchObject({ code: 2, stderr: `postmottak: --watch: finner ingen mappe ${missing}; rett stien, eller opprett mappen skanneren skriver til først\n` });
    // Nothing was made in its place: the typo stays visible.
    expect(await stat(missing).catch(() => null)).toBeNull();
    await mkdir(missing);
    const badSettle = await refused(['--watch', missing, '--settle', 'to']);
    expect(badSettle?.code).toBe(2);
    expect(badSettle?.stderr.trim().split('\n')).toEqual([expect.stringContaining('--settle er hvor mange sekunder en fil må ligge uendret før den tas inn, fra 0,5 til 600 (for eksempel --settle 20), ikke «to»')]);
  });
});
