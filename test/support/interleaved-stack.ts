import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
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
