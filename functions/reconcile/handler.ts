import { z } from 'zod';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { stageHandler } from '#commons/handler';
import { env } from '#commons/env';
import { logger, metrics } from '#commons/powertools';
import { incomingObjects, readUpload, reportObject } from '#commons/reconcile';
import { stagePorts } from '#commons/ports';
import { dbFromEnv } from '#commons/store/service';
import { dueForReconcile, lastReconcileOf } from '#domain/reconcile-window';
import { RECONCILE_UNFINISHED_ERROR, watchStages } from '../watch-stages/watch.ts';

/**
 * The scheduled reconcile (functions/registry.ts triggerFunctions): every object under incoming/
 * past the grace period and within the last few days (domain/reconcile-window.ts) compared with the register, the same check as `postmottak reconcile`.
 * It publishes `UnfinishedDocuments` for an alarm (> 0) and lists the objects by key and document id;
 * an operator redrives them (StartExecution of the stages with the upload's state). It does not redrive
 * by itself: an unfinished document in AWS means something a person should look at. On the last run
 * that reads an upload (after it no run does, and the alarm would clear with nothing fixed) one still
 * unfinished is put in the review queue as the stages watchdog puts it (functions/watch-stages/watch.ts),
 * so it is an archivist's item that ReviewWaitingTooLong watches; UnfinishedRecordedToReview counts it.
 */
const ScheduledEvent = z.looseObject({ time: z.iso.datetime().optional() });


export const handler = stageHandler('reconcile', ScheduledEvent, async (event) => {
  const now = event.time ? new Date(event.time) : new Date();
  const db = dbFromEnv();
  const bucket = env.documentBucket();
  const unfinished: { key: string; documentId: string; status: string }[] = [];
  const recordedToReview: string[] = [];
  let checked = 0;
  for await (const { key, lastModified } of incomingObjects(bucket)) {
    // Past the grace period (it may still be on its way) and within the last days only: domain/reconcile-window.ts.
    if (!dueForReconcile(lastModified, now)) continue;
    checked += 1;
    const report = await reportObject(db, bucket, key);
    if (report.verdict.finished) continue;
    unfinished.push({ key: report.key, documentId: report.documentId, status: report.verdict.status });
    if (!lastReconcileOf(lastModified, now)) continue;
    const watched = await watchStages({ intake: report.intake, fileName: report.fileName }, { db, ports: stagePorts(), readOriginal: readUpload }, RECONCILE_UNFINISHED_ERROR);
    if (watched.outcome === 'recorded') recordedToReview.push(watched.documentId);
  }
  metrics.addMetric('UnfinishedDocuments', MetricUnit.Count, unfinished.length);
  metrics.addMetric('UnfinishedRecordedToReview', MetricUnit.Count, recordedToReview.length);
  // Counts and document ids only: a key can carry a person's name in its file name.
  logger.info('reconciled incoming/', { checked, unfinished: unfinished.length, documentIds: unfinished.map((u) => u.documentId).slice(0, 50), recordedToReview: recordedToReview.slice(0, 50) });
  return { checked, unfinished, recordedToReview };
});
