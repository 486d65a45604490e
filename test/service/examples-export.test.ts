import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '#config/load';
import { addDays, osloDate } from '#domain/calendar';
import { words } from '#domain/classify/features';
import { maskNationalIds, selectTrainingExamples, type TrainingLine } from '#domain/classify/training-examples';
import { findNationalIds } from '#domain/fields/national-id';
import { prepareText } from '#domain/fields/text';
import { labelledExampleFiles } from '../../corpus/labelled-examples.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import { readTrainingFile } from '../../corpus/training-guard.ts';
import { examplesCommand, exportTrainingExamples } from '../../local/examples-command.ts';
import { handIn } from '../../service/operations/intake.ts';
import { awsAccessProblem } from '../../local/aws-access-problems.ts';
import { UsageError } from '../../local/usage-error.ts';
import { idFor } from '../support/national-ids.ts';
import { kari, openTestService, orphanDeclaration, transferLetter, type TestService } from './fixtures.ts';

/**
 * Learning from archivists in AWS (issue 13 item 5): decisions and corrections leave labelled examples
 * in the table; `postmottak examples export` turns them, with the texts from the document store, into
 * the lines `npm run train -- --examples FILE` reads, with no national id in clear. Here over the
 * embedded stack: its data dir, and the same table and bucket named as a deployed stack is.
 */
let service: TestService;
let outDir: string;
const repository = path.resolve(import.meta.dirname, '../..');
const config = loadConfig();
const orphanId = idFor(24, 11, 90);
const exporter = { person: 'Anne Arkivar', role: 'archivist' as const };

const read = (file: string): TrainingLine[] => readTrainingFile(file).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as TrainingLine);

