import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTable, startLocalStack } from '#local/stack';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { auditTable, scanTable } from '../../scripts/table-audit.ts';

/**
 * QA session 12, HIGH 1: Ctrl-C during `process`/`upload` left a letter's upload claimed and unfinished
 * (its case registered and in no queue, or not yet registered), and the same command again made a
 * second document of the same bytes, in review as a «Teknisk feil (TransientError)». Ctrl-C (SIGINT,
 * sent where the QA's landed) now names the unfinished file and exits 130; the re-run finishes that
 * upload: one document, routed, its case in its queue, no review item, one DocumentReceived.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
const failed = (p: Promise<unknown>) => p.then(() => null, (e: { code: number | null; signal: string | null; stdout: string; stderr: string }) => e);
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('Ctrl-C during process, then the same command again', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-interrupted-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // Route: the case is registered, its deadlines and letter written, and it is in no queue.
  // Classify: the bytes are claimed and nothing is registered yet.
  for (const [at, person] of [['Route', 601], ['Classify', 602]] as const) {
    it(`interrupted on entering ${at}: the re-run finishes the same document`, { timeout: 300_000 }, async () => {
      const dataDir = path.join(dir, at);
      const file = path.join(dir, `klage-${at}.pdf`);
      await writeFile(file, await appealOf(person));
      const command = ['process', '--json', '--received', '2025-03-20', '--in-flight', '1', '--data-dir', dataDir, file];

      const interrupted = await failed(cli(command, { POSTMOTTAK_FAULTS: JSON.stringify({ rate: 0, crashAt: at, crashSignal: 'SIGINT' }) }));
      expect(interrupted?.code).toBe(130);
      expect(interrupted!.stdout).toBe('');
      expect(interrupted!.stderr).toBe(`avbrutt: ${file} ble ikke ferdig. Ingenting er tapt: kjør den samme kommandoen igjen, så blir de gjort ferdige\n`);
      expect(interrupted!.stderr).not.toMatch(/\n\s+at /);

      const rerun = await cli(command);
      const [line, ...more] = lines(rerun.stdout);
      expect(more).toEqual([]);
      expect(line).toMatchObject({ file, status: 'routed' });
      expect(line).not.toHaveProperty('duplicateOf');
      expect(line!.queue).toEqual(expect.any(String));

      expect((await cli(['queue', String(line!.queue), '--json', '--data-dir', dataDir])).stdout).toContain(String(line!.caseId));
      expect((await cli(['review', 'list', '--json', '--data-dir', dataDir])).stdout).toBe('');
      // One object under incoming/, finished: the re-run drove the interrupted upload, it made no second.
      expect((await cli(['reconcile', '--json', '--data-dir', dataDir])).stdout).toBe('');

      const events = lines(await readFile(path.join(dataDir, 'events.jsonl'), 'utf8'));
      const received = events.filter((e) => JSON.stringify(e).includes('"DocumentReceived"'));
      expect(received).toHaveLength(1);
      expect(JSON.stringify(received[0])).toContain(String(line!.documentId));
      expect(events.filter((e) => JSON.stringify(e).includes('"CaseRouted"'))).toHaveLength(1);

      const stack = await startLocalStack({ dataDir });
      try {
        const items = await scanTable(localTable);
        const audit = auditTable(items);
        expect(audit.problems).toEqual([]);
        expect(audit.cases).toBe(1);
        expect(audit.documents).toEqual({ routed: 1 });
        const { incomingObjects } = await import('../../functions/commons/reconcile.ts');
        const keys: string[] = [];
        for await (const { key } of incomingObjects(stack.bucket)) keys.push(key);
        expect(keys).toHaveLength(1);
      } finally {
        await stack.stop();
      }
    });
  }
});
