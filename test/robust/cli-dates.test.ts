import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { readManifest } from '../../local/mailroom/inputs.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * The command line takes a day as the page and every line it prints write it (20.03.2025) and as
 * SPEC.md's systems do (2025-03-20), and refuses anything else in one line naming both forms, exit 2.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root });
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => ProcessResult.parse(JSON.parse(l)));
const entries = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { caseId?: string });

const appeal = (who: string, id: string, decided: string) => [
  who, 'Kirkeveien 2, 0368 Oslo', '', 'Oslo, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${id}`, '', `Jeg klager på vedtak ${decided}fra Helfo om tannbehandling. Jeg mener vedtaket er feil.`, '', 'Med hilsen', who,
];

describe('a day on the command line, written dd.mm.åååå or åååå-mm-dd', () => {
  let dir: string;
  let dataDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-dates-'));
    dataDir = path.join(dir, 'state');
    await writeFile(path.join(dir, 'dated.pdf'), await renderTextPdf([appeal('Anne Berg', idFor(9, 6, 77), 'datert 03.03.2025 ')]));
    await writeFile(path.join(dir, 'undated.pdf'), await renderTextPdf([appeal('Per Dahl', idFor(14, 2, 61), '')]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function refused(args: string[], message: string): Promise<void> {
    const failure = await cli([...args, '--data-dir', dataDir]).then(() => null, (error: { code: number; stderr: string; stdout: string }) => error);
    expect(failure, `${args.join(' ')} was accepted`).not.toBeNull();
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect(failure!.stderr).toBe(`postmottak: ${message} (postmottak --help viser kommandoene)\n`);
  }
  const both = 'er ingen dato; skriv den som dd.mm.åååå eller åååå-mm-dd, for eksempel 20.03.2025 eller 2025-03-20';

  it('takes --received and --postmarked as dd.mm.åååå: the same deadlines as the ISO day gives', async () => {
    const { stdout } = await cli(['process', '--json', '--received', '20.03.2025', '--postmarked', '19.3.2025', '--data-dir', dataDir, path.join(dir, 'dated.pdf')]);
    const [line] = lines(stdout);
    expect(line).toMatchObject({ status: 'routed', documentType: 'appeal' });
    // SPEC.md's worked example: received Thu 2025-03-20 + 1 month = Easter Sunday, so due Tue 2025-04-22.
    expect(line!.deadlines).toContainEqual({ kind: 'preliminary_reply', due: '2025-04-22' });
    expect(line!.deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-04-14', missed: false });
  });

  it('filters a queue by received days written either way', async () => {
    const nb = entries((await cli(['queue', 'unassigned/dental', '--json', '--from', '20.03.2025', '--to', '20.03.2025', '--data-dir', dataDir])).stdout);
    const iso = entries((await cli(['queue', 'unassigned/dental', '--json', '--from', '2025-03-20', '--to', '2025-03-20', '--data-dir', dataDir])).stdout);
    expect(nb.length).toBe(1);
    expect(nb).toEqual(iso);
    expect((await cli(['queue', 'unassigned/dental', '--json', '--from', '21.03.2025', '--data-dir', dataDir])).stdout).toBe('');
  });

  it('opens a deadline from a day written dd.mm.åååå', async () => {
    const [routed] = lines((await cli(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'dated.pdf')])).stdout);
    const { stdout } = await cli(['deadline-open', routed!.caseId!, '--handler', 'h1', '--kind', 'comments', '--on', '24.03.2025', '--data-dir', dataDir]);
    // 5 weeks from Monday 24 March 2025.
    expect(stdout).toContain('forfaller 28.04.2025');
  });

  it('takes the decision date an archivist gives in review decide, and counts the appeal deadline from it', async () => {
    const [held] = lines((await cli(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'undated.pdf')])).stdout);
    expect(held!.status).toBe('review');
    const { stdout } = await cli(['review', 'decide', held!.documentId, '--archivist', 'arkivar-1', '--type', 'appeal', '--area', 'dental', '--decision-date', '03.03.2025', '--json', '--data-dir', dataDir]);
    const decided = ProcessResult.parse(JSON.parse(stdout.trim().split('\n')[0]!));
    expect(decided).toMatchObject({ status: 'routed', fields: { decisionDate: '2025-03-03' } });
    expect(decided.deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-04-14', missed: false });
  });

  it('refuses a day that does not exist, and every other form, in one line naming both forms', async () => {
    await refused(['process', '--received', '31.02.2025', path.join(dir, 'dated.pdf')], `--received: «31.02.2025» ${both}`);
    await refused(['process', '--received', '2025-02-29', path.join(dir, 'dated.pdf')], `--received: «2025-02-29» ${both}`);
    await refused(['process', '--postmarked', '03/19/2025', path.join(dir, 'dated.pdf')], `--postmarked: «03/19/2025» ${both}`);
    await refused(['queue', 'unassigned/dental', '--from', '20.03.25'], `--from: «20.03.25» ${both}`);
    await refused(['queue', 'unassigned/dental', '--to', 'i går'], `--to: «i går» ${both}`);
    await refused(['deadline-open', '2025/00001', '--kind', 'comments', '--on', '2025-3-24'], `--on: «2025-3-24» ${both}`);
    await refused(['review', 'decide', 'doc-1', '--archivist', 'arkivar-1', '--decision-date', '32.01.2025'], `--decision-date: «32.01.2025» ${both}`);
  });

  it('names days the way people write them when a range is the wrong way round, whichever form they were typed in', async () => {
    await refused(['export', '--from', '2025-03-21', '--to', '20.03.2025'], '--from 21.03.2025 er etter --to 20.03.2025; gi den tidligste dagen først');
  });

  it('says both forms in --help', async () => {
    const { stdout } = await cli(['process', '--help']);
    expect(stdout).toContain('postmottak process [--received DATO] [--postmarked DATO]');
    expect(stdout).toContain('DATO skrives dd.mm.åååå eller åååå-mm-dd');
  });
});

