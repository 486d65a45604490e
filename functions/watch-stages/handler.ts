import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { readUpload } from '#commons/reconcile';
import { logger, metrics, tracer } from '#commons/powertools';
import { stagePorts } from '#commons/ports';
import { dbFromEnv } from '#commons/store/service';
import { StagesWatch } from '#commons/stages-watch';
import { eachRecord } from '#commons/sqs-records';
import { watchStages, type WatchDeps } from './watch.ts';

/**
 * The stages watchdog (README "Why no guard"): start-intake sends a message per started upload to a
 * check queue that delays it 10 minutes; here each is checked against the register and, when its
 * document has no outcome, recorded to review as RecordFailure records it (./watch.ts). A message that
 * fails is retried by the queue and, after five tries, lands in the watchdog's dead-letter queue, which
 * alarms.
 */
async function watch(event: SQSEvent): Promise<SQSBatchResponse> {
  const deps: WatchDeps = { db: dbFromEnv(), ports: stagePorts(), readOriginal: readUpload };
  return eachRecord(event, 'the stages watchdog could not check an upload', async (record) => {
    const result = await watchStages(StagesWatch.parse(JSON.parse(record.body)), deps);
    if (result.outcome === 'recorded') {
      // The document id only: the key and file name can carry a person's name.
      logger.warn('an execution ended without an outcome; its document is in review now', { documentId: result.documentId, was: result.was });
      metrics.addMetric('UnfinishedRecordedToReview', MetricUnit.Count, 1);
    } else {
      metrics.addMetric('StagesFinished', MetricUnit.Count, 1);
    }
  });
}

export const handler = middy<SQSEvent, SQSBatchResponse, Error, Context>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .use(captureLambdaHandler(tracer))
  .handler(watch);
