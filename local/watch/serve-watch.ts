import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Identity } from '../../service/identity.ts';
import type { ServiceContext } from '../../service/ports.ts';
import { handIn } from '../../service/operations/intake.ts';
import { UsageError } from '../usage-error.ts';
import { arrivalTime, receivedDateOfDrop } from './received-date.ts';
import { DEFAULT_STABLE_MS, watchInbox, type InboxWatcher } from './inbox-watcher.ts';

/** The scanner's drops are handed in as the mailroom, received the day they arrived (./received-date.ts). */
const mailroom: Identity = { person: 'mailroom:watch', role: 'archivist' };

/**
 * `serve --watch DIR`: each complete file dropped into DIR goes through the pipeline of the data dir
 * the service holds, then to DIR/processed (or DIR/failed); the ledger of what was handled lives in
 * the data dir, so a restart never handles a file twice.
 */
export function watchForServe(context: ServiceContext, dataDir: string, inbox: string, log: (line: string) => void, settleMs?: number): Promise<InboxWatcher> {
  return watchInbox({
    inbox,
    ...(settleMs === undefined ? {} : { stableMs: settleMs }),
    ledgerFile: path.join(dataDir, 'watch-ledger.jsonl'),
    log,
    async handle(file) {
      const receivedDate = receivedDateOfDrop(path.relative(inbox, file), arrivalTime(await stat(file)), new Date());
      const result = await handIn(context, mailroom, { bytes: await readFile(file), fileName: path.basename(file), receivedDate, postmarkDate: null });
      return { outcome: result.status };
    },
  });
}

/**
 * `--settle SEKUNDER`: how long a dropped file must rest before it is taken (a scanner pauses between
 * pages). Whole seconds or a decimal, from 0.5 s to 10 min; a person's mistake otherwise.
 */
export function settleMsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0.5 || seconds > 600) {
    throw new UsageError(`--settle er hvor mange sekunder en fil må ligge uendret før den tas inn, fra 0,5 til 600 (for eksempel --settle 20), ikke «${value}»`);
  }
  return Math.round(seconds * 1000);
}

/** The inbox must exist: a mistyped scanner path would otherwise be watched, empty, for ever. */
export async function missingInbox(inbox: string): Promise<string | null> {
  const info = await stat(inbox).catch(() => null);
  if (!info) return `--watch: finner ingen mappe ${inbox}; rett stien, eller opprett mappen skanneren skriver til først`;
  if (!info.isDirectory()) return `--watch: ${inbox} er ikke en mappe; oppgi mappen skanneren skriver til`;
  return null;
}

/** The line serve prints when it starts watching. */
export const watchingLine = (inbox: string, settleMs: number | undefined) =>
  `  følger med på ${inbox} (en fil tas inn når den har ligget uendret i ${((settleMs ?? DEFAULT_STABLE_MS) / 1000).toString().replace('.', ',')} s; behandlede filer flyttes til mappen processed/ der)`;
