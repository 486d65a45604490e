import { parseArgs } from 'node:util';
import path from 'node:path';
import { openLocalRuntime } from './service-runtime.ts';
import { runningServe } from './serve-info.ts';
import { StateRefusal } from './usage-error.ts';
import { loadConfig } from '../config/load.ts';
import { reconcileLine, reconcileSummary, redriveFailedLine, redrivenLine } from './mailroom/mailroom-wording.ts';

/**
 * `postmottak reconcile [--redrive] [--json]`: every object under incoming/ against the register.
 * Prints what has no terminal outcome (stuck mid-flow, never started); with --redrive runs each of
 * those through the state machine again. That is safe because every stage's write is conditional and
 * keyed by the document: a stage that already ran finds its own write and answers the same.
 * Exit 0 when everything is finished (after the redrive, if asked), 1 when something is still not.
 *
 * It reads the bucket and the table itself, so it opens the data dir as any command without serve
 * does: under the data dir's lock (a second command waits; it used to start a second stack beside
 * the first and die with ECONNREFUSED). No route hands the whole incoming/ listing out, so while
 * `serve` holds the data dir it says so in one line and what to do, as `examples export` does.
 */
export async function reconcileCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string', default: '.postmottak' }, json: { type: 'boolean', default: false }, redrive: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
  });
  const dataDir = path.resolve(values['data-dir']);
  const serve = await runningServe(dataDir);
  if (serve) throw new StateRefusal(`reconcile leser datamappen selv, og postmottak serve (pid ${serve.pid}, ${serve.url}) holder ${dataDir}: stopp serve (Ctrl+C), kjør reconcile, og start serve igjen`);
  const runtime = await openLocalRuntime({ dataDir, command: 'reconcile', verbose: values.verbose });
  const stack = runtime.stack;
  try {
    const { reconcileIncoming } = await import('../functions/commons/reconcile.ts');
    const { dbFromEnv } = await import('../functions/commons/store/service.ts');
    const reports = await reconcileIncoming(dbFromEnv(), stack.bucket);
    const unfinished = reports.filter((r) => !r.verdict.finished);
    process.stderr.write(`${reconcileSummary(reports.length, unfinished.length)}\n`);
    const areas = loadConfig().areas;
    let still = 0;
    if (unfinished.length && values.redrive) {
      const { loadLocalStateMachine } = await import('./state-machine.ts');
      const { runToResult } = await import('./intake.ts');
      const { shutdownOcr } = await import('../engines/ocr/index.ts');
      const machine = await loadLocalStateMachine();
      try {
        for (const report of unfinished) {
          try {
            const { result } = await runToResult(machine, { intake: report.intake, fileName: report.fileName }, report.fileName);
            line(values.json, { key: report.key, documentId: report.documentId, was: report.verdict.status, redriven: true, status: result.status, queue: result.queue }, redrivenLine(report.key, report.verdict.status, result.status, result.queue, areas));
          } catch (error) {
            still += 1;
            line(values.json, { key: report.key, documentId: report.documentId, was: report.verdict.status, redriven: false, error: (error as Error).name }, redriveFailedLine(report.key, report.verdict.status, (error as Error).name));
          }
        }
      } finally {
        // A redriven execution's other branches may still be writing (state-machine.ts `tracked`), within a bound.
        const { settleTasks } = await import('./settle-tasks.ts');
        await settleTasks(machine);
        await shutdownOcr();
      }
    } else {
      for (const r of unfinished) {
        const detail = r.verdict.finished ? '' : r.verdict.detail;
        line(values.json, { key: r.key, documentId: r.documentId, status: r.verdict.status, detail }, reconcileLine(r.key, r.verdict.status, detail));
      }
      still = unfinished.length;
    }
    return still === 0 ? 0 : 1;
  } finally {
    await runtime.close();
  }
}

function line(json: boolean, value: object, human: string): void {
  process.stdout.write((json ? JSON.stringify(value) : human) + '\n');
}
