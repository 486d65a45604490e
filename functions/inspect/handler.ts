import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { s3Client } from '#commons/clients';
import { stageHandler } from '#commons/handler';
import { logger, metrics } from '#commons/powertools';
import { loadConfig } from '#domain/config';
import { contentDocumentId, documentIdFor, uploadIdentity } from '#domain/identity';
import { claimContent } from '#commons/store/content-claims';
import { dbFromEnv } from '#commons/store/service';
import { checkSize, inspectFile, type InspectOutcome } from '#domain/inspect/index';
import { IntakeInput, type Inspection } from '#schemas/pipeline';

/** Inspect: the real type, the page count and the limits; the pages to read, or why the file is rejected. */
const InspectInput = z.object({ intake: IntakeInput });

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

export const handler = stageHandler('inspect', InspectInput, async ({ intake }): Promise<Inspection> => {
  const config = loadConfig();
  let documentId = documentIdFor(intake);
  const object = { Bucket: intake.bucket, Key: intake.key, ...(intake.versionId ? { VersionId: intake.versionId } : {}) };

  // The size first, so an oversized upload is never downloaded.
  const head = await s3Client().send(new HeadObjectCommand(object));
  let outcome: InspectOutcome | null = checkSize(head.ContentLength ?? 0, config.limits);
  if (!outcome) {
    const body = await s3Client().send(new GetObjectCommand(object));
    const bytes = body.Body ? await body.Body.transformToByteArray() : new Uint8Array();
    // Identity by content (SPEC.md "Duplicates and re-runs"); an oversized file, never downloaded, keeps the upload's.
    documentId = contentDocumentId(bytes);
    const claim = await claimContent(dbFromEnv(), { documentId, upload: uploadIdentity(intake), fileName: intake.key.slice(intake.key.lastIndexOf('/') + 1), claimedAt: new Date().toISOString() });
    if (claim.duplicate) {
      logger.info('duplicate upload', { documentId });
      metrics.addMetric('DuplicateUpload', 'Count', 1);
      return { status: 'duplicate', documentId, duplicateOf: claim.duplicateOf, result: claim.result };
    }
    outcome = await inspectFile(bytes, config.limits, { renderDpi: config.ocr.targetDpi });
  }

  if (!outcome.ok) {
    logger.info('file rejected', { documentId, code: outcome.code });
    metrics.addMetric(`Rejected_${outcome.code}`, 'Count', 1);
    return { status: 'rejected', documentId, reason: outcome.reason };
  }
  const { format, pageCount, textLayer } = outcome;
  logger.info('file inspected', { documentId, format, pageCount, textLayerPages: textLayer.filter(Boolean).length });
  metrics.addMetric('PagesInspected', 'Count', pageCount);
  return {
    status: 'ok',
    documentId,
    format,
    pageCount,
    pageConcurrency: pageConcurrency(config.ocr.pageConcurrency),
    pages: textLayer.map((hasTextLayer, pageIndex) => ({ documentId, bucket: intake.bucket, key: intake.key, format, pageIndex, hasTextLayer })),
  };
});
