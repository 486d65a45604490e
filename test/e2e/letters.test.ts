import { execFile } from 'node:child_process';
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
import { idFor } from '../support/national-ids.ts';

/**
 * Letters through the front door: `process` runs the real state machine with WriteLetters bound to its
 * Lambda handler, `outbox` lists, marks sent and prints. Assertions on the JSON lines and the PDFs.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as unknown);

const liv = idFor(4, 6, 71);
const appeal = [
  'Liv Haugen', 'Solbakken 7', '6800 Førde', `Fødselsnummer: ${liv}`, '',
  'Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo', '',
  'Førde, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  'Eg klagar på vedtaket frå Helfo datert 12.03.2025 om stønad til tannbehandling.',
  'Eg er ikkje einig i vurderinga. Tannlegen min meiner behandlinga er naudsynt.',
  'Eg ber om at vedtaket blir endra.', '', 'Med venleg helsing', '', 'Liv Haugen',
];

let dir: string;
let dataDir: string;
let scan: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-letters-'));
  dataDir = path.join(dir, 'data');
  scan = path.join(dir, 'klage.pdf');
  await writeFile(scan, await renderTextPdf([appeal]));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('letters in the pipeline', () => {
  it('a new appeal gets its acknowledgement once: in nynorsk, to the address in the letter, in the outbox, and the preliminary reply is met', async () => {
    const first = await cli(['process', '--data-dir', dataDir, '--received', '2025-03-20', '--json', scan]);
    const [result] = jsonLines(first.stdout).map((l) => ProcessResult.parse(l));
    expect(result).toMatchObject({ status: 'routed', documentType: 'appeal', language: 'nn' });
    expect(result!.fields?.parties?.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Liv Haugen', address: ['Solbakken 7', '6800 Førde'], nationalIdHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The JSON line still lists the deadlines the document opened.
    expect(result!.deadlines.map((d) => d.kind)).toContain('preliminary_reply');

    await cli(['process', '--data-dir', dataDir, '--received', '2025-03-20', '--json', scan]);
    const letters = jsonLines((await cli(['outbox', '--data-dir', dataDir, '--json'])).stdout).map((l) => OutboxLetter.parse(l));
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: 'appeal_acknowledgement', language: 'nn', status: 'ready', caseId: result!.caseId, recipient: { role: 'appellant', name: 'Liv Haugen', address: ['Solbakken 7', '6800 Førde'] } });

    const due = (await cli(['deadlines', '--data-dir', dataDir, '--due-before', '2026-01-01', '--json'])).stdout;
    const kinds = jsonLines(due).map((d) => (d as { kind: string }).kind);
    expect(kinds).toContain('case_processing');
    expect(kinds).not.toContain('preliminary_reply');
  });

  it('marks the letter sent, refuses an unknown one with exit code 2, and prints the day’s post as one PDF', async () => {
    const [letter] = jsonLines((await cli(['outbox', '--data-dir', dataDir, '--json'])).stdout).map((l) => OutboxLetter.parse(l));
    const out = path.join(dir, 'post.pdf');
    await cli(['outbox', 'print', '--data-dir', dataDir, '--out', out]);
    const parser = new PDFParse({ data: new Uint8Array(await readFile(out)) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain(letter!.caseNumber);
    expect(text).toContain('Solbakken 7 6800 Førde');

    // A day before the letter's date is one line and exit 2 (QA session 10); its own date is taken.
    await expect(cli(['outbox', 'sent', letter!.letterId, '--archivist', 'Anne Arkivar', '--on', '2025-03-19', '--data-dir', dataDir])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^postmottak: Brevet er datert \d\d\.\d\d\.\d{4}; det kan ikke være sendt 19\.03\.2025, før det ble skrevet\.\n$/) });
    const sent = OutboxLetter.parse(jsonLines((await cli(['outbox', 'sent', letter!.letterId, '--archivist', 'Anne Arkivar', '--on', letter!.letterDate, '--data-dir', dataDir, '--json'])).stdout)[0]);
    expect(sent).toMatchObject({ status: 'sent', sentOn: letter!.letterDate });
    await expect(cli(['outbox', 'sent', 'no-such-letter', '--archivist', 'Anne Arkivar', '--data-dir', dataDir])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("Det finnes ikke noe brev «no-such-letter»") });
  });
});
