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
  postmottak coversheet --case CASE --archivist NAME [--type TYPE] [--area AREA] --out FILE.pdf [--data-dir DIR]
  postmottak separator --out FILE.pdf
  postmottak serve [--data-dir DIR] [--host 127.0.0.1] [--port 4100] [--watch INBOX_DIR]
  postmottak users add NAME --role archivist|caseworker|reader|system|auditor [--data-dir DIR] [--json]
  postmottak users list|remove NAME [--data-dir DIR] [--json]
  postmottak review list [--limit N] [--cursor C] [--data-dir DIR] [--json]
  postmottak review decide DOCUMENT_ID --archivist NAME [--type TYPE] [--area AREA] [--case CASE] [--data-dir DIR] [--json]
  postmottak queue QUEUE [--keyword K]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--order oldest|priority] [--limit N] [--cursor C] [--data-dir DIR] [--json]
  postmottak case CASE --handler NAME [--why TEXT] [--data-dir DIR] [--json]
  postmottak claim CASE --handler NAME [--release] [--data-dir DIR] [--json]
  postmottak deadlines --due-before YYYY-MM-DD [--data-dir DIR] [--json]
  postmottak events [--since ID] [--follow] [--data-dir DIR]
  postmottak export --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|xlsx] [--out FILE] [--data-dir DIR]
  postmottak examples export --out FILE [--since YYYY-MM-DD] [--table T --bucket B] [--data-dir DIR]
  postmottak deadline-open CASE --kind KIND --handler NAME [--on YYYY-MM-DD] [--data-dir DIR] [--json]   (KIND: a deadline rule a case handler may open)
  postmottak reconcile [--redrive] [--json] [--data-dir DIR]
  postmottak outbox --archivist NAME [--status ready|held|sent] [--json] [--data-dir DIR]
  postmottak outbox sent LETTER_ID --archivist NAME [--on YYYY-MM-DD] [--data-dir DIR] [--json]
  postmottak outbox release LETTER_ID --archivist NAME --name N --street S --postcode NNNN --place P [--data-dir DIR] [--json]
  postmottak outbox print --archivist NAME --out FILE.pdf [--date YYYY-MM-DD] [--data-dir DIR] [--json]
  postmottak outbox notices --archivist NAME [--today YYYY-MM-DD] [--data-dir DIR] [--json]
`;

const footer = `CASE is a case number, 2025/00001 (or 2025-00001). The state lives in --data-dir (default
.postmottak/). While \`postmottak serve\` runs on a data dir, the other commands on it go through it.
--archivist NAME / --handler NAME: who acts; instead, POSTMOTTAK_USER=NAME (a person of
\`postmottak users list\`) names you for every command of the shell.
Progress goes to standard error.`;

/** \`postmottak COMMAND --help\`: that command's lines of the usage (every option it takes), then the footer. */
export function commandUsage(command: string): string {
  const own = usage.split('\n').filter((line) => line.startsWith(`  postmottak ${command} `) || line === `  postmottak ${command}`);
  return `${own.join('\n')}\n\n${footer}`;
}

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
    process.stderr.write(`${usage}\n${footer}\n`);
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (run && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(commandUsage(command) + '\n');
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
