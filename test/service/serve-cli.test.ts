import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { osloDate } from '../../domain/calendar.ts';
import { orphanDeclaration, transferLetter } from './fixtures.ts';
import { startServeProcess } from '../support/serve-process.ts';
import { caseStatusName } from '../../domain/wording/names-nb.ts';

/**
 * `postmottak serve` as people run it, in a child process, with other commands on the same data dir
 * running at the same time through it; and the data dir's lock when no serve runs.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');
const lines = (stdout: string): unknown[] => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
const postmottak = (args: string[], env: Record<string, string> = {}) => run(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });

let dir: string;
let dataDir: string;
let serve: ChildProcess | undefined;
let url: string;

function startServe(): Promise<string> {
  const started = startServeProcess(cli, dataDir, root);
  serve = started.process;
  return started.url;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-serve-'));
  dataDir = path.join(dir, 'state');
  await writeFile(path.join(dir, 'transfer.pdf'), await renderTextPdf([transferLetter]));
  url = await startServe();
});

afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('postmottak serve', () => {
  it('writes tokens.json and serve.json readable by their owner only', async () => {
    for (const file of ['tokens.json', 'serve.json']) expect((await stat(path.join(dataDir, file))).mode & 0o777).toBe(0o600);
    const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8'));
    expect(Object.keys(tokens).sort()).toEqual(['archivist', 'auditor', 'caseworker', 'reader', 'system']);
    const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${tokens.auditor}` } });
    expect(await me.json()).toEqual({ person: 'starter-auditor', role: 'auditor' });
  });

  it('runs other commands on the same data dir at the same time, through it', async () => {
    const [processed, queue, added] = await Promise.all([
      postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'transfer.pdf')]),
      postmottak(['queue', 'review', '--data-dir', dataDir]),
      postmottak(['users', 'add', 'Kari Saksbehandler', '--role', 'caseworker', '--data-dir', dataDir]),
    ]);
    const result = ProcessResult.parse(JSON.parse(processed.stdout));
    // The JSON line is SPEC.md's: the bokmål reason the intake answers beside it is not printed.
    expect(JSON.parse(processed.stdout)).not.toHaveProperty('reasonNb');
    expect(result).toMatchObject({ status: 'routed', documentType: 'case_transfer', queue: 'unassigned/dental' });
    expect(result.file).toBe(path.join(dir, 'transfer.pdf'));
    expect(queue.stderr).not.toContain('Database is closed');

    // The new person's token works at once against the running serve, and claims as that person.
    const token = added.stdout.trim();
    const people = await readFile(path.join(dataDir, 'people.json'), 'utf8');
    expect(people).not.toContain(token);
    const claimed = await fetch(`${url}/api/v1/cases/${result.caseId}/claim`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(await claimed.json()).toMatchObject({ claimedBy: 'Kari Saksbehandler', case: { handlerId: 'Kari Saksbehandler' } });

    // The CLI's claim goes through serve too, and is told who was first (exit 3). With people in the
    // data dir, the --handler is one of them, in a role that may claim.
    await postmottak(['users', 'add', 'Ola', '--role', 'caseworker', '--data-dir', dataDir]);
    await expect(postmottak(['claim', result.caseId!.replace('-', '/'), '--handler', 'ola', '--data-dir', dataDir])).rejects.toMatchObject({
      code: 3,
      stderr: expect.stringMatching(/^postmottak: ikke tatt: Sak \d{4}\/\d{5} ble tatt av Kari Saksbehandler først\.$/m),
    });
    const listed = await postmottak(['case', result.caseId!, '--handler', 'Kari Saksbehandler', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(listed.stdout).journal).toContainEqual(expect.objectContaining({ event: 'CaseClaimed', actor: 'Kari Saksbehandler' }));
  });

  it('gives the same answers on the command line as the API', async () => {
    const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8'));
    const api = async (url: string) => (await (await fetch(url, { headers: { authorization: `Bearer ${tokens.caseworker}` } })).json()) as { deadlines: unknown[]; items: unknown[] };
    const [cliDeadlines, cliQueue] = await Promise.all([
      postmottak(['deadlines', '--due-before', '2025-12-31', '--json', '--data-dir', dataDir]),
      postmottak(['queue', 'handler/Kari Saksbehandler', '--json', '--data-dir', dataDir]),
    ]);
    const apiDeadlines = await api(`${url}/api/v1/deadlines?before=2025-12-31`);
    expect(apiDeadlines.deadlines.length).toBeGreaterThan(0);
    expect(lines(cliDeadlines.stdout)).toEqual(apiDeadlines.deadlines);
    const apiQueue = await api(`${url}/api/v1/queues/handler/${encodeURIComponent('Kari Saksbehandler')}`);
    expect(lines(cliQueue.stdout)).toEqual(apiQueue.items);
  });

  it("words the case through serve as the page does, with serve's area names", async () => {
    const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8'));
    const taxonomy = (await (await fetch(`${url}/api/v1/taxonomy`, { headers: { authorization: `Bearer ${tokens.caseworker}` } })).json()) as { areas: { code: string; name: string }[] };
    // The one case (the transfer, claimed by Kari above), found through its deadlines.
    const [queued] = lines((await postmottak(['deadlines', '--due-before', '2099-12-31', '--json', '--data-dir', dataDir])).stdout) as { caseNumber: string }[];
    const view = JSON.parse((await postmottak(['case', queued!.caseNumber, '--handler', 'Kari Saksbehandler', '--json', '--data-dir', dataDir])).stdout) as { case: { title: string; area: string; status: string } };
    const shown = (await postmottak(['case', queued!.caseNumber, '--handler', 'Kari Saksbehandler', '--data-dir', dataDir])).stdout.split('\n');
    expect(shown[0]).toBe(`Sak ${queued!.caseNumber}: ${view.case.title}  [${taxonomy.areas.find((a) => a.code === view.case.area)!.name}, ${caseStatusName(view.case.status)}]  saksbehandler Kari Saksbehandler`);
    expect(shown.some((l) => l.includes('Sak tatt av saksbehandler – Kari Saksbehandler'))).toBe(true);
  });

  it("words the mailroom's lines through serve as the page does: the reason in bokmål, the summary in Norwegian", async () => {
    await writeFile(path.join(dir, 'legeerklaering.pdf'), await renderTextPdf([orphanDeclaration]));
    const { stdout } = await postmottak(['process', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'legeerklaering.pdf')]);
    const [line, ...table] = stdout.split('\n');
    // The reason is serve's (asked of the document after it was handed in), as the page gives it.
    expect(line).toMatch(/legeerklaering\.pdf: til kontroll – Legeerklæring, [^:]+: Dokumentet \(Legeerklæring\) skal legges til en eksisterende sak/);
    expect(table.join('\n')).toMatch(/fil .*utfall .*kø .*sak .*dokumenttype/);
    expect(table.join('\n')).toContain('1 dokument: 1 til kontroll');
    // The reason comes back with the intake's answer: the mailroom reads no document (no false entry in the access log).
    const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8'));
    // The access log files a read under its Oslo day: between midnight in Oslo and in UTC the two differ.
    const today = osloDate(new Date());
    const log = (await (await fetch(`${url}/api/v1/access-log?from=${today}&to=${today}&person=mailroom`, { headers: { authorization: `Bearer ${tokens.auditor}` } })).json()) as { records: { person: string; action: string }[] };
    expect(log.records.filter((r) => r.person === 'mailroom' && r.action === 'document:read')).toEqual([]);
  });

  it('stops on SIGTERM and removes serve.json', async () => {
    const exited = new Promise<number | null>((resolve) => serve!.once('exit', resolve));
    serve!.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(stat(path.join(dataDir, 'serve.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('without serve', () => {
  it('a stale serve.json (its process is gone) is ignored and removed', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    await writeFile(path.join(dataDir, 'serve.json'), JSON.stringify({ url: 'http://127.0.0.1:9', pid: dead.pid, operatorToken: 'pm_stale-token-of-a-dead-serve', startedAt: new Date().toISOString() }), { mode: 0o600 });
    const { stdout } = await postmottak(['queue', 'unassigned/dental', '--json', '--data-dir', dataDir]);
    expect(stdout).toBe('');
    await expect(stat(path.join(dataDir, 'serve.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a second command on a data dir in use says in one line what to do, with exit code 2', async () => {
    // A live process holds the lock, as a running `process` batch would.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(path.join(dataDir, 'postmottak.lock'), JSON.stringify({ pid: holder.pid, command: 'process', since: new Date().toISOString() }));
      const refused = postmottak(['queue', 'review', '--data-dir', dataDir], { POSTMOTTAK_LOCK_WAIT_SECONDS: '0' });
      await expect(refused).rejects.toMatchObject({ code: 2, stdout: '' });
      const { stderr } = (await refused.catch((error: { stderr: string }) => error)) as { stderr: string };
      const lines = stderr.trim().split('\n').filter((l) => l.startsWith('postmottak:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`brukes av en annen postmottak-kommando (pid ${holder.pid}: process`);
      expect(lines[0]).toContain('postmottak serve --data-dir');
      expect(stderr).not.toMatch(/Database is closed|\n\s+at /);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
