import { Console } from 'node:console';
import { reconcileCommand } from './reconcile.ts';
import { coversheetCommand, separatorCommand, uploadCommand } from './mailroom/commands.ts';
import { UsageError, processCommand, reviewCommand, queueCommand, claimCommand, caseCommand, deadlineOpenCommand, deadlinesCommand } from './commands.ts';
import { serveCommand } from './serve.ts';
import { usersCommand } from './users.ts';
import { eventsCommand } from './events-command.ts';
import { exportCommand } from './export-command.ts';
import { examplesCommand } from './examples-command.ts';
import { DataDirBusy } from './data-dir-lock.ts';
import { ApiProblem } from '../service/problems.ts';
import { outboxCommand } from './outbox-command.ts';
import { parseArgsRefusal, problemLine, unknownCommand, usageLine } from './cli-refusals.ts';

// Standard output belongs to the results (--json: one object per line and nothing else); every log
// line, ours or a library's, goes to standard error.
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

const usage = `postmottak — the incoming-mail pipeline, on this machine

  postmottak process [--received YYYY-MM-DD] [--postmarked YYYY-MM-DD] [--manifest FILE.csv] [--batch NAME] [--in-flight N] [--data-dir DIR] [--json] FILE|FOLDER...
  postmottak upload [--received YYYY-MM-DD] [--postmarked YYYY-MM-DD] [--batch NAME] [--in-flight N] [--manifest FILE.csv] [--bucket BUCKET] [--data-dir DIR] [--json] FILE|FOLDER...
  postmottak coversheet --case CASE [--type TYPE] [--area AREA] --out FILE.pdf [--data-dir DIR]
  postmottak separator --out FILE.pdf
  postmottak serve [--data-dir DIR] [--host 127.0.0.1] [--port 4100] [--watch INBOX_DIR]
  postmottak users add NAME --role archivist|caseworker|reader|system|auditor [--data-dir DIR]
  postmottak users list|remove NAME [--data-dir DIR]
  postmottak review list [--limit N] [--cursor C] [--data-dir DIR] [--json]
  postmottak review decide DOCUMENT_ID --archivist NAME [--type TYPE] [--area AREA] [--case CASE] [--data-dir DIR] [--json]
  postmottak queue QUEUE [--keyword K]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--order oldest|priority] [--limit N] [--cursor C] [--data-dir DIR]
  postmottak case CASE [--why TEXT] [--data-dir DIR] [--json]
  postmottak claim CASE --handler HANDLER_ID [--release] [--data-dir DIR]
  postmottak deadlines --due-before YYYY-MM-DD [--data-dir DIR]
  postmottak events [--since ID] [--follow] [--data-dir DIR]
  postmottak export --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|xlsx] [--out FILE] [--data-dir DIR]
  postmottak examples export --out FILE [--since YYYY-MM-DD] [--table T --bucket B] [--data-dir DIR]
  postmottak deadline-open CASE --kind KIND [--data-dir DIR]      (KIND: a deadline rule a case handler may open)
  postmottak reconcile [--redrive] [--json] [--data-dir DIR]
  postmottak outbox [--status ready|held|sent] [--json] [--data-dir DIR]
  postmottak outbox sent LETTER_ID [--on YYYY-MM-DD] [--data-dir DIR]
  postmottak outbox release LETTER_ID --name N --street S --postcode NNNN --place P [--data-dir DIR]
  postmottak outbox print --out FILE.pdf [--date YYYY-MM-DD] [--data-dir DIR]
  postmottak outbox notices [--today YYYY-MM-DD] [--data-dir DIR]

CASE is a case number, 2025/00001 (or 2025-00001). The state lives in --data-dir (default
.postmottak/). While \`postmottak serve\` runs on a data dir, the other commands on it go through it.
Progress goes to standard error.`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  process: processCommand,
  serve: serveCommand,
  users: usersCommand,
  review: reviewCommand,
  queue: queueCommand,
  case: caseCommand,
  claim: claimCommand,
  'deadline-open': deadlineOpenCommand,
  deadlines: deadlinesCommand,
  reconcile: reconcileCommand,
  outbox: outboxCommand,
  events: eventsCommand,
  export: exportCommand,
  examples: examplesCommand,
  upload: uploadCommand,
  coversheet: coversheetCommand,
  separator: separatorCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stderr.write(usage + '\n');
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (run && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  try {
    if (!run) throw new UsageError(unknownCommand(command));
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // One line: a person's mistake is told in words, never with a stack trace.
      const what = error instanceof UsageError ? error.message : parseArgsRefusal(error as { code?: string; message: string });
      process.stderr.write(`${usageLine(what)}\n`);
      return 2;
    }
    // A person's mistake the operation found (no such case, already decided, …), or a data dir in use: one line.
    if (error instanceof ApiProblem && error.status < 500) {
      process.stderr.write(`${problemLine(error)}\n`);
      return 2;
    }
    if (error instanceof DataDirBusy) {
      process.stderr.write(`postmottak: ${error.message}\n`);
      return 2;
    }
    if ((error as Error).name === 'IdHashKeyError' || (error as Error).name === 'NationalIdKeyLost' || (error as Error).name === 'FaultSettingError') {
      process.stderr.write(`postmottak: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
