import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import { ArchivistDecision, type ProcessResult } from '../schemas/pipeline.ts';
import { DeadlineKind, IsoDate } from '../schemas/taxonomy.ts';
import { extensionNoticeKinds, handlerOpenableKinds } from '../domain/config.ts';
import { loadConfig } from '../config/load.ts';
import { osloDate } from '../domain/calendar.ts';
import { startLocalStack, type LocalStack } from './stack.ts';

/**
 * The CLI's commands over the embedded stack: the mailroom's `process`, and the archivists' and case
 * handlers' commands. Each starts the loopback servers on --data-dir, does one thing through the same
 * state machine and store functions the Lambda handlers (and later the HTTP API) use, and stops them.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDate.safeParse(value).success) throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not '${value}'`);
  return value;
}

const common = {
  'data-dir': { type: 'string', default: '.postmottak' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const;

async function withStack<T>(dataDir: string, verbose: boolean, fn: (stack: LocalStack) => Promise<T>): Promise<T> {
  const stack = await startLocalStack({ dataDir, verbose });
  try {
    return await fn(stack);
  } finally {
    await stack.stop();
  }
}

const store = () => import('../functions/commons/store/service.ts');

function print(json: boolean, value: unknown, human: () => string): void {
  process.stdout.write((json ? JSON.stringify(value) : human()) + '\n');
}

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

export async function processCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, received: { type: 'string' }, postmarked: { type: 'string' } },
  });
  const receivedDate = isoDate(values.received, '--received') ?? osloDate(new Date());
  const postmarkDate = isoDate(values.postmarked, '--postmarked') ?? null;
  await assertReadableFiles(positionals);

  const { loadLocalStateMachine } = await import('./state-machine.ts');
  const { processScan } = await import('./intake.ts');
  const { shutdownOcr } = await import('../engines/ocr/index.ts');

  return withStack(values['data-dir'], values.verbose, async (stack) => {
    let failures = 0;
    try {
      const machine = await loadLocalStateMachine();
      for (const [index, file] of positionals.entries()) {
        const started = Date.now();
        try {
          const { result } = await processScan(machine, stack.bucket, file, { receivedDate, postmarkDate }, values.verbose ? (line) => process.stderr.write(line + '\n') : undefined);
          process.stdout.write((values.json ? JSON.stringify(result) : describe(result)) + '\n');
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
    }
    return failures === 0 ? 0 : 1;
  });
}

export async function reviewCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    const { values } = parseArgs({ args: rest, options: { ...common, limit: { type: 'string' } } });
    return withStack(values['data-dir'], values.verbose, async () => {
      const { dbFromEnv, listQueue } = await store();
      const page = await listQueue(dbFromEnv(), { queue: 'review', order: 'oldest', limit: Number(values.limit ?? 50) });
      for (const item of page.items) {
        print(values.json, item, () => `${item.documentId}  ${item.receivedDate}  ${item.fileName ?? ''}  [${item.documentType ?? '?'}, ${item.area ?? '?'}]  ${item.reason ?? ''}`);
      }
      if (!values.json && page.items.length === 0) process.stderr.write('The review queue is empty.\n');
      return 0;
    });
  }
  if (sub === 'decide') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { ...common, archivist: { type: 'string' }, type: { type: 'string' }, area: { type: 'string' }, case: { type: 'string' } },
    });
    const [documentId] = positionals;
    if (!documentId) throw new UsageError('name the document to decide on (postmottak review list shows them)');
    if (!values.archivist) throw new UsageError('--archivist NAME is required: every decision is recorded with who made it');
    const parsed = ArchivistDecision.safeParse({
      documentId,
      archivist: values.archivist,
      documentType: values.type,
      area: values.area,
      caseId: values.case,
      decidedAt: new Date().toISOString(),
    });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
    if (parsed.data.area && !loadConfig().areas.some((a) => a.code === parsed.data.area)) throw new UsageError(`unknown case area '${parsed.data.area}'`);
    if (parsed.data.documentType && !loadConfig().typeRules.some((r) => r.type === parsed.data.documentType)) throw new UsageError(`unknown document type '${parsed.data.documentType}'`);
    return withStack(values['data-dir'], values.verbose, async () => {
      const { dbFromEnv, recordDecision, DecisionError } = await store();
      const { loadLocalStateMachine } = await import('./state-machine.ts');
      let input: Awaited<ReturnType<typeof recordDecision>>;
      try {
        input = await recordDecision(dbFromEnv(), parsed.data);
      } catch (error) {
        if (error instanceof DecisionError) throw new UsageError(error.message);
        throw error;
      }
      // The same state machine, started anew with the decision: it resumes at Link (see README).
      const machine = await loadLocalStateMachine();
      const { runToResult } = await import('./intake.ts');
      const { result } = await runToResult(machine, input, input.fileName);
      print(values.json, result, () => `${result.documentId}: ${result.status} -> ${result.queue}${result.caseId ? ` (case ${result.caseId})` : ''}${result.reason ? `: ${result.reason}` : ''}`);
      return 0;
    });
  }
  throw new UsageError(`review takes 'list' or 'decide', not '${sub ?? ''}'`);
}

export async function queueCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, keyword: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, order: { type: 'string', default: 'oldest' }, limit: { type: 'string', default: '50' }, cursor: { type: 'string' } },
  });
  const [queue] = positionals;
  if (!queue) throw new UsageError('name a queue, e.g. unassigned/dental, handler/h123, unit-mail/sick_pay, review or quarantine');
  if (values.order !== 'oldest' && values.order !== 'priority') throw new UsageError(`--order is 'oldest' or 'priority', not '${values.order}'`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be a whole number from 1 to 500');
  const query = { queue, keyword: values.keyword, from: isoDate(values.from, '--from'), to: isoDate(values.to, '--to'), order: values.order, limit, cursor: values.cursor ?? null } as const;
  return withStack(values['data-dir'], values.verbose, async () => {
    const { dbFromEnv, listQueue } = await store();
    const page = await listQueue(dbFromEnv(), query);
    for (const item of page.items) {
      print(values.json, item, () => `${item.caseNumber ?? item.documentId}  ${item.receivedDate}  p${item.priority}  ${item.title ?? item.fileName ?? ''}  [${item.keywords.join(', ')}]`);
    }
    if (page.cursor) process.stderr.write(`more: --cursor ${page.cursor}\n`);
    return 0;
  });
}

export async function claimCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...common, handler: { type: 'string' } } });
  const [caseId] = positionals;
  if (!caseId || !values.handler) throw new UsageError('claim CASE_ID --handler HANDLER_ID');
  return withStack(values['data-dir'], values.verbose, async () => {
    const { dbFromEnv, claimCase } = await store();
    const outcome = await claimCase(dbFromEnv(), { caseId, handlerId: values.handler!, at: new Date().toISOString() });
    print(values.json, outcome, () => (outcome.claimed ? `claimed ${caseId} for ${values.handler}` : `not claimed: ${outcome.reason}${outcome.handlerId ? ` (handler ${outcome.handlerId})` : ''}`));
    return outcome.claimed ? 0 : 3;
  });
}

export async function deadlineOpenCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...common, kind: { type: 'string' }, handler: { type: 'string', default: 'cli' }, on: { type: 'string' } } });
  const [caseId] = positionals;
  const kind = DeadlineKind.safeParse(values.kind);
  const openable = handlerOpenableKinds(loadConfig());
  if (!caseId || !kind.success || !openable.includes(kind.data)) throw new UsageError(`deadline-open CASE_ID --kind ${openable.join('|')}`);
  const openedOn = isoDate(values.on, '--on') ?? osloDate(new Date());
  return withStack(values['data-dir'], values.verbose, async () => {
    const { dbFromEnv, openAwaitingDeadline } = await store();
    const opened = await openAwaitingDeadline(dbFromEnv(), loadConfig(), { caseId, kind: kind.data, openedOn, handlerId: values.handler });
    print(values.json, opened, () => `opened ${opened.kind} on ${caseId}, due ${opened.due}`);
    return 0;
  });
}

export async function deadlinesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...common, 'due-before': { type: 'string' } } });
  const before = isoDate(values['due-before'], '--due-before');
  if (!before) throw new UsageError('--due-before YYYY-MM-DD is required');
  return withStack(values['data-dir'], values.verbose, async () => {
    const { dbFromEnv, deadlinesDueBefore } = await store();
    const due = await deadlinesDueBefore(dbFromEnv(), loadConfig(), before);
    const noticeKinds = extensionNoticeKinds(loadConfig());
    for (const d of due) {
      const notice = noticeKinds.includes(d.kind) ? '  <- send «varsel om forlenget svarfrist»' : '';
      print(values.json, d, () => `${d.due}  ${d.kind}  ${d.caseNumber ?? d.caseId}  ${d.title ?? ''}${notice}`);
    }
    return 0;
  });
}
