import { Console } from 'node:console';
import { reconcileCommand } from './reconcile.ts';
import { coversheetCommand, separatorCommand, uploadCommand } from './mailroom/commands.ts';
import { processCommand, reviewCommand, queueCommand, claimCommand, caseCommand, deadlineOpenCommand, deadlinesCommand } from './commands.ts';
import { serveCommand } from './serve.ts';
import { usersCommand } from './users.ts';
import { eventsCommand } from './events-command.ts';
import { exportCommand } from './export-command.ts';
import { examplesCommand } from './examples-command.ts';
import { DataDirBusy } from './data-dir-lock.ts';
import { ApiProblem } from '../service/problems.ts';
import { outboxCommand } from './outbox-command.ts';
import { innsynCommand, partiesCommand } from './rights-commands.ts';
import { parseArgsRefusal, problemLine, unknownCommand, usageLine } from './cli-refusals.ts';
import { commandUsage, footer, usage } from './cli-help-wording.ts';
import { StateRefusal, UsageError } from './usage-error.ts';
import { loadConfig } from '../config/load.ts';
import { loadLettersConfig } from '../config/letters.ts';
import { SettingsFileError } from '../config/settings-file.ts';
import { attachmentReceivedCommand } from './attachment-command.ts';

// Standard output belongs to the results (--json: one object per line and nothing else); every log
// line, ours or a library's, goes to standard error.
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

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
  'attachment-received': attachmentReceivedCommand,
  reconcile: reconcileCommand,
  outbox: outboxCommand,
  innsyn: innsynCommand,
  parties: partiesCommand,
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
    // Asked for, the usage is the answer (stdout, as `CMD --help`); without a command it is the refusal's explanation.
    (command ? process.stdout : process.stderr).write(`${usage}\n${footer}\n`);
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (run && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(commandUsage(command) + '\n');
    return 0;
  }
  try {
    if (!run) throw new UsageError(unknownCommand(command));
    // The settings in force are read before any command: a slip in the configuration or the letters
    // file stops every command at once, naming the file and the field, instead of a document to review.
    loadConfig();
    loadLettersConfig();
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // One line: a person's mistake is told in words, never with a stack trace.
      const what = error instanceof UsageError ? error.message : parseArgsRefusal(error as { code?: string; message: string });
      process.stderr.write(`${error instanceof StateRefusal ? `postmottak: ${what}` : usageLine(what)}\n`);
      return 2;
    }
    // A person's mistake the operation found (no such case, already decided, …), or a data dir in use: one line.
    if (error instanceof ApiProblem && error.status < 500) {
      process.stderr.write(`${problemLine(error)}\n`);
      return 2;
    }
    if (error instanceof DataDirBusy || error instanceof SettingsFileError) {
      process.stderr.write(`postmottak: ${error.message}\n`);
      return 2;
    }
    if ((error as Error).name === 'IdHashKeyError' || (error as Error).name === 'ServeCallFailed' || (error as Error).name === 'NationalIdKeyLost' || (error as Error).name === 'FaultSettingError') {
      process.stderr.write(`postmottak: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
