import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * One logger, metrics and tracer per process. Log lines carry identifiers (documentId, caseId, stage)
 * and counts, never a national id or a document's text: medical declarations are special-category data.
 */
export const logger = new Logger({ serviceName: 'postmottak' });
/**
 * Powertools' "No application metrics to publish" warning is dropped everywhere. Where the embedded
 * stack runs it was most of standard error (138 of 201 lines in a batch). In AWS it came on every
 * invocation, because a stage's StageCompleted goes out through its own single metric
 * (functions/commons/handler.ts) and leaves the shared flush empty: a WARN line an invocation that says
 * nothing, ingested and paid for (scripts/measure-log-bytes.ts: 167 of a warm invocation's 912 bytes).
 */
const metricsLogger = {
  debug: (...args: unknown[]) => console.debug(...args),
  info: (...args: unknown[]) => console.info(...args),
  error: (...args: unknown[]) => console.error(...args),
  warn: (...args: unknown[]) => {
    if (String(args[0]).startsWith('No application metrics to publish')) return;
    console.warn(...args);
  },
};
export const metrics = new Metrics({ namespace: 'postmottak', serviceName: 'postmottak', logger: metricsLogger });
export const tracer = new Tracer({ serviceName: 'postmottak' });
