import type { ReconcileLine } from '#schemas/reconcile-api';
import type { Reconciler } from '../service/ports.ts';
import type { Db } from '../functions/commons/store/db.ts';
import type { LocalStateMachine } from './state-machine.ts';

/**
 * The embedded stack's reconcile: every object under incoming/ against the register, and with `redrive`
 * each unfinished one through the state machine again. That is safe because every stage's write is
 * conditional and keyed by the document: a stage that already ran finds its own write and answers the
 * same. The machine is the runtime's (serve's while it runs), so a redrive never starts a second stack.
 */
export function localReconciler(db: () => Db, bucket: string, machine: () => Promise<LocalStateMachine>): Reconciler {
  return {
    async run({ redrive }) {
      const { reconcileIncoming } = await import('../functions/commons/reconcile.ts');
      const reports = await reconcileIncoming(db(), bucket);
      const unfinished = reports.filter((r) => !r.verdict.finished);
      const lines: ReconcileLine[] = [];
      if (redrive && unfinished.length) {
        const { runToResult } = await import('./intake.ts');
        const loaded = await machine();
        for (const report of unfinished) {
          try {
            const { result } = await runToResult(loaded, { intake: report.intake, fileName: report.fileName }, report.fileName);
            lines.push({ key: report.key, documentId: report.documentId, was: report.verdict.status, redriven: true, status: result.status, queue: result.queue });
          } catch (error) {
            lines.push({ key: report.key, documentId: report.documentId, was: report.verdict.status, redriven: false, error: (error as Error).name });
          }
        }
      } else {
        for (const r of unfinished) lines.push({ key: r.key, documentId: r.documentId, status: r.verdict.status, detail: r.verdict.finished ? '' : r.verdict.detail });
      }
      return { objects: reports.length, unfinished: unfinished.length, lines };
    },
  };
}
