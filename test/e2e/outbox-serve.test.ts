import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxLetter } from '#schemas/letters';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { transferLetter } from '../service/fixtures.ts';
import { startServeProcess } from '../support/serve-process.ts';

/**
 * `outbox` commands while `serve` runs on the data dir: they go through it (before issue #16's fix
 * they refused), as the same archivist operations the API runs.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');
const postmottak = (args: string[]) => run(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
const jsonLines = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

let dir: string;
let dataDir: string;
let serve: ChildProcess | undefined;

function startServe(): Promise<string> {
  const started = startServeProcess(cli, dataDir, root);
  serve = started.process;
  return started.url;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-outbox-serve-'));
  dataDir = path.join(dir, 'state');
  await writeFile(path.join(dir, 'transfer.pdf'), await renderTextPdf([transferLetter]));
  await startServe();
});
afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('outbox while serve runs', () => {
  it('lists, releases with an address, prints and marks sent through serve; mistakes are one line and exit 2', async () => {
    const [result] = jsonLines((await postmottak(['process', '--data-dir', dataDir, '--received', '2025-03-20', '--json', path.join(dir, 'transfer.pdf')])).stdout).map((l) => ProcessResult.parse(l));
    expect(result).toMatchObject({ status: 'routed', documentType: 'case_transfer' });

    const [held] = jsonLines((await postmottak(['outbox', '--data-dir', dataDir, '--status', 'held', '--json'])).stdout).map((l) => OutboxLetter.parse(l));
    expect(held).toMatchObject({ caseId: result!.caseId, status: 'held' });

    await expect(postmottak(['outbox', 'release', held!.letterId, '--data-dir', dataDir, '--name', 'Kari Nordmann', '--street', 'Fjellveien 3', '--postcode', '506', '--place', 'Bergen'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^postmottak: adressen: --postcode et postnummer er fire sifre/),
    });
    const released = OutboxLetter.parse(jsonLines((await postmottak(['outbox', 'release', held!.letterId, '--data-dir', dataDir, '--archivist', 'Anne Arkivar', '--name', 'Kari Nordmann', '--street', 'Fjellveien 3', '--postcode', '5006', '--place', 'Bergen', '--json'])).stdout)[0]);
    expect(released).toMatchObject({ status: 'ready', recipient: { address: ['Fjellveien 3', '5006 Bergen'] } });

    const out = path.join(dir, 'post.pdf');
    await postmottak(['outbox', 'print', '--data-dir', dataDir, '--out', out]);
    const parser = new PDFParse({ data: new Uint8Array(await readFile(out)) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Fjellveien 3 5006 Bergen');

    // Sent the day it is dated (not before: test/service/days-before-existence.test.ts).
    const on = held!.letterDate;
    const sent = OutboxLetter.parse(jsonLines((await postmottak(['outbox', 'sent', held!.letterId, '--archivist', 'Anne Arkivar', '--on', on, '--data-dir', dataDir, '--json'])).stdout)[0]);
    expect(sent).toMatchObject({ status: 'sent', sentOn: on });
    await expect(postmottak(['outbox', 'sent', held!.letterId, '--archivist', 'Anne Arkivar', '--on', on, '--data-dir', dataDir])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(`er allerede merket som sendt ${on.split('-').reverse().join('.')}`) });

    // The journal of the case, read through serve too, names who released and who sent.
    const caseView = JSON.parse((await postmottak(['case', result!.caseId!, '--data-dir', dataDir, '--json'])).stdout) as { journal: { event: string; actor: string }[]; deadlines: { kind: string; status: string }[] };
    // The letter's outgoing entry (U) first, written by postmottak, then who released and who sent it.
    expect(caseView.journal.filter((j) => j.event.startsWith('Letter')).map((j) => [j.event, j.actor])).toEqual([['LetterReady', 'postmottak'], ['LetterReleased', 'Anne Arkivar'], ['LetterSent', 'Anne Arkivar']]);
    expect(caseView.deadlines.find((d) => d.kind === 'preliminary_reply')?.status).toBe('met');
    expect(serve!.exitCode).toBeNull();
  });
});
