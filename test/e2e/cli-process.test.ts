import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { degrade, emptyFile, renderPageImage, renderTextPdf, toJpeg, zipArchive } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import defaults from '../../config/postmottak.json' with { type: 'json' };

/**
 * The whole product through its front door: `postmottak process --json` in a child process, which
 * starts the loopback S3 and DynamoDB servers, runs statemachines/intake.asl.json in-process and
 * binds its tasks to the Lambda handlers. Assertions are on SPEC.md's JSON lines.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

// The pipeline's paths at fixed Link thresholds (session 4's): the configured ones are chosen on the
// unseen-writer calibration half by scripts/calibrate.ts and move with the model (at 0.97 the phone
// photo of the appeal below, at 0.93, goes to review), and this file is about the paths.
const pinnedConfig = path.join(mkdtempSync(path.join(tmpdir(), 'postmottak-config-')), 'postmottak.json');
writeFileSync(pinnedConfig, JSON.stringify({ ...defaults, linkThresholds: { newCase: 0.91, mustLink: 0.95 } }));

async function postmottak(args: string[]): Promise<{ results: ProcessResult[]; stderr: string }> {
  const env = { ...process.env, POSTMOTTAK_CONFIG_FILE: pinnedConfig };
  const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  const lines = stdout.split('\n').filter((line) => line.length > 0);
  return { results: lines.map((line) => ProcessResult.parse(JSON.parse(line))), stderr };
}

const kari = idFor(12, 3, 85);
const ola = idFor(7, 3, 95);

const transferLetter = [
  'Helfo', 'Postboks 2415, 3104 Tønsberg', '',
  'Nasjonalt klageorgan for helsetjenesten', '',
  'Vår ref.: 24/113188                           Dato: 18.03.2025', '',
  'OVERSENDELSE AV KLAGESAK – STØNAD TIL TANNBEHANDLING', '',
  `Vi oversender klagesak for Kari Nordmann, fødselsnummer ${kari}.`,
  'Saken gjelder stønad til tannbehandling etter folketrygdloven § 5-6.',
  'Helfo avslo søknaden i vedtak datert 12.02.2025. Klagen kom inn 24.02.2025.',
  'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.', '',
  'Sakens dokumenter følger vedlagt.', '', 'Med vennlig hilsen', 'Helfo',
];
const declaration = [
  'Kongsberg legesenter', '', 'LEGEERKLÆRING', '',
  `Pasient: Kari Nordmann, fødselsnummer ${kari}`, '',
  'Diagnose: K05.3 Kronisk periodontitt (ICD-10).',
  'Pasienten har vært til behandling siden 2023. Funksjonsevnen ved tygging er nedsatt.',
  'Pasienten er ikke arbeidsufør.', '', 'Kongsberg, 10.03.2025', 'Ingrid Berg, lege',
];
const appealByPhoto = [
  'Ola Nordmann', 'Fjellveien 3, 5003 Bergen', '', 'Bergen, 18.03.2025', '',
  'KLAGE PÅ VEDTAK OM SYKEPENGER', '',
  `Fødselsnummer: ${ola}`, '',
  'Jeg klager på vedtak datert 12.03.2025 der NAV stanset sykepengene mine.',
  'Jeg er uenig i at jeg ikke fyller vilkårene. Sykmeldingen fra fastlegen',
  'viser at jeg fortsatt er arbeidsufør.', '', 'Med hilsen', 'Ola Nordmann',
];
const nobody = idFor(24, 11, 90);
// A medical declaration for someone with no case: "must be linked", so it waits for an archivist.
const orphanDeclaration = [
  'Bergen legevakt', '', 'LEGEERKLÆRING', '',
  `Pasient: Lise Larsen, fødselsnummer ${nobody}`, '',
  'Diagnose: M54.5 Lumbago (ICD-10).',
  'Pasienten har hatt ryggsmerter i seks måneder. Funksjonsevnen er nedsatt ved løft.',
  'Pasienten er delvis arbeidsufør.', '', 'Bergen, 14.03.2025', 'Hans Moe, lege',
];

describe('postmottak process --json (embedded stack, real ASL, real handlers)', () => {
  let dir: string;
  let dataDir: string;
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-e2e-'));
    dataDir = path.join(dir, 'state');
    await writeFile(file('transfer.pdf'), await renderTextPdf([transferLetter]));
    await writeFile(file('declaration.pdf'), await renderTextPdf([declaration]));
    await writeFile(file('appeal-photo.jpg'), await toJpeg(await degrade(await renderPageImage(appealByPhoto), { rotateDeg: -0.8, noise: 0.03, greyPaper: true, seed: 7 })));
    await writeFile(file('orphan.pdf'), await renderTextPdf([orphanDeclaration]));
    await writeFile(file('archive.pdf'), zipArchive());
    await writeFile(file('empty.pdf'), emptyFile());
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('routes, reviews and rejects each file, one JSON line per file in input order', async () => {
    const names = ['transfer.pdf', 'declaration.pdf', 'appeal-photo.jpg', 'orphan.pdf', 'archive.pdf', 'empty.pdf'];
    const { results } = await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, ...names.map(file)]);

    expect(results.map((r) => r.file)).toEqual(names.map(file));
    const [transfer, decl, appeal, orphan, archive, empty] = results as [ProcessResult, ProcessResult, ProcessResult, ProcessResult, ProcessResult, ProcessResult];

    expect(transfer).toMatchObject({ status: 'routed', documentType: 'case_transfer', area: 'dental', textSource: 'text_layer', pages: 1, queue: 'unassigned/dental' });
    expect(transfer.fields?.nationalIds).toEqual([kari]);
    expect(transfer.fields?.caseReferences).toContain('24/113188');
    expect(transfer.deadlines.map((d) => d.kind)).toEqual(['preliminary_reply', 'case_processing']);
    expect(transfer.deadlines[0]).toEqual({ kind: 'preliminary_reply', due: '2025-04-22' });
    expect(transfer.caseId).not.toBeNull();

    // Linked by the national id to the one open case; the case has no handler yet.
    expect(decl).toMatchObject({ status: 'routed', documentType: 'medical_declaration', caseId: transfer.caseId, area: 'dental', queue: 'unit-mail/dental', deadlines: [] });

    expect(appeal).toMatchObject({ status: 'routed', documentType: 'appeal', area: 'sick_pay', textSource: 'ocr', queue: 'unassigned/sick_pay' });
    expect(appeal.fields?.decisionDate).toBe('2025-03-12');
    expect(appeal.deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-04-23', missed: false });
    expect(appeal.caseId).not.toBe(transfer.caseId);

    expect(orphan).toMatchObject({ status: 'review', queue: 'review', caseId: null, documentType: 'medical_declaration' });
    expect(orphan.reason).toMatch(/case/i);

    expect(archive).toMatchObject({ status: 'rejected', queue: 'quarantine', documentType: null });
    expect(archive.reason).toMatch(/ZIP/i);
    expect(empty).toMatchObject({ status: 'rejected', queue: 'quarantine' });
    expect(empty.reason).toMatch(/empty/i);
  });

  it('a later call sees the cases of an earlier one, and the same scan twice is one document', async () => {
    const { results, stderr } = await postmottak(['process', '--json', '--verbose', '--received', '2025-03-21', '--data-dir', dataDir, file('transfer.pdf'), file('declaration.pdf')]);
    const { results: before } = await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, file('transfer.pdf')]);
    const [again] = results as [ProcessResult, ProcessResult];
    // Same bytes: the same document (identity by content), registered once, with the outcome it had.
    expect(again.documentId).toBe(before[0]?.documentId);
    expect(again.duplicateOf).toBe(before[0]?.documentId);
    expect(again.caseId).toBe(before[0]?.caseId);
    expect(results[1]?.caseId).toBe(again.caseId);

    // Even at debug level, no log line carries a national id or the letters' text.
    expect(stderr).toContain('-> Duplicate');
    expect(stderr).not.toContain(kari);
    expect(stderr).not.toMatch(/periodontitt|Funksjonsevnen|finner ikke grunn/i);
  });

  it("an archivist's decision carries a document in review on, in a new process, through the same state machine", async () => {
    const { results } = await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, file('transfer.pdf'), file('orphan.pdf')]);
    const [transfer, orphan] = results as [ProcessResult, ProcessResult];
    expect(orphan.status).toBe('review');

    // The orphan names another person than the transfer's case: refused in one line until the archivist confirms it.
    const decide = (...more: string[]) =>
      run(process.execPath, [path.join(root, 'bin/postmottak.js'), 'review', 'decide', orphan.documentId, '--archivist', 'arkivar-1', '--case', transfer.caseId!, ...more, '--json', '--data-dir', dataDir], { cwd: root, env: { ...process.env, POSTMOTTAK_CONFIG_FILE: pinnedConfig } });
    const refused = await decide().then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^postmottak: Sak \d{4}\/\d{5} ser ut til å være en annen persons: fødselsnummeret i dokumentet er ikke noen av sakens parters/)]);
    const decided = await decide('--confirm-other-person');
    const result = ProcessResult.parse(JSON.parse(decided.stdout));
    expect(result).toMatchObject({ documentId: orphan.documentId, status: 'routed', documentType: 'medical_declaration', caseId: transfer.caseId, area: 'dental', queue: 'unit-mail/dental' });

    // The decision left a labelled example for training, in the data dir (owner-only), not in the repository.
    const examplesFile = path.join(dataDir, 'examples', 'decisions.jsonl');
    expect((statSync(examplesFile).mode & 0o777).toString(8)).toBe('600');
    const example = JSON.parse(readFileSync(examplesFile, 'utf8').trim().split('\n').at(-1)!) as { documentId: string; documentType: string; area: string; text: string; archivist: string };
    expect(example).toMatchObject({ documentId: orphan.documentId, documentType: 'medical_declaration', archivist: 'arkivar-1' });
    expect(example.text.length).toBeGreaterThan(40);

    // Decided once: it is no longer waiting, and a second decision is refused with a clear message.
    const again = run(process.execPath, [path.join(root, 'bin/postmottak.js'), 'review', 'decide', orphan.documentId, '--archivist', 'arkivar-2', '--data-dir', dataDir], { cwd: root, env: { ...process.env, POSTMOTTAK_CONFIG_FILE: pinnedConfig } });
    await expect(again).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('venter ikke i kontrollkøen') });
  });

  it('refuses bad usage with exit code 2 and a specific message, processing nothing', async () => {
    const usage = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root });
    await expect(usage(['process', '--received', '20/03/2025', '--data-dir', dataDir, file('transfer.pdf')])).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--received: «20/03/2025» er ingen dato; skriv den som dd.mm.åååå eller åååå-mm-dd') });
    await expect(usage(['process', '--data-dir', dataDir, file('transfer.pdf'), file('no-such-scan.pdf')])).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('finner ingen fil eller mappe') });
    await expect(usage(['frobnicate'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('ukjent kommando «frobnicate»') });
  });
});
