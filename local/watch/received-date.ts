import type { IsoDate } from '#schemas/taxonomy';
import { compareIsoDates, osloDate } from '../../domain/calendar.ts';
import { isoFromTyped } from '../../domain/wording/typed-date.ts';

/**
 * The day a file in the watched inbox was received (Europe/Oslo). Not the moment the watcher takes it:
 * a restart over the weekend, a queue of files ahead of it or midnight would register mail that came
 * on an appeal's due date a day late, and so too late. A file in a folder named by a day
 * (`DIR/27.11.2026/brev.pdf`, also `2026-11-27`) was received that day — yesterday's post scanned
 * today; any other file the day the scanner wrote it (its mtime). Never after the day it is taken
 * in: a folder named for a day still to come, or a clock ahead of ours, gives the pick-up day.
 */
export function receivedDateOfDrop(relativePath: string, modified: Date, now: Date): IsoDate {
  const today = osloDate(now);
  const segments = relativePath.split(/[\\/]/);
  const named = segments.length > 1 ? isoFromTyped(segments[segments.length - 2] ?? '') : null;
  const day = named || osloDate(modified);
  return compareIsoDates(day, today) > 0 ? today : day;
}
