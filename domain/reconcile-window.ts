/**
 * Which uploads the daily reconcile reads (functions/reconcile/handler.ts). Reading an upload costs a GET
 * of its original and a read of its document, so checking every object under incoming/ every day grows
 * with the bucket forever (originals never expire) until the run outlasts its 15 minutes. An upload is
 * checked from when it is past the grace period (it may still be on its way) until it is `windowDays`
 * old: on about that many daily runs, so one failed run misses nothing, and an upload still unfinished
 * raises the alarm on each of them. On the last of them (lastReconcileOf) one still unfinished is put in
 * the review queue: after that no run reads it and its alarm clears, so it must by then be an
 * archivist's item, which the review queue's age alarm watches (`postmottak reconcile` and the
 * service's reconcile still check every object).
 */
export interface ReconcileWindow {
  graceMinutes: number;
  windowDays: number;
}

const DAY_MS = 24 * 3_600_000;

export const dailyReconcileWindow: ReconcileWindow = { graceMinutes: 30, windowDays: 3 };

/** True when the daily run should read this upload; an object without a date is read (never skipped unseen). */
export function dueForReconcile(lastModified: Date | undefined, now: Date, window: ReconcileWindow = dailyReconcileWindow): boolean {
  if (!lastModified) return true;
  const age = now.getTime() - lastModified.getTime();
  return age >= window.graceMinutes * 60_000 && age < window.windowDays * DAY_MS;
}

/**
 * True when this is the last daily run that reads the upload: it is in the window's last day. With `now`
 * the schedule's own time (the event's, not the clock's) the runs are exactly a day apart, so each
 * dated upload has exactly one such run. An object without a date is read on every run and has none.
 */
export function lastReconcileOf(lastModified: Date | undefined, now: Date, window: ReconcileWindow = dailyReconcileWindow): boolean {
  if (!lastModified || !dueForReconcile(lastModified, now, window)) return false;
  return now.getTime() - lastModified.getTime() >= (window.windowDays - 1) * DAY_MS;
}
