import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { expectRefused } from '../support/cli-refusal.ts';
import { undatedAppeal } from '../support/undated-appeal.ts';

/**
 * QA session 9: a received day still to come was taken (`process --received 2099-01-01`), a letter
 * could be marked sent tomorrow, and an appeal was decided with no decision date, so its case had no
 * appeal deadline. Each is one bokmål line on standard error and exit 2, naming the option to give,
 * and nothing is changed (the letter refused is a real one, listed the same after); the appeal is
 * decided once its date is given.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root });


let dir: string;
let dataDir: string;
let inReview: ProcessResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-dates-'));
  dataDir = path.join(dir, 'state');
  await writeFile(path.join(dir, 'klage.pdf'), await renderTextPdf([undatedAppeal]));
  const { stdout } = await cli(['process', '--json', '--received', '2025-03-21', '--data-dir', dataDir, path.join(dir, 'klage.pdf')]);
  inReview = ProcessResult.parse(JSON.parse(stdout.trim()));
  expect(inReview).toMatchObject({ status: 'review', documentType: 'appeal' });
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const refused = (args: string[], message: RegExp) => expectRefused(cli([...args, '--data-dir', dataDir]), args.join(' '), message);

describe('dates a person gives that cannot be', () => {
  it('refuses a received day still to come before any file is handed in', async () => {
    await refused(['process', '--received', '2099-01-01', path.join(dir, 'klage.pdf')], /--received 01\.01\.2099 er etter i dag .*: posten kan ikke være mottatt en dag som ikke har kommet ennå/);
  }, 60_000);

  it('refuses opening a deadline from a day still to come, and an empty --on, before the case is looked up', async () => {
    await refused(['deadline-open', '2025/00001', '--kind', 'comments', '--on', '2099-01-01'], /^postmottak: --on 01\.01\.2099 er etter i dag .*: en frist kan ikke åpnes en dag som ikke har kommet ennå/);
    await refused(['deadline-open', '2025/00001', '--kind', 'comments', '--on', ''], /^postmottak: --on: «» er ingen dato/);
  }, 60_000);

  it('refuses deciding an appeal without its decision date, naming the options that give it; the document stays in review', async () => {
    await refused(['review', 'decide', inReview.documentId, '--archivist', 'Arkivar Test', '--type', 'appeal', '--area', 'dental'], /trenger datoen for vedtaket den gjelder \(--decision-date, eller --decision-received\): klagefristen regnes fra den/);
    // An empty value clears a date (here there is none to clear): the appeal is still left without one.
    await refused(['review', 'decide', inReview.documentId, '--archivist', 'Arkivar Test', '--type', 'appeal', '--area', 'dental', '--decision-date', ''], /\(--decision-date, eller --decision-received\)/);
    await refused(['review', 'decide', inReview.documentId, '--archivist', 'Arkivar Test', '--type', 'appeal', '--area', 'dental', '--decision-date', '01.05.2025'], /^postmottak: --decision-date 01\.05\.2025 er etter dagen posten ble mottatt, 21\.03\.2025\.$/m);
    const { stdout } = await cli(['review', 'list', '--json', '--data-dir', dataDir]);
    expect(stdout).toContain(inReview.documentId);
  }, 60_000);

  it('decides it with --decision-date typed dd.mm.åååå: the appeal deadline counts from that day', async () => {
    const { stdout } = await cli(['review', 'decide', inReview.documentId, '--archivist', 'Arkivar Test', '--type', 'appeal', '--area', 'dental', '--decision-date', '10.01.2025', '--json', '--data-dir', dataDir]);
    const decided = ProcessResult.parse(JSON.parse(stdout.trim().split('\n')[0]!));
    expect(decided).toMatchObject({ status: 'routed', documentType: 'appeal' });
    expect(decided.deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-02-21', missed: true });
  }, 60_000);

  it('refuses marking the decided appeal\'s letter sent on a day still to come, and leaves it as it was', async () => {
    const letters = async () => (await cli(['outbox', '--json', '--archivist', 'Arkivar Test', '--data-dir', dataDir])).stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { letterId: string; status: string; documentId?: string });
    const before = await letters();
    const letter = before[0];
    expect(letter, 'the decided appeal has an acknowledgement letter in the outbox').toBeDefined();
    await refused(['outbox', 'sent', letter!.letterId, '--on', '2099-01-01', '--archivist', 'Arkivar Test'], /01\.01\.2099 er etter i dag/);
    expect(await letters()).toEqual(before);
  }, 60_000);

  it('refuses opening a deadline on the decided appeal\'s case before the case was received (QA session 10), in one line', async () => {
    await refused(['deadline-open', '2025/00001', '--kind', 'comments', '--handler', 'Saksbehandler Test', '--on', '01.01.2020'], /^postmottak: Saken ble mottatt 21\.03\.2025; en frist kan ikke åpnes 01\.01\.2020, før saken ble mottatt\.$/m);
  }, 60_000);
});
