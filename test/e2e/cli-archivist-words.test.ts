import { caseStatusName } from '../../domain/wording/names-nb.ts';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseView, DueDeadlines, QueueEntry } from '#schemas/api';
import { OutboxLetter } from '#schemas/letters';
import { ProcessResult } from '#schemas/pipeline';
import { loadConfig } from '../../config/load.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * The command line's human output for archivists says what the page says, in bokmål: `review list`
 * (the reason the page gives, types and areas by name, days as 20.03.2025), `review decide` and
 * `outbox`; and the case handlers' `queue`, `case`, `claim`, `deadline-open` and `deadlines`, in the
 * words of the page they use too. `--json` stays the API's shape, English reason and codes included.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root });

const appeal = [
  'Anne Berg', 'Kirkeveien 2, 0368 Oslo', '', 'Oslo, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${idFor(9, 6, 77)}`, '', 'Jeg klager på vedtak datert 03.03.2025 fra Helfo. Jeg mener vedtaket er feil.', '', 'Med hilsen', 'Anne Berg',
];
const orphan = [
  'Bergen legevakt', '', 'LEGEERKLÆRING', '', `Pasient: Lise Larsen, fødselsnummer ${idFor(24, 11, 90)}`, '',
  'Diagnose: M54.5 Lumbago (ICD-10).', 'Pasienten har hatt ryggsmerter i seks måneder.', '', 'Bergen, 14.03.2025', 'Hans Moe, lege',
];
const areaName = (code: string | null) => loadConfig().areas.find((a) => a.code === code)?.name;