beforeAll(async () => {
  service = await openTestService();
  outDir = await mkdtemp(path.join(tmpdir(), 'postmottak-examples-'));
  const archivist = service.as('archivist');
  const { orphan, transfer } = service.seeded;
  // An archivist decides the declaration waiting in review, then corrects the transfer letter's type.
  const decided = await service.app.inject({ method: 'POST', url: `/api/v1/review/${orphan.documentId}/decision`, headers: archivist, payload: { case: transfer.caseId!, confirmOtherPerson: true, documentType: 'medical_declaration' } });
  expect(decided.statusCode, decided.body).toBe(200);
  const corrected = await service.app.inject({ method: 'POST', url: `/api/v1/documents/${transfer.documentId}/correction`, headers: archivist, payload: { documentType: 'appeal' } });
  expect(corrected.statusCode, corrected.body).toBe(200);
}, 120_000);
afterAll(async () => {
  await service?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('examples export', () => {
  it('writes one training line per decided or corrected document, with the archivist’s answer and the text from the store', async () => {
    const { lines } = await exportTrainingExamples(service.runtime.context, exporter, null);
    const parsed = lines.map((l) => JSON.parse(l) as TrainingLine);
    const byDocument = new Map(parsed.map((l) => [l.documentId, l]));
    expect(byDocument.get(service.seeded.orphan.documentId)).toMatchObject({ documentType: 'medical_declaration', area: 'dental', language: expect.any(String) });
    expect(byDocument.get(service.seeded.transfer.documentId)).toMatchObject({ documentType: 'appeal', area: 'dental' });
    expect(byDocument.get(service.seeded.orphan.documentId)!.text).toContain('LEGEERKLÆRING');
    expect(byDocument.get(service.seeded.transfer.documentId)!.text).toContain('OVERSENDELSE AV KLAGESAK');
    // Training classes: every line names a type and an area the configuration has.
    for (const line of parsed) {
      expect(config.typeRules.map((r) => r.type)).toContain(line.documentType);
      expect(config.areas.map((a) => a.code)).toContain(line.area);
    }
  });

  it('writes no national id in clear, and the training features stay the same', async () => {
    const { lines } = await exportTrainingExamples(service.runtime.context, exporter, null);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).not.toContain(kari);
      expect(line).not.toContain(orphanId);
      expect(findNationalIds((JSON.parse(line) as TrainingLine).text)).toEqual([]);
    }
    for (const letter of [transferLetter, orphanDeclaration]) {
      const text = letter.join('\n');
      expect(findNationalIds(text).length).toBe(1);
      expect(words(maskNationalIds(text))).toEqual(words(prepareText(text)));
    }
    // An id the reader refuses (one check digit misread) is still eleven digits of a person: masked too.
    const misread = `${kari.slice(0, 10)}${(Number(kari[10]) + 1) % 10}`;
    expect(maskNationalIds(`Fnr ${misread} og ${kari.slice(0, 6)} ${kari.slice(6)}`)).toBe('Fnr 00000000000 og 000000 00000');
  });

  it('keeps the newest answer per document and leaves out outcomes that name no type', () => {
    const base = { language: 'nb' as const };
    const { chosen, superseded, unlabelled } = selectTrainingExamples([
      { ...base, kind: 'decision', documentId: 'a', at: '2025-03-20T09:00:00Z', archivist: { documentType: 'appeal', area: 'dental' } },
      { ...base, kind: 'correction', documentId: 'a', at: '2025-03-21T09:00:00Z', archivist: { documentType: 'comments', area: 'dental' } },
      { ...base, kind: 'forwarded', documentId: 'b', at: '2025-03-21T10:00:00Z', archivist: { documentType: null, area: null } },
    ]);
    expect(chosen.map((e) => [e.documentId, e.archivist.documentType])).toEqual([['a', 'comments']]);
    expect({ superseded, unlabelled }).toEqual({ superseded: 1, unlabelled: 1 });
  });

  it('leaves out a document corrected and then marked forwarded: its newest answer names no type', async () => {
    const letter = [...transferLetter, '', 'Kopi: Helfo arkiv'];
    const mail = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([letter]), fileName: 'forwarded.pdf', receivedDate: '2025-03-20', postmarkDate: null });
    const archivist = service.as('archivist');
    const corrected = await service.app.inject({ method: 'POST', url: `/api/v1/documents/${mail.documentId}/correction`, headers: archivist, payload: { documentType: 'appeal' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await exportTrainingExamples(service.runtime.context, exporter, null)).lines.map((l) => (JSON.parse(l) as TrainingLine).documentId)).toContain(mail.documentId);
    const forwarded = await service.app.inject({ method: 'POST', url: `/api/v1/documents/${mail.documentId}/forwarded`, headers: archivist, payload: { recipient: 'NAV Klageinstans Øst' } });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    const { lines, unlabelled } = await exportTrainingExamples(service.runtime.context, exporter, null);
    expect(lines.map((l) => (JSON.parse(l) as TrainingLine).documentId)).not.toContain(mail.documentId);
    expect(unlabelled).toBeGreaterThanOrEqual(1);
  });

  it('reads from a deployed table and bucket named on the command line, into an owner-only file that training reads', async () => {
    const ctx = service.runtime.context;
    const file = path.join(outDir, 'examples.jsonl');
    const said: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => said.push(String(chunk)) > 0);
    const started = new Date().toISOString();
    const code = await examplesCommand(['export', '--out', file, '--table', ctx.db.table, '--bucket', ctx.files.bucket, '--archivist', 'Ingrid Arkiv']).finally(() => stderr.mockRestore());
    expect(code).toBe(0);
    // A bulk read of mail text: the access log says who exported which documents, and how many went together (QA s14 e M2).
    const day = osloDate(new Date());
    const logged = (await ctx.accessLog.list!({ from: day, to: day, person: 'Ingrid Arkiv' })).filter((r) => r.at >= started);
    expect(logged.map((r) => r.documentId).sort()).toEqual([service.seeded.orphan.documentId, service.seeded.transfer.documentId].sort());
    expect(logged[0]).toMatchObject({ action: 'examples:export', role: 'archivist', filter: 'documents=2' });
    // Told in bokmål, as every other line of the CLI.
    const told = said.join('');
    expect(told.startsWith(`2 eksempler med arkivarens svar er skrevet til ${file}`)).toBe(true);
    expect(told.endsWith(`\ntren med: npm run train -- --examples ${file}\n`)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // What `npm run train -- --examples FILE` opens (through the evaluation-set guard) and parses.
    const [examples] = labelledExampleFiles(file);
    const lines = read(examples!);
    expect(lines.map((l) => l.documentId).sort()).toEqual([service.seeded.orphan.documentId, service.seeded.transfer.documentId].sort());
    for (const l of lines) expect(typeof l.text === 'string' && l.text.length > 50).toBe(true);
  });

  it('exports only what was decided on or after --since (a day in Norway)', async () => {
    const today = osloDate(new Date());
    expect((await exportTrainingExamples(service.runtime.context, exporter, today)).lines.length).toBeGreaterThanOrEqual(2);
    expect((await exportTrainingExamples(service.runtime.context, exporter, addDays(today, 1))).lines).toEqual([]);
  });

  it('refuses to write inside the repository, and a half-named deployed stack, in one line', async () => {
    const inside = path.join(repository, 'examples-export.jsonl');
    await expect(examplesCommand(['export', '--out', inside])).rejects.toThrow(UsageError);
    await expect(examplesCommand(['export', '--out', path.join(repository, 'corpus', 'x.jsonl')])).rejects.toThrow(/ligger i kodelageret/);
    expect(existsSync(inside)).toBe(false);
    await expect(examplesCommand(['export', '--out', path.join(outDir, 'x.jsonl'), '--table', 'postmottak'])).rejects.toThrow(/--table og --bucket/);
    await expect(examplesCommand(['export', '--out', path.join(outDir, 'x.jsonl'), '--since', '20/03/2025'])).rejects.toThrow(/«20\/03\/2025» er ingen dato; skriv den som dd\.mm\.åååå eller åååå-mm-dd/);
  });

  it('refuses a folder for --out in one line, and leaves no partial copy of the mail beside it', async () => {
    const folder = path.join(outDir, 'a-folder');
    await mkdir(folder);
    await expect(examplesCommand(['export', '--out', folder, '--table', service.runtime.context.db.table, '--bucket', service.runtime.context.files.bucket])).rejects.toThrow(/er en mappe/);
    expect(readdirSync(outDir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('treats a repository folder whose name starts with two dots as inside the repository', async () => {
    const dotted = path.join(repository, `..examples-${process.pid}`);
    await mkdir(dotted);
    try {
      await expect(examplesCommand(['export', '--out', path.join(dotted, 'x.jsonl'), '--table', service.runtime.context.db.table, '--bucket', service.runtime.context.files.bucket])).rejects.toThrow(/ligger i kodelageret/);
      expect(readdirSync(dotted)).toEqual([]);
    } finally {
      await rm(dotted, { recursive: true, force: true });
    }
  });

  it('says in one line that a named table or bucket does not exist', async () => {
    const ctx = service.runtime.context;
    const out = path.join(outDir, 'wrong.jsonl');
    await expect(examplesCommand(['export', '--out', out, '--table', 'no-such-table', '--bucket', ctx.files.bucket])).rejects.toThrow(new UsageError(awsAccessProblem({ name: 'ResourceNotFoundException' }, { table: 'no-such-table', bucket: ctx.files.bucket })!));
    await expect(examplesCommand(['export', '--out', out, '--table', ctx.db.table, '--bucket', 'no-such-bucket'])).rejects.toThrow(/det finnes ingen bøtte no-such-bucket/);
    expect(existsSync(out)).toBe(false);
  });

  it('names the missing permission or credentials, and passes other errors on as they are', () => {
    const names = { table: 'postmottak-prod', bucket: 'postmottak-documents' };
    expect(awsAccessProblem({ name: 'AccessDeniedException' }, names)).toMatch(/dynamodb:Query.*postmottak-prod.*kms:Decrypt/);
    expect(awsAccessProblem({ name: 'AccessDenied' }, names)).toMatch(/s3:GetObject på postmottak-documents/);
    expect(awsAccessProblem({ name: 'CredentialsProviderError' }, names)).toMatch(/fant ingen AWS-legitimasjon/);
    expect(awsAccessProblem(new TypeError('x is undefined'), names)).toBeNull();
  });
});
