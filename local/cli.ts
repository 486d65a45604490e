import { Console } from 'node:console';
import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import { UsageError, isoDate as date, reviewCommand, queueCommand, claimCommand, deadlineOpenCommand, deadlinesCommand } from './commands.ts';
import type { ProcessResult } from '../schemas/pipeline.ts';
import { osloDate } from '../domain/calendar.ts';

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
  postmottak deadline-open CASE_ID --kind medical_declaration|expert_statement|consent|comments [--data-dir DIR]

The state lives in --data-dir (default .postmottak/). Progress goes to standard error.`;


async function assertReadableFiles(files: string[]): Promise<void> {
  if (files.length === 0) throw new UsageError('name at least one file to process');
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (!info) throw new UsageError(`no such file: ${file}`);
    if (!info.isFile()) throw new UsageError(`not a file: ${file}`);
  }
}

function describe(result: ProcessResult): string {
  const what = [result.documentType, result.area].filter(Boolean).join(', ');
  const where = result.status === 'routed' ? `-> ${result.queue}${result.caseId ? ` (case ${result.caseId})` : ''}` : `-> ${result.queue}: ${result.reason}`;
  return `${result.file}: ${result.status}${what ? ` [${what}]` : ''} ${where}`;
}

async function processCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      received: { type: 'string' },
      postmarked: { type: 'string' },
      'data-dir': { type: 'string', default: '.postmottak' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const receivedDate = date(values.received, '--received') ?? osloDate(new Date());
  const postmarkDate = date(values.postmarked, '--postmarked') ?? null;
  await assertReadableFiles(positionals);

  const { startLocalStack } = await import('./stack.ts');
  const { loadLocalStateMachine } = await import('./state-machine.ts');
  const { processScan } = await import('./intake.ts');
  const { shutdownOcr } = await import('../domain/ocr/index.ts');

  const stack = await startLocalStack({ dataDir: values['data-dir'], verbose: values.verbose });
  let failures = 0;
  try {
    const machine = await loadLocalStateMachine();
    for (const [index, file] of positionals.entries()) {
      const started = Date.now();
      try {
        const { result } = await processScan(machine, stack.bucket, file, { receivedDate, postmarkDate }, values.verbose ? (line) => process.stderr.write(line + '\n') : undefined);
        process.stdout.write(values.json ? JSON.stringify(result) + '\n' : describe(result) + '\n');
        process.stderr.write(`[${index + 1}/${positionals.length}] ${file}: ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      } catch (error) {
        // The state machine itself failed (RecordFailure could not record the document either):
        // that is a pipeline failure, reported and counted, and the next file still runs.
        failures += 1;
        process.stderr.write(`[${index + 1}/${positionals.length}] ${file}: PIPELINE FAILURE: ${(error as Error).message}\n`);
      }
    }
  } finally {
    await shutdownOcr();
    await stack.stop();
  }
  return failures === 0 ? 0 : 1;
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  process: processCommand,
  review: reviewCommand,
  queue: queueCommand,
  claim: claimCommand,
  'deadline-open': deadlineOpenCommand,
  deadlines: deadlinesCommand,
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
