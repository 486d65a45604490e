import { describe, expect, it } from 'vitest';
import { dailyReconcileWindow, dueForReconcile, lastReconcileOf } from '#domain/reconcile-window';

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

describe('the last daily run that reads an upload', () => {
  const now = new Date('2026-03-10T04:00:00Z');
  const day = 24 * 60;
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it.each([dailyReconcileWindow.graceMinutes, 60, day - 1, day + dailyReconcileWindow.graceMinutes - 1])('is exactly one of the daily runs that read an upload %i minutes old at the first run', (first) => {
    const runs = Array.from({ length: dailyReconcileWindow.windowDays + 2 }, (_, d) => first + d * day);
    const read = runs.filter((age) => dueForReconcile(ago(age), now));
    const last = runs.filter((age) => lastReconcileOf(ago(age), now));
    expect(last).toEqual([read.at(-1)]);
  });

  it('is none for an object the listing gave no date for (it is read on every run)', () => {
    expect(lastReconcileOf(undefined, now)).toBe(false);
  });
});
