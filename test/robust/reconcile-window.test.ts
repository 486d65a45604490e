import { describe, expect, it } from 'vitest';
import { dailyReconcileWindow, dueForReconcile } from '#domain/reconcile-window';

describe('which uploads the daily reconcile reads', () => {
  const now = new Date('2026-03-10T04:00:00Z');
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it('skips an upload still inside its grace period, which may be on its way', () => {
    expect(dueForReconcile(ago(dailyReconcileWindow.graceMinutes - 1), now)).toBe(false);
    expect(dueForReconcile(ago(dailyReconcileWindow.graceMinutes), now)).toBe(true);
  });

  it('reads an upload on the daily runs of its first days, then no more', () => {
    const day = 24 * 60;
    const runs = [0, 1, 2, 3, 4, 5].map((d) => dueForReconcile(ago(60 + d * day), now));
    expect(runs).toEqual([true, true, true, false, false, false]);
    expect(dueForReconcile(ago(dailyReconcileWindow.windowDays * day), now)).toBe(false);
  });

  it('reads an object the listing gave no date for, rather than skip it unseen', () => {
    expect(dueForReconcile(undefined, now)).toBe(true);
  });
});
