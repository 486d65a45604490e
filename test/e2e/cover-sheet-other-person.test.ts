import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderPdfPage } from '#engines/pdf/pages';
import { degrade, renderPageImage, renderTextPdf, toScannedPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import { kari, kariAppeal as appeal } from '../support/kari-letter.ts';

/**
 * QA session 10 (HIGH 3): a cover sheet printed for Kari's case, scanned on top of another person's
 * medical declaration, filed that declaration on Kari's case. The sheet still decides the case by its
 * code, but a document that names a person who is no party of that case goes to an archivist with
 * its own reason; Kari's own declaration behind the same sheet is routed to her case as before.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const postmottak = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l.length > 0).map((l) => ProcessResult.parse(JSON.parse(l)));

const lise = idFor(7, 9, 91);
const declaration = (name: string, id: string) => [
  'Bergen legevakt', '', 'LEGEERKLÆRING', '',
  `Pasient: ${name}, fødselsnummer ${id}`, '',
  'Diagnose: M54.5 Lumbago (ICD-10).',
  'Pasienten har hatt ryggsmerter i seks måneder.', '', 'Bergen, 14.03.2025', 'Hans Moe, lege',
];

let dir: string;
let dataDir: string;
let caseId: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

/** The cover sheet as a scanner sees it, on top of a declaration rendered as a scanned page. */
async function sheetedScan(name: string, lines: string[], seed: number): Promise<string> {
  const coverPage = await degrade(await renderPdfPage(await readFile(at('cover.pdf')), 0, 200), { rotateDeg: 1.2, noise: 0.01, seed });
  const page = await degrade(await renderPageImage(lines, { dpi: 200 }), { rotateDeg: -0.5, noise: 0.005, seed: seed + 1 });
  await writeFile(at(name), await toScannedPdf([coverPage, page]));
  return at(name);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-cover-person-'));
  dataDir = at('state');
  await writeFile(at('appeal.pdf'), await renderTextPdf([appeal]));
  const [opened] = jsonLines((await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, at('appeal.pdf')])).stdout);
  expect(opened).toMatchObject({ status: 'routed', documentType: 'appeal', area: 'dental' });
  caseId = opened!.caseId!;
  await postmottak(['coversheet', '--case', caseId, '--type', 'medical_declaration', '--out', at('cover.pdf'), '--data-dir', dataDir]);
}, 480_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a cover sheet on top of another person's declaration", () => {
  it('goes to review with its own reason, in bokmål on the command line, and is not filed on the case', async () => {
    const scan = await sheetedScan('lise.pdf', declaration('Lise Larsen', lise), 11);
    const [result] = jsonLines((await postmottak(['process', '--json', '--received', '2025-03-24', '--data-dir', dataDir, scan])).stdout);
    expect(result).toMatchObject({ status: 'review', caseId: null, queue: 'review', pages: 1 });
    expect(result!.reason).toBe(`The cover sheet names case ${caseId.replace('-', '/')}, but the national id read from the document is not that of a party of the case: the sheet may have been put on another person's document. Check it, and choose the case.`);
    // The clerk's line (a re-run of the same bytes answers as the first run did).
    const { stdout } = await postmottak(['process', '--received', '2025-03-24', '--data-dir', dataDir, scan]);
    expect(stdout).toContain(`til kontroll – Legeerklæring`);
    expect(stdout).toContain(`Førstesiden viser til sak ${caseId.replace('-', '/')}, men fødselsnummeret i dokumentet tilhører ingen part i saken`);
    expect(stdout).not.toContain(lise);
    const view = JSON.parse((await postmottak(['case', caseId, '--json', '--data-dir', dataDir])).stdout) as { documents: { documentId: string }[] };
    expect(view.documents.map((d) => d.documentId)).not.toContain(result!.documentId);
  }, 480_000);

  it("routes the case's own person's declaration behind the same sheet to the case, as before", async () => {
    const scan = await sheetedScan('kari.pdf', declaration('Kari Nordmann', kari), 21);
    const [result] = jsonLines((await postmottak(['process', '--json', '--received', '2025-03-24', '--data-dir', dataDir, scan])).stdout);
    expect(result).toMatchObject({ status: 'routed', caseId, documentType: 'medical_declaration', confidence: 1, pages: 1 });
  }, 480_000);
});
