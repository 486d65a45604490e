import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pdfFileText as pdfText } from '../support/pdf-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderPdfPage } from '#engines/pdf/pages';
import { readSheetCode } from '../../engines/sheets/read-sheet-code.ts';
import { degrade, renderPageImage, renderTextPdf, toScannedPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * The mailroom's commands through the front door (a child process, the embedded stack): printing
 * sheets, and uploading folders with a manifest, resumably, with a summary.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

async function postmottak(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}
const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l.length > 0).map((l) => ProcessResult.parse(JSON.parse(l)));


const kari = idFor(12, 3, 85);
const appeal = [
  'Kari Nordmann', 'Storgata 1, 0155 Oslo', '', 'Oslo, 18.03.2025', '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${kari}`, '',
  'Jeg klager på vedtak datert 12.03.2025 der Helfo avslo stønad til tannbehandling.',
  'Jeg er uenig i vedtaket. Behandlingen var nødvendig etter sykdom.', '', 'Med hilsen', 'Kari Nordmann',
];
const consent = [
  'Kari Nordmann', 'Storgata 1, 0155 Oslo', '', 'SAMTYKKE TIL INNHENTING AV OPPLYSNINGER', '',
  `Fødselsnummer: ${kari}`, '',
  'Jeg samtykker i at klageorganet kan innhente opplysninger fra fastlegen min og fra Helfo.', '',
  'Oslo, 19.03.2025', 'Kari Nordmann',
];

/** A medical declaration for someone with no case: it waits for an archivist. */
const orphan = [
  'Bergen legevakt', '', 'LEGEERKLÆRING', '',
  `Pasient: Lise Larsen, fødselsnummer ${idFor(7, 9, 91)}`, '',
  'Diagnose: M54.5 Lumbago (ICD-10).',
  'Pasienten har hatt ryggsmerter i seks måneder.', '', 'Bergen, 14.03.2025', 'Hans Moe, lege',
];

