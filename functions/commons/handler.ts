import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import { logger, metrics, tracer } from './powertools.ts';

/**
 * Wraps a stage function as a Lambda handler: the event is parsed with the stage's zod schema (one
 * schema gives the runtime check and the type), then Powertools logging, metrics and tracing.
 * The same exported handler is what local/ binds to the state machine's task states.
 */
export function stageHandler<S extends z.ZodType, R>(stage: string, schema: S, fn: (input: z.infer<S>) => Promise<R>) {
  return middy<z.infer<S>, R, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(captureLambdaHandler(tracer))
    .use(parser({ schema }))
    .handler(async (input) => {
      logger.appendKeys({ stage });
      const result = await fn(input);
      // One throughput metric per stage, so the dashboard shows where documents are (and every
      // invocation publishes something: Powertools warns on an empty flush). A single metric, so the
      // stage dimension stays on it and off the stage's other metrics, which alarms match by service.
      const completed = metrics.singleMetric();
      completed.addDimension('stage', stage);
      completed.addMetric('StageCompleted', MetricUnit.Count, 1);
      return result;
    });
}
