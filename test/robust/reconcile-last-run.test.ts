import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalStack } from '#local/stack';
import { documentIdFor } from '#domain/identity';
import { dailyReconcileWindow } from '#domain/reconcile-window';
import { unfinishedDocumentsMetric, unfinishedRecordedMetric } from '../../infra/constructs/operations.ts';
import { getDocumentAsStored } from '../../functions/commons/store/documents.ts';
import { dbFromEnv } from '../../functions/commons/store/service.ts';
import { RECONCILE_UNFINISHED_ERROR } from '../../functions/watch-stages/watch.ts';

/**
 * QA s10 fix review: the scheduled reconcile reads an upload for `windowDays` only, so one still
 * unfinished on its last day aged out of the run and DocumentsUnfinished went OK with nothing fixed.
 * On that last run it is now put in the review queue (as the stages watchdog would), where an
 * archivist sees it and ReviewWaitingTooLong watches it. Against the embedded stack (loopback S3 and DynamoDB).
 */
const context = { functionName: 'reconcile', awsRequestId: 'r', getRemainingTimeInMillis: () => 900_000 } as unknown as Context;
const DAY = 86_400_000;

describe('the scheduled reconcile on the last day it reads an upload', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-reconcile-last-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('puts an upload still unfinished in the review queue, once, before it leaves the window', { timeout: 120_000 }, async () => {
    const stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
    try {
      const { uploadScanBytes } = await import('#local/intake');
      // An upload whose execution never started (the trigger's message lost, and the watchdog's with it).
      const upload = await uploadScanBytes(stack.bucket, new TextEncoder().encode(`%PDF-1.7 synthetic lost upload ${Math.random()}`), 'skann.pdf', { receivedDate: '2025-03-20', postmarkDate: null });
      const uploadId = documentIdFor(upload.intake);
      const { handler } = await import('../../functions/reconcile/handler.ts');
      const { metrics } = await import('../../functions/commons/powertools.ts');
      const published = vi.spyOn(metrics, 'addMetric');
      const runAt = (ms: number) => handler({ time: new Date(Date.now() + ms).toISOString() } as never, context);
      try {
        // The first run, an hour on: unfinished, alarmed, and left for a person (or the watchdog).
        const first = await runAt(3_600_000);
        expect(first.unfinished.map((u) => u.status)).toEqual(['never-started']);
        expect(first.recordedToReview).toEqual([]);
        expect(await getDocumentAsStored(dbFromEnv(), uploadId)).toBeNull();

        // The last run that reads it: still unfinished, so it becomes an archivist's item.
        const lastAt = (dailyReconcileWindow.windowDays - 1) * DAY + 3_600_000;
        published.mockClear();
        const last = await runAt(lastAt);
        expect(last.unfinished.map((u) => u.status)).toEqual(['never-started']);
        expect(last.recordedToReview).toEqual([uploadId]);
        expect(published).toHaveBeenCalledWith(unfinishedDocumentsMetric.metricName, 'Count', 1);
        expect(published).toHaveBeenCalledWith(unfinishedRecordedMetric.metricName, 'Count', 1);
        const stored = await getDocumentAsStored(dbFromEnv(), uploadId);
        expect(stored).toMatchObject({ status: 'review', queue: 'review' });
        expect(stored?.reasonCode).toMatchObject({ code: 'technical_failure', params: { stage: 'inspect', error: RECONCILE_UNFINISHED_ERROR } });

        // A retry of that run finds it in review: nothing recorded twice, nothing unfinished.
        const retried = await runAt(lastAt);
        expect(retried).toMatchObject({ checked: 1, unfinished: [], recordedToReview: [] });
        // Past the window no run reads it; it waits in the review queue, not out of sight.
        expect(await runAt(dailyReconcileWindow.windowDays * DAY + 3_600_000)).toEqual({ checked: 0, unfinished: [], recordedToReview: [] });
      } finally {
        published.mockRestore();
      }
    } finally {
      await stack.stop();
    }
  });
});
