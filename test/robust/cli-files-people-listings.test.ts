import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { osloDate } from '../../domain/calendar.ts';
import { idFor } from '../support/national-ids.ts';
import { startServeProcess } from '../support/serve-process.ts';
import { expectRefused } from '../support/cli-refusal.ts';

/**
 * QA session 9 on the command line: --out into a missing folder, the person a command acts for
 * (never the machine's account in the journal or the access log), a command's own --help, empty
 * listings, and serve's data dir while serve runs (a second serve, reconcile).
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'bin/postmottak.js');
// POSTMOTTAK_USER from the shell the tests run in would name someone for every command here.
const { POSTMOTTAK_USER: _ignored, ...baseEnv } = process.env;
const cli = (args: string[], env: Record<string, string> = {}) => run(process.execPath, [bin, ...args], { cwd: root, env: { ...baseEnv, ...env } });

const appeal = [
  'Anne Berg', 'Kirkeveien 2, 0368 Oslo', '', 'Oslo, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${idFor(9, 6, 77)}`, '', 'Jeg klager på vedtak datert 03.03.2025 fra Helfo. Jeg mener vedtaket er feil.', '', 'Med hilsen', 'Anne Berg',
];

let dir: string;
let dataDir: string;
let routed: ProcessResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-qa9-'));
  dataDir = path.join(dir, 'state');
  await writeFile(path.join(dir, 'appeal.pdf'), await renderTextPdf([appeal]));
  const { stdout } = await cli(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'appeal.pdf')]);
  routed = ProcessResult.parse(JSON.parse(stdout.trim()));
  expect(routed.status).toBe('routed');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function refused(args: string[], message: RegExp, env: Record<string, string> = {}): Promise<void> {
  // separator needs no data dir, and takes none.
  await expectRefused(cli(args[0] === 'separator' ? args : [...args, '--data-dir', dataDir], env), args.join(' '), message);
}

describe('--out into a folder that does not exist', () => {
  it('is one line naming the folder and what to do, exit 2, and nothing is written', async () => {
    const missing = path.join(dir, 'finnes-ikke', 'under');
    const said = new RegExp(`mappen ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} finnes ikke; opprett den`);
    await refused(['separator', '--out', path.join(missing, 'skilleark.pdf')], said);
    await refused(['export', '--from', '2025-03-01', '--to', '2025-03-31', '--out', path.join(missing, 'saker.csv')], said);
    await refused(['export', '--from', '2025-03-01', '--to', '2025-03-31', '--format', 'xlsx', '--out', path.join(missing, 'saker.xlsx')], said);
    await refused(['coversheet', '--case', routed.caseId!, '--out', path.join(missing, 'forside.pdf')], said);
    await refused(['outbox', 'print', '--out', path.join(missing, 'post.pdf')], said);
    // A folder that exists takes the file, whole.
    await cli(['separator', '--out', path.join(dir, 'skilleark.pdf')]);
    expect((await readFile(path.join(dir, 'skilleark.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('a cover sheet asked for with another area than its case\'s (review finding, session 10)', () => {
  it('is one line naming both areas, exit 2, and no sheet is written', async () => {
    const other = path.join(dir, 'forside-annet-omrade.pdf');
    await refused(['coversheet', '--case', routed.caseId!, '--area', 'sick_pay', '--archivist', 'Arkivar Test', '--out', other], /^postmottak: Sak \d{4}\/\d{5} gjelder Tannbehandling, ikke Sykepenger: en førsteside viser sakens eget saksområde\.$/m);
    await expect(readFile(other)).rejects.toThrow(/ENOENT/);
  });
});

describe('the person a command acts for', () => {
  it('is asked for where the journal, a claim or a decision records it, with the flag or POSTMOTTAK_USER', async () => {
    const ask = (flag: string) => new RegExp(`oppgi hvem du er med ${flag} NAVN \\(eller POSTMOTTAK_USER=NAVN\\)`);
    await refused(['deadline-open', routed.caseId!, '--kind', 'comments'], ask('--handler'));
    await refused(['claim', routed.caseId!], ask('--handler'));
    await refused(['outbox', 'sent', 'ack.2025-00001.doc-x'], ask('--archivist'));
  });

  it("is not asked for by SPEC's reads (case, outbox, coversheet): the machine's account, and a hint on stderr", async () => {
    const hint = /tilgangsloggen sier cli:.*; navngi deg med --(handler|archivist) NAVN \(eller POSTMOTTAK_USER=NAVN\)/;
    const read = await cli(['case', routed.caseId!, '--data-dir', dataDir]);
    expect(read.stdout).toContain(routed.caseId!.replace('-', '/'));
    expect(read.stderr).toMatch(hint);
    const letters = await cli(['outbox', '--json', '--data-dir', dataDir]);
    expect(letters.stderr).toMatch(hint);
    for (const line of letters.stdout.split('\n').filter(Boolean)) JSON.parse(line);
    const sheet = path.join(dir, 'forside-uten-navn.pdf');
    expect((await cli(['coversheet', '--case', routed.caseId!, '--out', sheet, '--data-dir', dataDir])).stderr).toMatch(hint);
    expect((await readFile(sheet)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is the named person in the journal, not the machine account; looked up case-insensitively among the people, in a role that may act', async () => {
    await cli(['users', 'add', 'Kari Testesen', '--role', 'caseworker', '--data-dir', dataDir]);
    await cli(['users', 'add', 'Per Flagg', '--role', 'caseworker', '--data-dir', dataDir]);
    await cli(['users', 'add', 'Anne Arkivar', '--role', 'archivist', '--data-dir', dataDir]);
    await cli(['users', 'add', 'Rita Revisor', '--role', 'auditor', '--data-dir', dataDir]);
    const me = { POSTMOTTAK_USER: 'kari testesen' };
    await cli(['deadline-open', routed.caseId!, '--kind', 'comments', '--on', '2025-03-24', '--data-dir', dataDir], me);
    await cli(['deadline-open', routed.caseId!, '--kind', 'consent', '--on', '2025-03-24', '--handler', 'PER FLAGG', '--data-dir', dataDir]);
    const view = JSON.parse((await cli(['case', routed.caseId!, '--json', '--data-dir', dataDir], me)).stdout) as { journal: { event: string; actor: string }[] };
    const actors = view.journal.map((j) => j.actor);
    expect(actors).toContain('Kari Testesen');
    expect(actors).toContain('Per Flagg');
    expect(actors.filter((a) => a.startsWith('cli:') || a === 'kari testesen' || a === 'PER FLAGG')).toEqual([]);

    // With people in the data dir, a name that is none of them is refused, from the flag as from the variable.
    await refused(['case', routed.caseId!], /POSTMOTTAK_USER=«Ola Ukjent» er ingen person i .*users add NAVN --role ROLLE legger til\n$/, { POSTMOTTAK_USER: 'Ola Ukjent' });
    await refused(['claim', routed.caseId!, '--handler', 'Ola Ukjent'], /«Ola Ukjent» er ingen person i /);
    // SPEC's roles: an auditor reads the access log only; outbox actions are the archivist's.
    await refused(['claim', routed.caseId!, '--handler', 'Rita Revisor'], /Rita Revisor er revisor og kan ikke gjøre claim; det kan bare saksbehandler eller arkivar/);
    await refused(['case', routed.caseId!], /Rita Revisor er revisor og kan ikke gjøre case/, { POSTMOTTAK_USER: 'rita revisor' });
    await refused(['outbox', 'sent', 'ack.2025-00001.doc-x', '--archivist', 'Kari Testesen'], /Kari Testesen er saksbehandler og kan ikke gjøre outbox; det kan bare arkivar/);
  });
});

describe('a command\'s own --help', () => {
  it("prints that command's usage with every option it takes, and no other command's", async () => {
    const outbox = (await cli(['outbox', '--help'])).stdout;
    expect(outbox).toMatch(/postmottak outbox sent BREV_ID --archivist NAVN/);
    expect(outbox).toMatch(/postmottak outbox release BREV_ID --archivist NAVN/);
    expect(outbox).not.toContain('postmottak process');
    const queue = (await cli(['queue', '--help'])).stdout;
    expect(queue).toMatch(/postmottak queue KØ .*\[--json\]/);
    expect(queue).not.toContain('postmottak outbox');
    expect((await cli(['case', '-h'])).stdout).toMatch(/postmottak case SAK \[--handler NAVN\]/);
    expect((await cli(['deadline-open', '--help'])).stdout).toMatch(/POSTMOTTAK_USER=NAVN/);
    // The whole usage, asked for, is an answer on stdout too.
    const all = await cli(['--help']);
    expect(all.stdout).toMatch(/postmottak outbox sent BREV_ID/);
    expect(all.stderr).toBe('');
  });
});

describe('empty listings', () => {
  it('say so in one line; with --json they stay empty', async () => {
    const empty = await mkdtemp(path.join(dir, 'empty-'));
    expect((await cli(['queue', 'review', '--data-dir', empty])).stdout).toBe('Ingen saker i køen Til kontroll.\n');
    expect((await cli(['queue', 'handler/nobody', '--data-dir', empty])).stdout).toBe('Ingen saker i køen Ny post hos nobody.\n');
    expect((await cli(['queue', 'review', '--json', '--data-dir', empty])).stdout).toBe('');
    expect((await cli(['users', 'list', '--data-dir', empty])).stdout).toMatch(/^Ingen personer er lagt til i .*users add NAVN --role ROLLE legger til\.\n$/);
    expect((await cli(['outbox', '--status', 'sent', '--archivist', 'Anne Arkivar', '--data-dir', empty])).stdout).toBe('Ingen sendte brev i utgående post.\n');
    expect((await cli(['deadlines', '--due-before', '2025-01-01', '--data-dir', empty])).stdout).toBe('Ingen frister forfaller før 01.01.2025.\n');
  });
});

describe('while serve runs on the data dir', () => {
  let serve: ChildProcess | undefined;
  afterAll(() => {
    if (serve && serve.exitCode === null) serve.kill('SIGTERM');
  });

  it('a second serve says at once that one runs and where; reconcile goes through it; reads go to the access log as the person', async () => {
    const started = startServeProcess(bin, dataDir, root);
    serve = started.process;
    const url = await started.url;
    await refused(['serve', '--port', '0'], new RegExp(`postmottak serve kjører allerede på .* og svarer på ${url.replace(/[.]/g, '\\.')}: bruk den, eller stopp den \\(Ctrl\\+C der, eller kill \\d+\\) før du starter en ny\n$`), { POSTMOTTAK_LOCK_WAIT_SECONDS: '600' });
    // reconcile goes through serve as the other commands do (it used to refuse): the one letter is finished.
    const reconciled = await cli(['reconcile', '--data-dir', dataDir]);
    expect(reconciled.stdout).toBe('');
    expect(reconciled.stderr).toBe('1 objekt under incoming/: 1 ferdig, 0 ikke\n');

    // Earlier reads named nobody on purpose (the machine's account): only the reads through serve count here.
    const since = new Date().toISOString();
    await cli(['case', routed.caseId!, '--why', 'klagen skal vurderes', '--data-dir', dataDir], { POSTMOTTAK_USER: 'Kari Testesen' });
    await cli(['outbox', '--archivist', 'Anne Arkivar', '--data-dir', dataDir]);
    const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8')) as { auditor: string };
    // The access log files a read under its Oslo day: between midnight in Oslo and in UTC the two differ.
    const today = osloDate(new Date());
    const log = (await (await fetch(`${url}/api/v1/access-log?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${tokens.auditor}` } })).json()) as { records: { person: string; action: string; why?: string; at: string }[] };
    const throughServe = log.records.filter((r) => r.at >= since);
    expect(throughServe).toContainEqual(expect.objectContaining({ person: 'Kari Testesen', action: 'case:read', why: 'klagen skal vurderes' }));
    expect(throughServe.filter((r) => r.person.startsWith('cli:'))).toEqual([]);
  });
});
