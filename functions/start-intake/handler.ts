import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { HeadObjectCommand, NotFound } from '@aws-sdk/client-s3';
import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { s3Client } from '#commons/clients';
import { requireEnv } from '#commons/env';
import { logger, metrics, tracer } from '#commons/powertools';
import { startIntakeFor, type StartIntakeDeps } from './start.ts';

/**
 * The AWS trigger (not a task of the state machine): S3 "Object Created" under incoming/ ->
 * EventBridge -> SQS -> here -> StartExecution of the Standard guard (statemachines/intake-guard.asl.json,
 * which runs the stages as an Express execution). The queue gives retries, a dead-letter queue and a
 * concurrency limit (the event source's maximum concurrency) that an EventBridge target alone lacks.
 * On a laptop local/ starts the state machine itself, so this handler has no local twin.
 */
const stateMachineArn = requireEnv('STATE_MACHINE_ARN');
const sfn = tracer.captureAWSv3Client(new SFNClient({}));

const deps: StartIntakeDeps = {
  async headObject({ bucket, key, versionId }) {
    try {
      const head = await s3Client().send(new HeadObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
      return head.Metadata ?? {};
    } catch (error) {
      if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return null;
      throw error;
    }
  },
  async startExecution({ name, input }) {
    try {
      await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
      return 'started';
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists) return 'already-started';
      throw error;
    }
  },
};

async function startIntake(event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const { documentId, outcome } = await startIntakeFor(record.body, deps);
      logger.info('intake', { documentId, outcome });
      metrics.addMetric(outcome === 'started' ? 'IntakeStarted' : 'IntakeDuplicate', MetricUnit.Count, 1);
    } catch (error) {
      // The message id only: the key may carry a person's name in a file name.
      logger.error('intake could not start', { messageId: record.messageId, error: (error as Error).name });
      metrics.addMetric('IntakeStartFailed', MetricUnit.Count, 1);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}

export const handler = middy<SQSEvent, SQSBatchResponse, Error, Context>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .use(captureLambdaHandler(tracer))
  .handler(startIntake);
