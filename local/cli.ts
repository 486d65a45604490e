import { Console } from 'node:console';
import { UsageError, processCommand, reviewCommand, queueCommand, claimCommand, deadlineOpenCommand, deadlinesCommand } from './commands.ts';
import { outboxCommand } from './outbox-command.ts';

// Standard output belongs to the results (--json: one object per line and nothing else); every log
// line, ours or a library's, goes to standard error.
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

const usage = `postmottak — the incoming-mail pipeline, on this machine

  postmottak process [--received YYYY-MM-DD] [--postmarked YYYY-MM-DD] [--data-dir DIR] [--json] FILE...
  postmottak review list [--data-dir DIR] [--json]
  postmottak review decide DOCUMENT_ID --archivist NAME [--type TYPE] [--area AREA] [--case CASE_ID] [--data-dir DIR] [--json]
  postmottak queue QUEUE [--keyword K] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--order oldest|priority] [--limit N] [--cursor C] [--data-dir DIR]
  postmottak claim CASE_ID --handler HANDLER_ID [--data-dir DIR]
  postmottak deadlines --due-before YYYY-MM-DD [--data-dir DIR]
  postmottak deadline-open CASE_ID --kind KIND [--data-dir DIR]      (KIND: a deadline rule a case handler may open)
  postmottak outbox [--status ready|held|sent] [--json] [--data-dir DIR]
  postmottak outbox sent LETTER_ID [--on YYYY-MM-DD] [--data-dir DIR]
  postmottak outbox print --out FILE.pdf [--date YYYY-MM-DD] [--data-dir DIR]
  postmottak outbox notices [--today YYYY-MM-DD] [--data-dir DIR]

The state lives in --data-dir (default .postmottak/). Progress goes to standard error.`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  process: processCommand,
  review: reviewCommand,
  queue: queueCommand,
  claim: claimCommand,
  'deadline-open': deadlineOpenCommand,
  deadlines: deadlinesCommand,
  outbox: outboxCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stderr.write(usage + '\n');
    return command ? 0 : 2;
  }
  const run = commands[command];
  try {
    if (!run) throw new UsageError(`unknown command '${command}'`);
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`postmottak: ${(error as Error).message}\n\n${usage}\n`);
      return 2;
    }
    throw error;
  }
}