describe("the mailroom's manifest, its postmarked column written either way", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-manifest-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads 18.03.2025 and 2025-03-18 as the same day, an empty cell as no postmark', async () => {
    await writeFile(path.join(dir, 'm.csv'), 'file,postmarked\na.pdf,18.03.2025\nb.pdf,2025-03-18\nc.pdf,\n');
    const postmarks = await readManifest(path.join(dir, 'm.csv'));
    expect([...postmarks.entries.values()].map((e) => e.postmarked)).toEqual(['2025-03-18', '2025-03-18', null]);
  });

  it('refuses a day that does not exist, naming the line and both forms', async () => {
    await writeFile(path.join(dir, 'bad.csv'), 'file,postmarked\na.pdf,18.03.2025\nb.pdf,31.02.2025\n');
    await expect(readManifest(path.join(dir, 'bad.csv'))).rejects.toThrow(`${path.join(dir, 'bad.csv')} linje 3: postmarked: «31.02.2025» er ingen dato; skriv den som dd.mm.åååå eller åååå-mm-dd`);
  });

  it('names the line as the file numbers it, blank lines counted', async () => {
    await writeFile(path.join(dir, 'blank.csv'), 'file,postmarked\n\na.pdf,18.03.2025\n\n\nb.pdf,31.02.2025\n');
    await expect(readManifest(path.join(dir, 'blank.csv'))).rejects.toThrow(`${path.join(dir, 'blank.csv')} linje 6: postmarked: «31.02.2025»`);
    const read = await readManifest(path.join(dir, 'blank.csv').replace('blank', 'm'));
    expect([...read.entries.values()].map((e) => e.line)).toEqual([2, 3, 4]);
  });

  it('refuses a file named twice: two postmarks for one letter', async () => {
    await writeFile(path.join(dir, 'twice.csv'), 'file,postmarked\na.pdf,18.03.2025\nb.pdf,\n./a.pdf,19.03.2025\n');
    await expect(readManifest(path.join(dir, 'twice.csv'))).rejects.toThrow(`${path.join(dir, 'twice.csv')} linje 4: ./a.pdf står også på linje 2; hver fil skal stå én gang`);
  });
});
