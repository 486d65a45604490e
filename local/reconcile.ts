import { parseArgs } from 'node:util';
import type { ReconcileAnswer, ReconcileLine } from '../schemas/reconcile-api.ts';
import type { Identity } from '../service/identity.ts';
import { through } from './commands.ts';
import { personOrAccount } from './cli-person.ts';
import { loadConfig } from '../config/load.ts';
import { reconcileLine, reconcileSummary, redriveFailedLine, redrivenLine } from './mailroom/mailroom-wording.ts';

/**
 * `postmottak reconcile [--redrive] [--json]`: every object under incoming/ against the register.
 * Prints what has no terminal outcome (stuck mid-flow, never started); with --redrive runs each of
 * those through the state machine again (local/reconciler.ts). Exit 0 when everything is finished
 * (after the redrive, if asked), 1 when something is still not.
 *
 * Like the other commands it goes through a running serve (POST /reconcile, the operator's route: the
 * CLI acts as the operator, under POSTMOTTAK_USER or the machine's account), or opens the data dir itself under its lock.
 */
export async function reconcileCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string', default: '.postmottak' }, json: { type: 'boolean', default: false }, redrive: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
  });
  // The operator: this machine's user, holding the data dir or serve's secret (never a token's role);
  // named with POSTMOTTAK_USER for the audit trail, as the other commands name a person.
  const operator: Identity = { person: await personOrAccount(values['data-dir'], 'reconcile'), role: 'system', operator: true };
  const redrive = values.redrive;
  const answer = await through<ReconcileAnswer>(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'reconcile' },
    {
      http: (client) => client.call(operator, 'POST', '/reconcile', { json: { redrive }, waitForWork: true }),
      direct: async (ctx) => (await import('../service/operations/reconcile.ts')).reconcile(ctx, operator, { redrive }),
    },
  );
  const still = answer.lines.filter((l) => !('redriven' in l) || !l.redriven).length;
  const redriven = answer.lines.length - still;
  process.stderr.write(`${reconcileSummary(answer.objects, answer.unfinished, redrive ? { redriven, still } : undefined)}\n`);
  const areas = loadConfig().areas;
  for (const l of answer.lines) process.stdout.write(`${values.json ? JSON.stringify(l) : humanLine(l, areas)}\n`);
  return still === 0 ? 0 : 1;
}

function humanLine(l: ReconcileLine, areas: ReturnType<typeof loadConfig>['areas']): string {
  if (!('redriven' in l)) return reconcileLine(l.key, l.status, l.detail);
  return l.redriven ? redrivenLine(l.key, l.was, l.status, l.queue, areas) : redriveFailedLine(l.key, l.was, l.error);
}
