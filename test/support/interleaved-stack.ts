import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import { startLocalStack, type LocalStack } from '#local/stack';
import { shutdownOcr } from '#engines/ocr/index';

/**
 * For tests that interleave executions on the embedded stack by gates on their task states (the
 * embedded runtime's beforeTask), never by timing.
 */

/** A promise a test opens when it chooses. */
export class Gate {
  open!: () => void;
  readonly opened = new Promise<void>((resolve) => {
    this.open = resolve;
  });
}

/**
 * A state machine of its own on the embedded stack whose first execution to reach `state` waits there
 * (`held` opens) until the test opens `released`; every Retry waits 0 ms with POSTMOTTAK_FAULTS at rate 0.
 */
export async function machineHeldAt(state: string) {
  const held = new Gate();
  const released = new Gate();
  let holding = false;
  const { loadLocalStateMachine } = await import('#local/state-machine');
  const machine = await loadLocalStateMachine({
    waitMs: 0,
    async beforeTask(name) {
      if (name !== state || holding) return;
      holding = true;
      held.open();
      await released.opened;
    },
  });
  return { machine, held, released };
}

export interface TestStack {
  /** A scan handed in as the mailroom does, received 2025-03-20, in `batch` when named; the execution's input. */
  upload(fileName: string, bytes: Buffer, batch?: string): Promise<ExecutionState>;
}

/** An embedded stack for the calling test file, in a directory of its own, stopped (with OCR) after its tests. */
export function embeddedStackForTests(name: string): TestStack {
  let dir: string | undefined;
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), `postmottak-${name}-`));
    stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
  });
  afterAll(async () => {
    await shutdownOcr();
    await stack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const started = () => {
    if (!stack) throw new Error('the embedded stack is started in beforeAll: use it inside a test');
    return stack;
  };
  return {
    async upload(fileName, bytes, batch) {
      const { uploadScanBytes } = await import('#local/intake');
      return uploadScanBytes(started().bucket, bytes, fileName, { receivedDate: '2025-03-20', postmarkDate: null, ...(batch ? { batch } : {}) });
    },
  };
}

/** What a test holds of the appeal while the declaration runs. */
export interface HeldAppeal {
  /** Resolves when the appeal has reached the state it is held at. */
  held: Promise<void>;
  /** Lets the appeal on. */
  release: () => void;
  /** Resolves when the appeal's execution has ended. */
  finished: () => Promise<unknown>;
}

export interface AppealAndDeclaration {
  /** The synthetic person both letters are about (corpus/robustness-mail.ts). */
  person: number;
  /** The task state the appeal is held at until released. */
  holdAt: string;
  /** Each upload's batch, when named. */
  batches?: { appeal: string; declaration: string };
  /** Hand the declaration in only once the appeal is held (else at once, beside it). */
  declarationAfterHold?: boolean;
  /** The pause before a look again, at most (default 0: the looks follow each other at once). */
  waitMs?: number;
  /** Awaited before each of the declaration's tasks, with its Links numbered. */
  onDeclarationTask: (state: string, links: number, appeal: HeldAppeal) => Promise<void>;
}

/** An appeal and a medical declaration for one person through the embedded stack, interleaved by gates. */
export async function appealAndDeclaration(stack: TestStack, options: AppealAndDeclaration) {
  const { appealOf, declarationOf } = await import('../../corpus/robustness-mail.ts');
  const appealFile = `anke-${options.person}.pdf`;
  const declarationFile = `erklaering-${options.person}.pdf`;
  const held = new Gate();
  const released = new Gate();
  let links = 0;
  let appealRun: Promise<unknown> | undefined;
  const control: HeldAppeal = { held: held.opened, release: () => released.open(), finished: () => appealRun! };
  const { loadLocalStateMachine } = await import('#local/state-machine');
  const machine = await loadLocalStateMachine({
    waitMs: options.waitMs ?? 0,
    beforeTask: async (state, input) => {
      const file = (input as { fileName?: string }).fileName;
      if (file === appealFile && state === options.holdAt) {
        held.open();
        await released.opened;
      }
      if (file === declarationFile) await options.onDeclarationTask(state, state === 'Link' ? ++links : links, control);
    },
  });
  const appeal = machine.run((await stack.upload(appealFile, await appealOf(options.person), options.batches?.appeal)) as never);
  appealRun = appeal;
  if (options.declarationAfterHold) await held.opened;
  const declaration = machine.run((await stack.upload(declarationFile, await declarationOf(options.person), options.batches?.declaration)) as never);
  const [a, d] = await Promise.all([appeal, declaration]);
  return { appeal: a.output as unknown as ProcessResult, declaration: d.output as unknown as ProcessResult, declarationPath: d.path, declarationSpans: d.spans, declarationPauses: d.pauses, links };
}
