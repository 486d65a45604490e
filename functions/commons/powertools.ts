import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * One logger, metrics and tracer per process. Log lines carry identifiers (documentId, caseId, stage)
 * and counts, never a national id or a document's text: medical declarations are special-category data.
 */
export const logger = new Logger({ serviceName: 'postmottak' });
export const metrics = new Metrics({ namespace: 'postmottak', serviceName: 'postmottak' });
export const tracer = new Tracer({ serviceName: 'postmottak' });
