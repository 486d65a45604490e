import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderTextPdf } from '../../corpus/render.ts';
import { openLocalRuntime } from '../../local/service-runtime.ts';

/**
 * In AWS a Map whose iteration fails stops its other iterations. aws-local-stepfunctions aborts only
 * the iterations already started: the queued pages of a failed file went on starting (OCR, writes)
 * after the execution had answered, and the CLI's close waited for all of them. Here one page of 40
 * fails (POSTMOTTAK_FAULTS fatalAt) with 4 pages read at a time: no page may start once the answer is in.
 * Since the page iterator catches a failed page itself (the Map then completes, keeping the pages read),
 * that Catch alone keeps the first case true. The second is a failure no Catch takes (States.Runtime in
 * the iterator's own PageNotRead): the Map and the execution fail with pages still queued, and only the
 * ended mark that refuses any task of a run that has answered (local/state-machine.ts) keeps them from
 * starting.
 */
const pages = 40;
const text = (n: number) => Array.from({ length: 60 }, (_, i) => `Linje ${i + 1}: behandlingen var nødvendig etter sykdom og er dokumentert med kvitteringer. Side ${n}`);
const longFile = () => renderTextPdf(Array.from({ length: pages }, (_, i) => text(i + 1)), { fontSize: 7 });

describe('a failed execution starts no task after its answer', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-ended-'));
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0, fatalAt: 'ExtractPage' }));
    vi.stubEnv('PAGE_CONCURRENCY', '4');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads no page of the failed file after the answer, while closing or after', async () => {
    let answered = false;
    const started = { before: 0, after: 0 };
    const runtime = await openLocalRuntime({
      dataDir: path.join(dir, 'state'),
      command: 'test',
      stateMachine: {
        beforeTask(state) {
          if (state === 'ExtractPage') started[answered ? 'after' : 'before'] += 1;
        },
      },
    });
    const bytes = await longFile();
    const outcome = await runtime.context.pipeline.intake!({ bytes, fileName: 'lang.pdf', receivedDate: '2025-03-20', postmarkDate: null });
    answered = true;
    expect(outcome.status).toBe('review');
    expect(started.before).toBeGreaterThan(0);
    expect(started.before).toBeLessThan(pages);

    await runtime.close();
    // Whatever the interpreter still had queued had its chance to start: a macrotask after the close.
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.after).toBe(0);
  }, 120_000);
});

/** An error as aws-local-stepfunctions raises States.Runtime: no Retry and no Catch matches it. */
function uncatchable(message: string): Error {
  return Object.assign(new Error(message), { name: 'States.Runtime', isCatchable: false, isRetryable: false });
}

describe('an execution that fails past every Catch starts no task after its answer', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-ended-uncaught-'));
    vi.stubEnv('PAGE_CONCURRENCY', '4');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses the pages the interpreter still had queued when the Map failed', async () => {
    let answered = false;
    const started = { before: 0, after: 0 };
    const runtime = await openLocalRuntime({
      dataDir: path.join(dir, 'state'),
      command: 'test',
      stateMachine: {
        beforeTask(state, input) {
          if (state !== 'ExtractPage') return;
          started[answered ? 'after' : 'before'] += 1;
          // The fifth page fails with what the interpreter raises as States.Runtime (aws-local-stepfunctions'
          // StatesRuntimeError is neither retried nor caught; States.ALL does not take it in AWS either):
          // the iterator's Catch lets it through, and the Map fails with most of its pages not yet started.
          if ((input as { pageIndex?: number }).pageIndex === 4) throw uncatchable('page 5 could not be read');
        },
      },
    });
    try {
      const failure = await runtime.context.pipeline.intake!({ bytes: await longFile(), fileName: 'lang.pdf', receivedDate: '2025-03-20', postmarkDate: null }).then(
        () => null,
        (error: unknown) => error as Error & { cause?: Error },
      );
      answered = true;
      // The execution failed on the error no Catch took: nothing in the state machine kept the queued pages back.
      expect(failure?.name).toBe('ExecutionError');
      expect(failure?.cause?.name).toBe('States.Runtime');
      expect(started.before).toBeGreaterThanOrEqual(5);
      expect(started.before).toBeLessThan(pages);
    } finally {
      await runtime.close();
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.after).toBe(0);
  }, 120_000);
});
