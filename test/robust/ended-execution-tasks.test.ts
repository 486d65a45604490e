import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderTextPdf } from '../../corpus/render.ts';
import { openLocalRuntime } from '../../local/service-runtime.ts';

/**
 * In AWS a Map whose iteration fails stops its other iterations. aws-local-stepfunctions aborts only
 * the iterations already started: the queued pages of a failed file went on starting (OCR, writes)
 * after the execution had answered, and the CLI's close waited for all of them. Here a page of 40
 * fails with 4 pages read at a time: no page may start once the answer is in.
 * A page that fails as a Lambda fails (POSTMOTTAK_FAULTS fatalAt) is caught by the page iterator itself
 * (the Map then completes, keeping the pages read): that Catch alone keeps the first case true. The
 * second is a failure no Catch takes (States.Runtime): the Map and the execution fail with pages still
 * queued, and only the ended mark that refuses any task of a run that has answered
 * (local/state-machine.ts) keeps them from starting — without it, 30 of them start after the answer.
 */
const pages = 40;
const text = (n: number) => Array.from({ length: 60 }, (_, i) => `Linje ${i + 1}: behandlingen var nødvendig etter sykdom og er dokumentert med kvitteringer. Side ${n}`);

/** An error as aws-local-stepfunctions raises States.Runtime: no Retry and no Catch matches it (nor States.ALL in AWS). */
function uncatchable(message: string): Error {
  return Object.assign(new Error(message), { name: 'States.Runtime', isCatchable: false, isRetryable: false });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-ended-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * The 40-page file through a runtime of its own, 4 pages at a time; `beforePage` may throw for a page.
 * Counts the pages started before the answer and after it — while closing, and a macrotask after the
 * close, when whatever the interpreter still had queued has had its chance to start.
 */
async function readLongFile(name: string, beforePage: (pageIndex: number) => void = () => {}) {
  vi.stubEnv('PAGE_CONCURRENCY', '4');
  let answered = false;
  const started = { before: 0, after: 0 };
  const runtime = await openLocalRuntime({
    dataDir: path.join(dir, name),
    command: 'test',
    stateMachine: {
      beforeTask(state, input) {
        if (state !== 'ExtractPage') return;
        started[answered ? 'after' : 'before'] += 1;
        beforePage((input as { pageIndex: number }).pageIndex);
      },
    },
  });
  let answer: { outcome: { status: string } } | { error: Error & { cause?: Error } };
  try {
    const bytes = await renderTextPdf(Array.from({ length: pages }, (_, i) => text(i + 1)), { fontSize: 7 });
    answer = await runtime.context.pipeline.intake!({ bytes, fileName: 'lang.pdf', receivedDate: '2025-03-20', postmarkDate: null }).then(
      (outcome) => ({ outcome }),
      (error: unknown) => ({ error: error as Error & { cause?: Error } }),
    );
    answered = true;
  } finally {
    await runtime.close();
  }
  await new Promise((resolve) => setImmediate(resolve));
  return { answer, started };
}

describe('a failed execution starts no task after its answer', () => {
  it('reads no page of the failed file after the answer, while closing or after', async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0, fatalAt: 'ExtractPage' }));
    const { answer, started } = await readLongFile('caught');
    expect('outcome' in answer && answer.outcome.status).toBe('review');
    expect(started.before).toBeGreaterThan(0);
    expect(started.before).toBeLessThan(pages);
    expect(started.after).toBe(0);
  }, 120_000);

  it('refuses the pages the interpreter still had queued when a failure no Catch takes failed the Map', async () => {
    // The fifth page fails past the iterator's Catch and the Map's: the execution fails with most of its pages not yet started.
    const { answer, started } = await readLongFile('uncaught', (pageIndex) => {
      if (pageIndex === 4) throw uncatchable('page 5 could not be read');
    });
    // It failed on the error no Catch took: nothing in the state machine itself kept the queued pages back.
    expect('error' in answer && answer.error.name).toBe('ExecutionError');
    expect('error' in answer && answer.error.cause?.name).toBe('States.Runtime');
    expect(started.before).toBeGreaterThanOrEqual(5);
    expect(started.before).toBeLessThan(pages);
    expect(started.after).toBe(0);
  }, 120_000);
});
