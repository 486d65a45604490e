import type { ReconcileAnswer } from '#schemas/reconcile-api';
import { recordAudit } from '../../functions/commons/store/audit.ts';
import type { Identity } from '../identity.ts';
import type { Reconciler, ServiceContext } from '../ports.ts';
import { conflict, notFound } from '../problems.ts';
import { requireOperator } from './guard.ts';
import { journalTime } from '../../domain/journal/wording.ts';

/**
 * `postmottak reconcile [--redrive]` as an operation: the operator's alone (the CLI on the machine,
 * through serve with its run's secret, or holding the data dir itself), never a role's, since a redrive
 * starts the pipeline again for documents nobody named; a token with the system role (a starter token,
 * a person added with that role, a Cognito group) is refused. Embedded or through serve, the same answer.
 *
 * One run at a time per reconciler: two redrives at once would run the same documents twice (harmless,
 * every stage's write is conditional, but twice the work and two sets of lines that disagree), so the
 * second is told who started the first and when.
 */
const running = new WeakMap<Reconciler, { person: string; at: Date }>();

export async function reconcile(ctx: ServiceContext, identity: Identity, options: { redrive: boolean }): Promise<ReconcileAnswer> {
  requireOperator(identity);
  const reconciler = ctx.reconciler;
  if (!reconciler)
    throw notFound('This deployment reconciles on a schedule (the reconcile function and its alarm), not on request.', 'Denne installasjonen avstemmer etter timeplan (reconcile-funksjonen og alarmen), ikke på forespørsel.');
  const busy = running.get(reconciler);
  if (busy)
    throw conflict(
      `A reconcile is already running, started by ${busy.person} at ${busy.at.toISOString()}; try again when it is done.`,
      `En avstemming kjører allerede, startet av ${busy.person} ${journalTime(busy.at.toISOString())}; prøv igjen når den er ferdig.`,
    );
  const started = ctx.now();
  running.set(reconciler, { person: identity.person, at: started });
  try {
    const answer = await reconciler.run(options);
    await audit(ctx, identity, options, answer, started.toISOString());
    return answer;
  } finally {
    running.delete(reconciler);
  }
}

/**
 * Who ran it, on each document it found or ran again (the document's audit trail, where an archivist
 * looks when a document moved without anyone deciding it); a run that found nothing unfinished touched nothing.
 */
async function audit(ctx: ServiceContext, identity: Identity, options: { redrive: boolean }, answer: ReconcileAnswer, at: string): Promise<void> {
  const documentIds = answer.lines.map((l) => l.documentId);
  for (const line of answer.lines) {
    const outcome = 'redriven' in line ? (line.redriven ? line.status : `failed: ${line.error}`) : line.status;
    await recordAudit(ctx.db, { documentId: line.documentId, event: 'ReconcileRun', actor: identity.person, at, details: { redrive: options.redrive, outcome, documentIds } });
  }
}
