import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import { startServeProcess } from '../support/serve-process.ts';
import { transferLetter } from '../service/fixtures.ts';

/**
 * QA s11 HIGH 1 read from the command line, as an archivist and a case handler see it: an appeal moved
 * (on the page, through serve) to the case it belongs to leaves its own case given up — `case` says so
 * and keeps «Sak opprettet», `queue` no longer lists it, `outbox` shows its acknowledgement withdrawn,
 * `export` shows it closed.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');
const postmottak = (args: string[]) => run(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });

const appeal = [
  'Per Hansen', 'Storgata 5, 0155 Oslo', '', 'Oslo, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${idFor(14, 2, 77)}`, '', 'Jeg klager på vedtak datert 03.03.2025 fra Helfo. Jeg mener vedtaket er feil.', '', 'Med hilsen', 'Per Hansen',
];

let dir: string;
let dataDir: string;
let serve: ChildProcess | undefined;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-given-up-'));
  dataDir = path.join(dir, 'state');
  await writeFile(path.join(dir, 'oversendelse.pdf'), await renderTextPdf([transferLetter]));
  await writeFile(path.join(dir, 'klage-feil-sak.pdf'), await renderTextPdf([appeal]));
  const started = startServeProcess(cli, dataDir, root);
  serve = started.process;
  url = await started.url;
});
afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('a case given up, read from the command line', () => {
  it('case, queue, outbox and export say the case was opened in error', async () => {
    const { stdout } = await postmottak(['process', '--json', '--received', '2025-03-21', '--data-dir', dataDir, path.join(dir, 'oversendelse.pdf'), path.join(dir, 'klage-feil-sak.pdf')]);
    const [transfer, moved] = stdout.trim().split('\n').map((l) => ProcessResult.parse(JSON.parse(l))) as [ProcessResult, ProcessResult];
    expect(moved.caseId).not.toBe(transfer.caseId);
    const emptied = moved.caseId!.replace('-', '/');
    expect((await postmottak(['queue', 'unassigned/dental', '--data-dir', dataDir])).stdout).toContain(emptied);

    const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8'));
    const corrected = await fetch(`${url}/api/v1/documents/${moved.documentId}/correction`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.archivist}`, 'content-type': 'application/json' },
      body: JSON.stringify({ case: transfer.caseId }),
    });
    expect(corrected.status).toBe(200);

    const shown = (await postmottak(['case', emptied, '--data-dir', dataDir])).stdout;
    expect(shown).toContain(`Avsluttet – opprettet ved feil: dokumentet som opprettet den, er flyttet til sak ${transfer.caseId!.replace('-', '/')}`);
    expect(shown).toMatch(/Sak opprettet – postmottak \(av inngående dokument \(I\): klage på vedtak.*senere flyttet til sak/);
    expect(shown).toContain('Sak avsluttet – opprettet ved feil');
    expect(shown).not.toMatch(/frist .*åpen$/m);
    expect((await postmottak(['queue', 'unassigned/dental', '--data-dir', dataDir])).stdout).not.toContain(emptied);
    const outbox = (await postmottak(['outbox', '--data-dir', dataDir])).stdout.split('\n').filter((l) => l.includes(emptied));
    expect(outbox).toEqual([expect.stringContaining('trukket tilbake: Saken er avsluttet som opprettet ved feil')]);
    const exported = (await postmottak(['export', '--from', '2025-03-01', '--to', '2025-03-31', '--data-dir', dataDir])).stdout.split('\n').find((l) => l.includes(emptied));
    expect(exported).toContain('(avsluttet – opprettet ved feil)');
  });
});
