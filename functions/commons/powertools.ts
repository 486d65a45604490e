import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * One logger, metrics and tracer per process. Log lines carry identifiers (documentId, caseId, stage)
 * and counts, never a national id or a document's text: medical declarations are special-category data.
 */
export const logger = new Logger({ serviceName: 'postmottak' });
/**
 * Where the embedded stack runs, metrics are disabled and Powertools' "No application metrics to
 * publish" warning was most of standard error (138 of 201 lines in a batch): it is dropped there. In
 * AWS metrics are on and the warning stays, since there it means a handler published nothing.
 */
const metricsLogger = {
  debug: (...args: unknown[]) => console.debug(...args),
  info: (...args: unknown[]) => console.info(...args),
  error: (...args: unknown[]) => console.error(...args),
  warn: (...args: unknown[]) => {
    if (process.env.POWERTOOLS_METRICS_DISABLED === 'true' && String(args[0]).startsWith('No application metrics to publish')) return;
    console.warn(...args);
  },
};
export const metrics = new Metrics({ namespace: 'postmottak', serviceName: 'postmottak', logger: metricsLogger });
export const tracer = new Tracer({ serviceName: 'postmottak' });
