import { z } from 'zod';
import { s3BlobStore } from '#commons/blob-store';
import { stageHandler } from '#commons/handler';
import { eventPublisherFromEnv } from '#commons/events/publisher-from-env';
import { logger, metrics } from '#commons/powertools';
import { loadConfig } from '#config/load';
import { inspectFile } from '#engines/inspect-file';
import { warmUpPdf } from '#engines/pdf/warm-up';
import { warmUpInLambdaInit } from '#commons/lambda-init-warm-up';
import { inspectStage } from '#stages/inspect';
import { dynamoContentClaims } from '#commons/store/content-claims';
import { dynamoBatchRoll } from '#commons/store/batch-roll';
import { dbFromEnv } from '#commons/store/service';
import { IntakeInput, type Inspection } from '#schemas/pipeline';

/** Inspect: the real type, the page count and the limits; the pages to read, or why the file is rejected. */
// The file name (percent-decoded from the upload's metadata) counts against the state's limit.
const InspectInput = z.object({ intake: IntakeInput, fileName: z.string().optional() });

// pdf.js loads its worker code at the first document it parses, not at import: in Lambda that is done
// during init (engines/pdf/warm-up.ts), not by the first upload's Inspect. A failed warm-up (even a
// configuration that does not load, which the first invocation then reports) costs only the first document's time.
await warmUpInLambdaInit('PDF', () => warmUpPdf(loadConfig().limits, loadConfig().ocr.targetDpi));

/**
 * The Map's page concurrency. In AWS the stack sets PAGE_CONCURRENCY (every page is its own Lambda
 * invocation, and the stages must finish within an Express execution's 5 minutes); on a laptop the
 * configuration's value fits the cores.
 */
function pageConcurrency(configured: number): number {
  const raw = process.env.PAGE_CONCURRENCY;
  if (raw === undefined || raw === '') return configured;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`PAGE_CONCURRENCY must be a positive whole number, not '${raw}'`);
  return value;
}

export const handler = stageHandler('inspect', InspectInput, async ({ intake, fileName }): Promise<Inspection> => {
  const config = loadConfig();
  const { inspection, outcome } = await inspectStage(intake, {
    config,
    blobs: s3BlobStore(),
    inspectFile,
    pageConcurrency: () => pageConcurrency(config.ocr.pageConcurrency),
    claims: dynamoContentClaims(dbFromEnv()),
    events: eventPublisherFromEnv(),
    clock: { now: () => new Date() },
    batches: dynamoBatchRoll(dbFromEnv(), () => new Date()),
  }, fileName);
  if (!outcome) {
    logger.info('duplicate upload', { documentId: inspection.documentId });
    metrics.addMetric('DuplicateUpload', 'Count', 1);
    return inspection;
  }
  if (!outcome.ok) {
    logger.info('file rejected', { documentId: inspection.documentId, code: outcome.code });
    metrics.addMetric(`Rejected_${outcome.code}`, 'Count', 1);
    return inspection;
  }
  logger.info('file inspected', { documentId: inspection.documentId, format: outcome.format, pageCount: outcome.pageCount, textLayerPages: outcome.textLayer.filter(Boolean).length });
  metrics.addMetric('PagesInspected', 'Count', outcome.pageCount);
  return inspection;
});
