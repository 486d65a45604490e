import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openLocalRuntime } from '../../local/service-runtime.ts';
import { appealOf } from '../../corpus/robustness-mail.ts';
import type { ProcessResult } from '../../schemas/pipeline.ts';
import { Gate } from '../support/interleaved-stack.ts';

/**
 * Session 12 left it: `upload` sends a file to a running `serve`, Ctrl-C stops the CLI, and serve goes on
 * with the file. The same command again, while serve still has the first upload in flight, sent the same
 * bytes as a second upload, whose Inspect found the bytes claimed with no outcome and, once its Retry was
 * spent, went to review as «Teknisk feil». The second must get the first's answer (SPEC "Duplicates and
 * re-runs"): one document, the line saying which it repeats, no technical failure.
 *
 * The first execution is held at Classify (past Inspect's claim) until the second has had every chance to
 * give up; POSTMOTTAK_FAULTS at rate 0 injects nothing and makes every Retry wait 0 ms, so a second that
 * does not wait for the first spends its Retry at once.
 */
describe('serve: the same bytes again while the first upload is still in flight', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-serve-in-flight-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('waits for the first and answers as its duplicate, never «Teknisk feil»', { timeout: 240_000 }, async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0 }));
    const released = new Gate();
    const firstAtClassify = new Gate();
    let heldOnce = false;
    const runtime = await openLocalRuntime({
      dataDir: path.join(dir, 'data'),
      command: 'test',
      stateMachine: {
        async beforeTask(state) {
          if (state !== 'Classify' || heldOnce) return;
          heldOnce = true;
          firstAtClassify.open();
          await released.opened;
        },
      },
    });
    try {
      const bytes = await appealOf(611);
      const upload = { bytes, fileName: 'klage.pdf', receivedDate: '2025-03-20', postmarkDate: null };
      const first = runtime.context.pipeline.intake!(upload);
      await firstAtClassify.opened;
      let secondDone = false;
      const second = runtime.context.pipeline.intake!(upload).finally(() => {
        secondDone = true;
      });
      // Time enough for a second that does not wait to go through Inspect, its Retry and RecordFailure.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const answeredWhileFirstHeld = secondDone;
      released.open();

      const firstLine = (await first) as ProcessResult;
      const secondLine = (await second) as typeof firstLine;
      expect(firstLine.status).toBe('routed');
      expect(firstLine.duplicateOf).toBeUndefined();
      expect(secondLine).toMatchObject({ status: 'routed', documentId: firstLine.documentId, duplicateOf: firstLine.documentId, caseId: firstLine.caseId, queue: firstLine.queue });
      expect(JSON.stringify(secondLine)).not.toMatch(/Teknisk feil|TransientError/);
      expect(answeredWhileFirstHeld).toBe(false);
    } finally {
      released.open();
      await runtime.close();
      vi.unstubAllEnvs();
    }
  });
});
