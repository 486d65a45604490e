import type { ReconcileAnswer } from '#schemas/reconcile-api';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { notFound } from '../problems.ts';
import { requirePermission } from './guard.ts';

/**
 * `postmottak reconcile [--redrive]` as an operation: the operator's (system role) alone, since a redrive
 * starts the pipeline again for documents nobody named. Embedded or through serve, the same answer.
 */
export async function reconcile(ctx: ServiceContext, identity: Identity, options: { redrive: boolean }): Promise<ReconcileAnswer> {
  requirePermission(identity, 'reconcile:run');
  if (!ctx.reconciler)
    throw notFound('This deployment reconciles on a schedule (the reconcile function and its alarm), not on request.', 'Denne installasjonen avstemmer etter timeplan (reconcile-funksjonen og alarmen), ikke på forespørsel.');
  return ctx.reconciler.run(options);
}