describe('postmottak mailroom commands', () => {
  let dir: string;
  let dataDir: string;
  const at = (...parts: string[]) => path.join(dir, ...parts);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-mailroom-'));
    dataDir = at('state');
    await mkdir(at('inbox', 'tuesday'), { recursive: true });
    await writeFile(at('inbox', 'appeal.pdf'), await renderTextPdf([appeal]));
    await writeFile(at('inbox', 'tuesday', 'consent.pdf'), await renderTextPdf([consent]));
    await writeFile(at('inbox', '.DS_Store'), 'not mail');
    await writeFile(at('manifest.csv'), 'file,postmarked\ninbox/appeal.pdf,2025-03-18\ninbox/tuesday/consent.pdf,\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a separator sheet whose code a scanner reads back', async () => {
    await postmottak(['separator', '--out', at('separator.pdf')]);
    expect(await pdfText(at('separator.pdf'))).toContain('SKILLEARK');
    const found = await readSheetCode(await renderPdfPage(await readFile(at('separator.pdf')), 0, 200));
    expect(found?.code).toEqual({ kind: 'separator' });
  });

  it('refuses a cover sheet for a case that does not exist, in one line with exit 2', async () => {
    // A data dir not there yet is named (the command only reads, so it makes none).
    const noDataDir = await postmottak(['coversheet', '--case', '2025/00999', '--archivist', 'Anne Arkivar', '--out', at('cover.pdf'), '--data-dir', dataDir]).catch((e: { code: number; stderr: string }) => e);
    expect(noDataDir).toMatchObject({ code: 2, stderr: `postmottak: datamappen ${dataDir} finnes ikke; oppgi den med --data-dir\n` });
    await mkdir(dataDir);
    // Named, so the refusal is the one line on stderr (no hint that the access log says cli:…).
    const failure = await postmottak(['coversheet', '--case', '2025/00999', '--archivist', 'Anne Arkivar', '--out', at('cover.pdf'), '--data-dir', dataDir]).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(/^postmottak: det finnes ingen sak 2025\/00999 i /);
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    // The service's operation refuses it (the page's route and this command make the sheet in one place).
    const badType = await postmottak(['coversheet', '--case', '2025/00001', '--type', 'letter', '--archivist', 'Anne Arkivar', '--out', at('cover.pdf'), '--data-dir', dataDir]).catch((e: { code: number; stderr: string }) => e);
    expect(badType).toMatchObject({ code: 2, stderr: expect.stringMatching(/^postmottak: Ukjent dokumenttype «letter» \(en av .*appeal/) });
  });

  it('uploads a folder with a manifest, processes it, prints a summary; a re-run registers nothing again', async () => {
    const first = await postmottak(['upload', '--json', '--received', '2025-03-20', '--batch', 'tirsdag', '--manifest', at('manifest.csv'), '--data-dir', dataDir, at('inbox')]);
    const results = jsonLines(first.stdout);
    expect(results.map((r) => path.relative(dir, r.file))).toEqual([path.join('inbox', 'appeal.pdf'), path.join('inbox', 'tuesday', 'consent.pdf')]);
    const [appealResult, consentResult] = results as [ProcessResult, ProcessResult];
    expect(appealResult).toMatchObject({ status: 'routed', documentType: 'appeal', area: 'dental' });
    expect(consentResult).toMatchObject({ status: 'routed', documentType: 'consent', caseId: appealResult.caseId });
    // The summary goes to standard error under --json: a row per file, and the totals.
    expect(first.stderr).toMatch(/2 dokumenter: 2 fordelt/);
    expect(first.stderr).toContain(appealResult.caseId!.replace('-', '/'));
    expect(first.stderr).not.toContain(kari);

    const again = await postmottak(['upload', '--json', '--received', '2025-03-21', '--data-dir', dataDir, at('inbox')]);
    const rerun = jsonLines(again.stdout);
    expect(rerun.map((r) => r.documentId)).toEqual(results.map((r) => r.documentId));
    expect(rerun.map((r) => r.caseId)).toEqual(results.map((r) => r.caseId));
    // Nothing new happened, and the summary says so rather than counting them fordelt again.
    expect(again.stderr).toContain('2 dokumenter: 2 allerede behandlet; ingenting nytt ble registrert');

    // And a cover sheet for the case the appeal opened, naming the type, printed with the case's area.
    await postmottak(['coversheet', '--case', appealResult.caseId!, '--type', 'medical_declaration', '--out', at('cover.pdf'), '--data-dir', dataDir]);
    const text = await pdfText(at('cover.pdf'));
    expect(text).toContain(appealResult.caseId!.replace('-', '/'));
    expect(text).toContain('Legeerklæring');
    expect(text).toContain('Tannbehandling');
    const found = await readSheetCode(await renderPdfPage(await readFile(at('cover.pdf')), 0, 200));
    expect(found?.code).toEqual({ kind: 'cover', caseNumber: appealResult.caseId!.replace('-', '/'), documentType: 'medical_declaration', area: 'dental' });
  });

  it("registers a cover-sheeted scan on the sheet's case with the sheet's type, the cover page left out", async () => {
    // The cover sheet printed by the previous test, faxed back with a note that names no case.
    const appealRun = jsonLines((await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, at('inbox', 'appeal.pdf')])).stdout);
    const caseId = appealRun[0]!.caseId!;
    const coverPage = await degrade(await renderPdfPage(await readFile(at('cover.pdf')), 0, 200), { rotateDeg: 1.7, noise: 0.01, seed: 5 });
    const note = await degrade(await renderPageImage(['Hei', '', 'Her er erklæringen fra legen min, som dere ba om.', '', 'Hilsen Kari'], { dpi: 200 }), { rotateDeg: -0.6, noise: 0.005, seed: 6 });
    await writeFile(at('faxed.pdf'), await toScannedPdf([coverPage, note]));

    const [result] = jsonLines((await postmottak(['process', '--json', '--received', '2025-03-24', '--data-dir', dataDir, at('faxed.pdf')])).stdout);
    expect(result).toMatchObject({ status: 'routed', caseId, documentType: 'medical_declaration', confidence: 1, pages: 1 });
  });

  it("tells the clerk each file and the batch in the page's words, and nothing of the letters", async () => {
    await writeFile(at('orphan.pdf'), await renderTextPdf([orphan]));
    // A data dir of its own, the appeal handed in first here: the test does not rest on the ones before it.
    const ownData = at('clerk-state');
    await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', ownData, at('inbox', 'appeal.pdf')]);
    const { stdout, stderr } = await postmottak(['process', '--received', '2025-03-20', '--data-dir', ownData, at('inbox', 'appeal.pdf'), at('orphan.pdf')]);
    const [appealLine, orphanLine, ...table] = stdout.split('\n');
    // The appeal was handed in just before: the line says so, then what became of it then.
    expect(appealLine).toMatch(/appeal\.pdf: allerede behandlet som appeal\.pdf, ingenting nytt: fordelt – Klage på vedtak, Tannbehandling → Ufordelte saker – Tannbehandling \(sak \d{4}\/\d{5}\)$/);
    expect(orphanLine).toMatch(/orphan\.pdf: til kontroll – Legeerklæring, [^:]+: Dokumentet \(Legeerklæring\) skal legges til en eksisterende sak/);
    const summary = table.join('\n');
    expect(summary).toMatch(/fil .*del .*utfall .*kø .*sak .*dokumenttype/);
    expect(summary).toContain('Ufordelte saker – Tannbehandling');
    expect(summary).toContain('allerede behandlet (fordelt)');
    expect(summary).toContain('2 dokumenter: 1 til kontroll, 1 allerede behandlet');
    // Progress on standard error when it is no terminal: a line a file, seconds with a decimal comma.
    expect(stderr).toMatch(/^\[1\/2\] .*appeal\.pdf: allerede behandlet som appeal\.pdf, ingenting nytt$/m);
    expect(stderr).toMatch(/^\[2\/2\] .*orphan\.pdf: til kontroll på \d+,\d s$/m);
    expect(stdout + stderr).not.toContain(kari);
    expect(stdout + stderr).not.toMatch(/Lumbago|ryggsmerter/);
  });

  it('refuses a manifest with a date written wrong before anything is uploaded', async () => {
    await writeFile(at('bad.csv'), 'file,postmarked\ninbox/appeal.pdf,18/03/2025\n');
    const failure = await postmottak(['upload', '--manifest', at('bad.csv'), '--data-dir', at('other-state'), at('inbox')]).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect(failure).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('linje 2: postmarked: «18/03/2025» er ingen dato; skriv den som dd.mm.åååå eller åååå-mm-dd') });
  });
});
