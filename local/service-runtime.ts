import { loadConfig } from '../config/load.ts';
import type { ExampleStore, Pipeline, ServiceContext } from '../service/ports.ts';
import path from 'node:path';
import { eventPublisherFromEnv } from '../functions/commons/events/publisher-from-env.ts';
import { s3DocumentFiles } from '../service/adapters/s3-document-files.ts';
import { startLocalStack, type LocalStack } from './stack.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { LocalStateMachine, LocalStateMachineOptions } from './state-machine.ts';
import { localReconciler } from './reconciler.ts';
import { readPeople } from '../service/auth/local-tokens.ts';
import { batchKeyOf } from '../domain/intake/batch.ts';
import { contentDocumentId } from '../domain/identity.ts';

/**
 * The service's operations over the embedded stack of one data dir: the loopback servers (under the
 * data dir's lock), and the in-process state machine, loaded on first use (a queue listing needs no
 * OCR engine). `serve` keeps one open; a CLI command without serve opens one for its own run.
 */
export interface LocalRuntime {
  readonly stack: LocalStack;
  readonly context: ServiceContext;
  close(): Promise<void>;
}

/** Started here, finished as the state machine loads; a failure is left to the first document's Classify. */
function warmUpClassifier(): void {
  void import('../domain/classify/index.ts').then((m) => m.warmUpModel()).catch(() => undefined);
}

export function lockWaitMs(): number {
  const seconds = Number(process.env.POSTMOTTAK_LOCK_WAIT_SECONDS ?? 30);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 30_000;
}

export async function openLocalRuntime(options: { dataDir: string; command: string; verbose?: boolean; trace?: ((line: string) => void) | undefined; waitMs?: number; stateMachine?: LocalStateMachineOptions; warmUpClassifier?: boolean }): Promise<LocalRuntime> {
  const lock = await acquireDataDirLock(options.dataDir, {
    command: options.command,
    waitMs: options.waitMs ?? lockWaitMs(),
    onWait: (holder) => process.stderr.write(`venter til den andre postmottak-kommandoen på ${options.dataDir} (pid ${holder.pid}: ${holder.command}) er ferdig …\n`),
  });
  let stack: LocalStack;
  try {
    // A command that classifies (process, upload, serve) parses the model while the stack starts, not at its first document.
    stack = await startLocalStack({ dataDir: options.dataDir, verbose: options.verbose ?? false, ...(options.warmUpClassifier ? { whileStarting: warmUpClassifier } : {}) });
  } catch (error) {
    await lock.release();
    throw error;
  }
  let machine: Promise<LocalStateMachine> | undefined;
  // Per bytes (by key digest), the last intake of them this runtime took: the only executions on the data dir.
  const inFlight = new Map<string, Promise<unknown>>();
  const loadMachine = () => (machine ??= import('./state-machine.ts').then((m) => m.loadLocalStateMachine(options.stateMachine)));
  const { dbFromEnv } = await import('../functions/commons/store/service.ts');
  const { dynamoBatchRoll } = await import('../functions/commons/store/batch-roll.ts');
  const { rollAhead } = await import('./batch-roll-ahead.ts');
  const ahead = rollAhead(dynamoBatchRoll(dbFromEnv(), () => new Date()), loadMachine, () => new Date());
  const pipeline: Pipeline = {
    batchAhead: ahead,
    async resume(state) {
      const { runToResult } = await import('./intake.ts');
      return (await runToResult(await loadMachine(), state as never, state.fileName, options.trace)).result;
    },
    async intake(upload) {
      const { runToResult, uploadScanBytes } = await import('./intake.ts');
      const { firstRunKept, interruptedUploadOf, uploadKeyDigest } = await import('./interrupted-uploads.ts');
      // The same bytes again while this runtime still runs their first upload (a re-run after Ctrl-C of
      // `upload` through serve, or one letter twice in a batch) wait for it, queued before anything is
      // awaited: then the first has its outcome and this one is its duplicate, with its answer. Sent on
      // at once, it met the claim with no outcome and went to review as «Teknisk feil» when Inspect's
      // Retry ran out before the first was done.
      const digest = uploadKeyDigest(upload.bytes);
      const before = inFlight.get(digest);
      const mine = (async () => {
        await before?.catch(() => undefined);
        const resumed = await interruptedUploadOf(dbFromEnv(), stack.bucket, upload.bytes);
        const kept = resumed && firstRunKept(resumed.intake, upload);
        if (kept) process.stderr.write(`${kept}\n`);
        const state = resumed ?? (await uploadScanBytes(stack.bucket, upload.bytes, upload.fileName, { receivedDate: upload.receivedDate, postmarkDate: upload.postmarkDate, batch: upload.batch ?? null }));
        // A file its batch put on the roll ahead runs as the batch-mate the roll named (local/batch-roll-ahead.ts).
        const execution = ahead.executionOf(batchKeyOf(state.intake), contentDocumentId(upload.bytes));
        return (await runToResult(await loadMachine(), state, upload.fileName, options.trace, execution)).outcome;
      })();
      inFlight.set(digest, mine);
      try {
        return await mine;
      } finally {
        if (inFlight.get(digest) === mine) inFlight.delete(digest);
      }
    },
  };
  const { dynamoAccessLog } = await import('../functions/commons/store/access-log.ts');
  const { dynamoEventFeed } = await import('../functions/commons/store/event-feed.ts');
  const context: ServiceContext = {
    db: dbFromEnv(),
    config: loadConfig(),
    files: s3DocumentFiles(stack.bucket),
    pipeline,
    accessLog: dynamoAccessLog(dbFromEnv()),
    events: eventPublisherFromEnv(),
    eventFeed: dynamoEventFeed(dbFromEnv()),
    now: () => new Date(),
    examples: dataDirExamples(options.dataDir),
    reconciler: localReconciler(dbFromEnv, stack.bucket, loadMachine),
    people: { list: async () => (await readPeople(options.dataDir)).map((p) => ({ name: p.name, role: p.role })) },
  };
  return {
    stack,
    context,
    async close() {
      try {
        // A machine that failed to load ran nothing: the stack is stopped all the same.
        const loaded = await machine?.catch(() => null);
        if (loaded) {
          // Tasks of a failed execution's other branches may still be writing (state-machine.ts `tracked`), within a bound.
          const { settleTasks } = await import('./settle-tasks.ts');
          await settleTasks(loaded);
          const { shutdownOcr } = await import('../engines/ocr/index.ts');
          await shutdownOcr();
        }
        await stack.stop();
      } finally {
        await lock.release();
      }
    },
  };
}

/** Labelled examples beside the documents in the data dir, owner-only (they hold letters' text), national ids as zeros as the table's copy has them. */
function dataDirExamples(dataDir: string): ExampleStore {
  return {
    async record(example) {
      const { maskNationalIds } = await import('#domain/classify/training-examples');
      const { appendFile, mkdir } = await import('node:fs/promises');
      const dir = path.join(dataDir, 'examples');
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await appendFile(path.join(dir, 'decisions.jsonl'), `${JSON.stringify({ ...example, text: maskNationalIds(example.text) })}\n`, { mode: 0o600 });
    },
  };
}
