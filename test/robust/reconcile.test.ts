import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localTable, startLocalStack } from '#local/stack';
import { appealOf, declarationOf } from '../../corpus/robustness-mail.ts';
import { auditTable, scanTable } from '../../scripts/table-audit.ts';
import { unfinishedDocumentsMetric } from '../../infra/constructs/operations.ts';
import { startServeProcess } from '../support/serve-process.ts';

/**
 * Issue 14 item 3: a process killed mid-flow (SIGKILL on entering Route) leaves its document
 * `registered` on a case and in no queue; an upload whose execution never started has no document.
 * `postmottak reconcile` finds both, and so does the scheduled function, which publishes what its alarm
 * watches; `--redrive` finishes them, once.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
const failed = (p: Promise<unknown>) => p.then(() => null, (e: { code: number | null; signal: string | null; stdout: string }) => e);
const context = { functionName: 'reconcile', awsRequestId: 'r', getRemainingTimeInMillis: () => 900_000 } as unknown as Context;
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('postmottak reconcile', () => {
  let dir: string;
  let dataDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-reconcile-'));
    dataDir = path.join(dir, 'state');
    await writeFile(path.join(dir, 'klage.pdf'), await appealOf(501));
    await writeFile(path.join(dir, 'legeerklaering.pdf'), await declarationOf(502));
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds a document a crash left registered and an upload never started, and redrives both once', { timeout: 180_000 }, async () => {
    const crash = await failed(cli(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'klage.pdf')], { POSTMOTTAK_FAULTS: JSON.stringify({ rate: 0, crashAt: 'Route' }) }));
    expect(crash?.signal).toBe('SIGKILL');

    // An upload whose execution never started (the trigger's message lost, say).
    const stack = await startLocalStack({ dataDir });
    try {
      const { uploadScan } = await import('#local/intake');
      await uploadScan(stack.bucket, path.join(dir, 'legeerklaering.pdf'), { receivedDate: '2025-03-20', postmarkDate: null });

      // The scheduled function in AWS makes the same check and publishes the figure its alarm watches;
      // run an hour later, past its grace period for uploads still on their way.
      const { handler } = await import('../../functions/reconcile/handler.ts');
      const { metrics } = await import('../../functions/commons/powertools.ts');
      const published = vi.spyOn(metrics, 'addMetric');
      try {
        const scheduled = await handler({ time: new Date(Date.now() + 3_600_000).toISOString() } as never, context);
        expect(scheduled.unfinished.map((u) => u.status).sort()).toEqual(['never-started', 'stuck']);
        expect(published).toHaveBeenCalledWith(unfinishedDocumentsMetric.metricName, 'Count', 2);
        // Four days on, the daily run reads neither upload again (domain/reconcile-window.ts): what it
        // reads is bounded by the days' uploads, not by the bucket, which only grows.
        const later = await handler({ time: new Date(Date.now() + 4 * 86_400_000).toISOString() } as never, context);
        expect(later).toEqual({ checked: 0, unfinished: [], recordedToReview: [] });
      } finally {
        published.mockRestore();
      }
    } finally {
      await stack.stop();
    }

    const check = await failed(cli(['reconcile', '--json', '--data-dir', dataDir]));
    expect(check?.code).toBe(1);
    expect(lines(check!.stdout).map((l) => l.status).sort()).toEqual(['never-started', 'stuck']);

    // While serve holds the data dir the command goes through it (POST /reconcile), with the same lines
    // and exit code; the route is the operator's (serve's secret) alone, no token's role, system included.
    const serve = startServeProcess(path.join(root, 'bin/postmottak.js'), dataDir, root);
    let redrive: { stdout: string; stderr: string };
    try {
      const url = await serve.url;
      const throughServe = await failed(cli(['reconcile', '--json', '--data-dir', dataDir]));
      expect(throughServe?.code).toBe(1);
      expect(throughServe!.stdout).toBe(check!.stdout);
      const human = await failed(cli(['reconcile', '--data-dir', dataDir]));
      expect(human?.code).toBe(1);
      expect(human!.stdout).toMatch(/: står fast \(journalført på saken, men aldri fordelt til en kø\)\n/);
      const tokens = JSON.parse(await readFile(path.join(dataDir, 'tokens.json'), 'utf8')) as Record<string, string>;
      for (const role of ['archivist', 'caseworker', 'reader', 'auditor', 'system']) {
        const refused = await fetch(`${url}/api/v1/reconcile`, { method: 'POST', headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json', 'accept-language': 'nb' }, body: JSON.stringify({ redrive: true }) });
        expect(refused.status, role).toBe(403);
        expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(((await refused.json()) as { detail: string }).detail).toMatch(/Bare operatøren/);
      }
      redrive = await cli(['reconcile', '--redrive', '--json', '--data-dir', dataDir]);
    } finally {
      if (serve.process.exitCode === null) {
        const exited = new Promise((resolve) => serve.process.once('exit', resolve));
        serve.process.kill('SIGTERM');
        await exited;
      }
    }
    // The count is what the redrive left, with what it found beside it (it used to repeat «0 ferdig, 2 ikke»).
    expect(redrive.stderr).toBe('2 objekter under incoming/: 2 ferdig, 0 ikke etter ny kjøring av 2 (før: 0 ferdig, 2 ikke)\n');
    const redriven = lines(redrive.stdout);
    expect(redriven).toHaveLength(2);
    expect(redriven.find((l) => l.was === 'stuck')).toMatchObject({ redriven: true, status: 'routed' });
    expect(redriven.find((l) => l.was === 'never-started')).toMatchObject({ redriven: true });

    const after = await cli(['reconcile', '--json', '--data-dir', dataDir]);
    expect(after.stdout).toBe('');

    const again = await startLocalStack({ dataDir });
    try {
      const audit = auditTable(await scanTable(localTable));
      expect(audit.problems).toEqual([]);
      expect(audit.cases).toBe(1);
    } finally {
      await again.stop();
    }
  });
});
