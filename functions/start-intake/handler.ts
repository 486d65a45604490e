import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { HeadObjectCommand, NotFound } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { s3Client } from '#commons/clients';
import { requireEnv } from '#commons/env';
import { logger, metrics, tracer } from '#commons/powertools';
import { eachRecord } from '#commons/sqs-records';
import { idempotentStart } from './idempotent-start.ts';
import { startIntakeFor, type StartIntakeDeps } from './start.ts';
import { watchedStart } from './watched-start.ts';

/**
 * The AWS trigger (not a task of the state machine): S3 "Object Created" under incoming/ ->
 * EventBridge -> SQS -> here -> StartExecution of the stages (statemachines/intake.asl.json, Express),
 * once per upload: a record per document id in the idempotency table (./idempotent-start.ts) makes a
 * repeated event start nothing. The queue gives retries, a dead-letter queue and a concurrency limit
 * (the event source's maximum concurrency) that an EventBridge target alone lacks. Each start also
 * sends the stages watchdog (functions/watch-stages) a delayed message: an execution that ends without
 * an outcome puts its document in review by itself. On a laptop local/
 * maps the upload with the same startRequestFor and runs the stages itself.
 */
const stateMachineArn = requireEnv('STATE_MACHINE_ARN');
const watchQueueUrl = requireEnv('STAGES_WATCH_QUEUE_URL');
const sfn = tracer.captureAWSv3Client(new SFNClient({}));
const sqs = tracer.captureAWSv3Client(new SQSClient({}));
const once = idempotentStart(
  watchedStart({
    async sendWatch(watch) {
      await sqs.send(new SendMessageCommand({ QueueUrl: watchQueueUrl, MessageBody: JSON.stringify(watch) }));
    },
    async startExecution({ name, input }) {
      await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
    },
  }),
  { tableName: requireEnv('IDEMPOTENCY_TABLE'), client: tracer.captureAWSv3Client(new DynamoDBClient({})) },
);

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
  startExecution: (request) => once.start(request),
};

async function startIntake(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  once.registerContext(context);
  return eachRecord(
    event,
    'intake could not start',
    async (record) => {
      const { documentId, outcome } = await startIntakeFor(record.body, deps);
      logger.info('intake', { documentId, outcome });
      metrics.addMetric(outcome === 'started' ? 'IntakeStarted' : 'IntakeDuplicate', MetricUnit.Count, 1);
    },
    () => metrics.addMetric('IntakeStartFailed', MetricUnit.Count, 1),
  );
}

export const handler = middy<SQSEvent, SQSBatchResponse, Error, Context>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .use(captureLambdaHandler(tracer))
  .handler(startIntake);
