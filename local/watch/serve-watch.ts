import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { osloDate } from '../../domain/calendar.ts';
import type { Identity } from '../../service/identity.ts';
import type { ServiceContext } from '../../service/ports.ts';
import { handIn } from '../../service/operations/intake.ts';
import { watchInbox, type InboxWatcher } from './inbox-watcher.ts';

/** The scanner's drops are handed in as the mailroom, received today (Europe/Oslo). */
const mailroom: Identity = { person: 'mailroom:watch', role: 'archivist' };

/**
 * `serve --watch DIR`: each complete file dropped into DIR goes through the pipeline of the data dir
 * the service holds, then to DIR/processed (or DIR/failed); the ledger of what was handled lives in
 * the data dir, so a restart never handles a file twice.
 */
export function watchForServe(context: ServiceContext, dataDir: string, inbox: string, log: (line: string) => void): Promise<InboxWatcher> {
  return watchInbox({
    inbox,
    ledgerFile: path.join(dataDir, 'watch-ledger.jsonl'),
    log,
    async handle(file) {
      const result = await handIn(context, mailroom, { bytes: await readFile(file), fileName: path.basename(file), receivedDate: osloDate(new Date()), postmarkDate: null });
      return { outcome: result.status };
    },
  });
}
