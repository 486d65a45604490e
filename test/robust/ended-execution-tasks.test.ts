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
 * two things keep this true: that Catch, and the ended mark that refuses any task of a run that has
 * answered (local/state-machine.ts). The test guards the behaviour; the mark alone is no longer what
 * it isolates.
 */
const pages = 40;

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
    const text = (n: number) => Array.from({ length: 60 }, (_, i) => `Linje ${i + 1}: behandlingen var nødvendig etter sykdom og er dokumentert med kvitteringer. Side ${n}`);
    const bytes = await renderTextPdf(Array.from({ length: pages }, (_, i) => text(i + 1)), { fontSize: 7 });
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
