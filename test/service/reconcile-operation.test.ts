import { describe, expect, it } from 'vitest';
import { roles } from '#schemas/api';
import { reconcile } from '../../service/operations/reconcile.ts';
import type { Reconciler, ServiceContext } from '../../service/ports.ts';

/**
 * The operator's reconcile as an operation (the running serve's POST /api/v1/reconcile; the serve test
 * is test/robust/reconcile.test.ts): the system role alone, and a deployment without a reconciler (AWS,
 * where the scheduled function reconciles) says so instead of pretending.
 */
const asked: { redrive: boolean }[] = [];
const reconciler: Reconciler = {
  run: async (options) => {
    asked.push(options);
    return { objects: 2, unfinished: 1, lines: [{ key: 'incoming/a', documentId: 'doc-a', status: 'stuck', detail: 'x' }] };
  },
};
const ctx = { reconciler } as unknown as ServiceContext;

describe('reconcile, the operation', () => {
  it('is refused (403) to every person\'s role before anything is read', async () => {
    for (const role of roles.filter((r) => r !== 'system')) {
      await expect(reconcile(ctx, { person: 'Kari', role }, { redrive: true }), role).rejects.toMatchObject({ kind: 'forbidden' });
    }
    expect(asked).toEqual([]);
  });

  it('runs the runtime\'s reconciler for the system role, with the redrive asked', async () => {
    expect(await reconcile(ctx, { person: 'cli:ops', role: 'system' }, { redrive: true })).toMatchObject({ objects: 2, unfinished: 1 });
    expect(asked).toEqual([{ redrive: true }]);
  });

  it('answers 404 where the deployment has no reconciler (AWS reconciles on a schedule)', async () => {
    await expect(reconcile({} as ServiceContext, { person: 'cli:ops', role: 'system' }, { redrive: false })).rejects.toMatchObject({ kind: 'not-found', detail: expect.stringContaining('on a schedule') });
  });
});