describe("the archivists' commands, read by a person", () => {
  let dir: string;
  let dataDir: string;
  let inReview: ProcessResult;
  let appealed: ProcessResult;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-cli-words-'));
    dataDir = path.join(dir, 'state');
    await writeFile(path.join(dir, 'klage.pdf'), await renderTextPdf([appeal]));
    await writeFile(path.join(dir, 'legeerklaering.pdf'), await renderTextPdf([orphan]));
    const { stdout } = await cli(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'klage.pdf'), path.join(dir, 'legeerklaering.pdf')]);
    const results = stdout.trim().split('\n').map((l) => ProcessResult.parse(JSON.parse(l)));
    expect(results.map((r) => r.status)).toEqual(['routed', 'review']);
    [appealed, inReview] = results as [ProcessResult, ProcessResult];
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('review list: one line a document in the words of the page; --json unchanged', async () => {
    const json = await cli(['review', 'list', '--json', '--data-dir', dataDir]);
    const [item, ...others] = json.stdout.trim().split('\n').map((l) => QueueEntry.parse(JSON.parse(l)));
    expect(others).toEqual([]);
    expect(item).toMatchObject({ documentId: inReview.documentId, receivedDate: '2025-03-20', documentType: 'medical_declaration', reason: inReview.reason });
    expect(item!.reasonNb).toBeTruthy();
    expect(json.stderr).not.toMatch(/venter/);

    const human = await cli(['review', 'list', '--data-dir', dataDir]);
    const lines = human.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const fields = lines[0]!.split('  ');
    expect(fields).toEqual([inReview.documentId, '20.03.2025', 'legeerklaering.pdf', `Legeerklæring, ${areaName(item!.area)}`, item!.reasonNb]);
    expect(lines[0]).not.toContain(item!.reason!);
    expect(lines[0]).not.toMatch(/medical_declaration|2025-03-20/);
    expect(human.stderr).toContain('1 dokument venter på kontroll, eldste først.');
  });

  it('outbox: the letter by its Norwegian name and status; --json unchanged', async () => {
    const json = await cli(['outbox', '--json', '--data-dir', dataDir]);
    const [letter] = json.stdout.trim().split('\n').map((l) => OutboxLetter.strict().parse(JSON.parse(l)));
    expect(letter).toMatchObject({ kind: 'appeal_acknowledgement', status: 'ready' });
    const human = (await cli(['outbox', '--data-dir', dataDir])).stdout.trim();
    // The language by its name, as the page says it (QA s11: «(nb)»).
    const language = { nb: 'bokmål', nn: 'nynorsk' }[letter!.language];
    expect(human).toBe(`${letter!.letterId}  ${letter!.caseNumber}  datert ${letter!.letterDate.split('-').reverse().join('.')}  Bekreftelse på mottatt klage (${language})  klart til utsending  → ${[letter!.recipient!.name, ...letter!.recipient!.address].join(', ')}  ${letter!.path}`);
  });

  it('review decide: back in review with why, as the page says it; then where the document went, the queue by its name', async () => {
    // A letter must be linked to a case, and this person has none: the decision sends it back to review.
    const back = (await cli(['review', 'decide', inReview.documentId, '--archivist', 'arkivar-1', '--type', 'correspondence', '--area', 'dental', '--data-dir', dataDir])).stdout.trim();
    const waiting = QueueEntry.parse(JSON.parse((await cli(['review', 'list', '--json', '--data-dir', dataDir])).stdout));
    expect(back).toBe(`${inReview.documentId}: tilbake til kontroll: ${waiting.reasonNb}`);
    expect(back).not.toContain(waiting.reason!);

    const { stdout } = await cli(['review', 'decide', inReview.documentId, '--archivist', 'arkivar-1', '--type', 'case_transfer', '--area', 'dental', '--data-dir', dataDir]);
    expect(stdout.trim()).toMatch(new RegExp(`^${inReview.documentId}: sendt videre på sak \\d{4}/\\d{5} til «Ufordelte saker – ${areaName('dental')}»$`));
    expect((await cli(['review', 'list', '--data-dir', dataDir])).stderr).toContain('Ingen dokumenter venter på kontroll.');
  });

  it("the case handlers' commands: the queue, the case with its journal worded, a claim, an opened deadline, the deadlines due", async () => {
    const caseNumber = appealed.caseId!.replace('-', '/');
    const queued = (await cli(['queue', 'unassigned/dental', '--json', '--data-dir', dataDir])).stdout.trim().split('\n').map((l) => QueueEntry.parse(JSON.parse(l)));
    const entry = queued.find((q) => q.caseNumber === caseNumber)!;
    const queueLines = (await cli(['queue', 'unassigned/dental', '--data-dir', dataDir])).stdout.trim().split('\n');
    expect(queueLines).toHaveLength(queued.length);
    expect(queueLines).toContain([caseNumber, '20.03.2025', { 1: 'normal', 2: 'høy' }[entry.priority] ?? 'haster', entry.title, `[${entry.keywords.join(', ')}]`].join('  '));

    const view = CaseView.parse(JSON.parse((await cli(['case', caseNumber, '--json', '--data-dir', dataDir])).stdout));
    const shown = (await cli(['case', caseNumber, '--data-dir', dataDir])).stdout.trim().split('\n');
    expect(shown[0]).toBe(`Sak ${caseNumber}: ${view.case.title}  [${areaName(view.case.area)}, ${caseStatusName(view.case.status)}]  Ufordelte saker – ${areaName('dental')}`);
    expect(shown).toContain(`  dokument ${appealed.documentId}  mottatt 20.03.2025  Klage på vedtak  klage.pdf`);
    expect(shown.filter((l) => l.startsWith('  frist '))).toHaveLength(view.deadlines.length);
    expect(shown.some((l) => /^ {2}frist Foreløpig svar {2}\d{2}\.\d{2}\.\d{4} {2}(åpen|oppfylt|oppfylt for sent)$/.test(l))).toBe(true);
    expect(shown.filter((l) => /^ {2}\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2} {2}/.test(l))).toHaveLength(view.journal.length);
    expect(shown.some((l) => l.includes('Sak opprettet – postmottak'))).toBe(true);
    expect(shown.join('\n')).not.toMatch(/CaseCreated|DocumentRegistered|appeal_deadline|\d{4}-\d{2}-\d{2}T/);

    expect((await cli(['claim', caseNumber, '--handler', 'h123', '--data-dir', dataDir])).stdout.trim()).toBe(`sak ${caseNumber} er tatt av h123`);
    const opened = (await cli(['deadline-open', caseNumber, '--handler', 'h1', '--kind', 'comments', '--on', '2025-03-24', '--json', '--data-dir', dataDir])).stdout;
    const due = (JSON.parse(opened) as { deadline: { due: string } }).deadline.due;
    expect((await cli(['deadline-open', caseNumber, '--handler', 'h1', '--kind', 'medical_declaration', '--on', '2025-03-24', '--data-dir', dataDir])).stdout.trim()).toMatch(new RegExp(`^frist Legeerklæring åpnet på sak ${caseNumber}, forfaller \\d{2}\\.\\d{2}\\.\\d{4}$`));
    const listed = DueDeadlines.parse({ before: '2099-12-31', deadlines: (await cli(['deadlines', '--due-before', '2099-12-31', '--json', '--data-dir', dataDir])).stdout.trim().split('\n').map((l) => JSON.parse(l)) });
    const dueLines = (await cli(['deadlines', '--due-before', '2099-12-31', '--data-dir', dataDir])).stdout.trim().split('\n');
    expect(dueLines).toHaveLength(listed.deadlines.length);
    expect(dueLines).toContain(`${due.split('-').reverse().join('.')}  Merknader  ${caseNumber}  ${view.case.title}`);
  });
});
