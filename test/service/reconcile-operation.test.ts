import { describe, expect, it } from 'vitest';
import { roles } from '#schemas/api';
import { reconcile } from '../../service/operations/reconcile.ts';
import type { Reconciler, ServiceContext } from '../../service/ports.ts';

/**
 * The operator's reconcile as an operation (the running serve's POST /api/v1/reconcile; the serve tests
 * are test/service/reconcile-operator.test.ts and test/robust/reconcile.test.ts): the operator alone,
 * whatever the role, one run at a time, and a deployment without a reconciler (AWS, where the scheduled
 * function reconciles) says so instead of pretending. The reconciler here finds nothing unfinished, so
 * nothing is written to the audit trail (test/service/reconcile-operator.test.ts checks that).
 */
function aReconciler(gate?: Promise<void>) {
  const asked: { redrive: boolean }[] = [];
  const reconciler: Reconciler = {
    run: async (options) => {
      asked.push(options);
      await gate;
      return { objects: 2, unfinished: 0, lines: [] };
    },
  };
  const ctx = { reconciler, now: () => new Date('2025-03-20T09:05:00Z') } as unknown as ServiceContext;
  return { asked, ctx };
}

describe('reconcile, the operation', () => {
  it('is refused (403) to every role, the system role included, without the operator mark', async () => {
    const { asked, ctx } = aReconciler();
    for (const role of roles) {
      await expect(reconcile(ctx, { person: 'Kari', role }, { redrive: true }), role).rejects.toMatchObject({ kind: 'forbidden' });
    }
    expect(asked).toEqual([]);
  });

  it("runs the runtime's reconciler for the operator, with the redrive asked", async () => {
    const { asked, ctx } = aReconciler();
    expect(await reconcile(ctx, { person: 'cli:ops', role: 'system', operator: true }, { redrive: true })).toMatchObject({ objects: 2, unfinished: 0 });
    expect(asked).toEqual([{ redrive: true }]);
  });

  it('refuses a second run while one runs (409 naming who started it and when), and runs again after', async () => {
    let open!: () => void;
    const { asked, ctx } = aReconciler(new Promise<void>((resolve) => (open = resolve)));
    const first = reconcile(ctx, { person: 'Åse Drift', role: 'system', operator: true }, { redrive: true });
    await expect(reconcile(ctx, { person: 'Per Drift', role: 'system', operator: true }, { redrive: true })).rejects.toMatchObject({
      kind: 'conflict',
      detailNb: expect.stringContaining('startet av Åse Drift 20.03.2025 kl. 10.05'),
    });
    open();
    await first;
    await reconcile(ctx, { person: 'Per Drift', role: 'system', operator: true }, { redrive: false });
    expect(asked).toEqual([{ redrive: true }, { redrive: false }]);
  });

  it('answers 404 where the deployment has no reconciler (AWS reconciles on a schedule)', async () => {
    await expect(reconcile({} as ServiceContext, { person: 'cli:ops', role: 'system', operator: true }, { redrive: false })).rejects.toMatchObject({ kind: 'not-found', detail: expect.stringContaining('on a schedule') });
  });
});
