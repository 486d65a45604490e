import type { IsoDate } from '#schemas/taxonomy';
import { compareIsoDates, osloDate } from '../../domain/calendar.ts';
import { isoFromTyped } from '../../domain/wording/typed-date.ts';

const DAY_FOLDER = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$/;

/**
 * When a file arrived in the inbox: the later of its modification and status-change times. A copy that
 * keeps the original's time (`cp -p`, rsync, unzip, Explorer) or a move from another folder keeps an old
 * mtime, but its ctime is set when it lands here, and no tool can set a ctime back; a scan written here
 * and left has both at the time it was written. So a late letter is never dated early by an old mtime.
 */
export function arrivalTime(file: { mtimeMs: number; ctimeMs: number }): Date {
  return new Date(Math.max(file.mtimeMs, file.ctimeMs));
}

/**
 * The day a file in the watched inbox was received (Europe/Oslo). Not the moment the watcher takes it:
 * a restart over the weekend, a queue of files ahead of it or midnight would register mail that came
 * on an appeal's due date a day late, and so too late. A file in a folder named by a day
 * (`DIR/27.11.2026/brev.pdf`, also `2026-11-27`) was received that day — yesterday's post scanned
 * today; any other file the day it arrived here (`arrivalTime`). Never after the day it is taken
 * in: a folder named for a day still to come, or a clock ahead of ours, gives the pick-up day.
 */
export function receivedDateOfDrop(relativePath: string, modified: Date, now: Date): IsoDate {
  const today = osloDate(now);
  const segments = relativePath.split(/[\\/]/);
  const folder = segments.length > 1 ? (segments[segments.length - 2] ?? '') : '';
  // Only a day written with its separators names a day: a scanner's job number such as «01022025» does not.
  const named = DAY_FOLDER.test(folder) ? isoFromTyped(folder) : null;
  const day = named || osloDate(modified);
  return compareIsoDates(day, today) > 0 ? today : day;
}
