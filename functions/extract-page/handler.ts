import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { s3Client } from '#commons/clients';
import { env } from '#commons/env';
import { stageHandler } from '#commons/handler';
import { logger, metrics } from '#commons/powertools';
import { loadConfig } from '#domain/config';
import { pageImageKey, pageTextKey, readPage, warmUpOcr } from '#domain/ocr/index';
import { FileFormat, type PageExtraction } from '#schemas/pipeline';

/**
 * One page of the ExtractPages Map state: the PDF text layer or OCR. The text and word boxes go to S3
 * beside the document; the state carries only the key and counts. The OCR workers live in module
 * scope (domain/ocr/pool.ts), so a warm Lambda reuses them.
 */
const PageJobInput = z.object({
  documentId: z.string(),
  bucket: z.string(),
  key: z.string(),
  format: FileFormat,
  pageIndex: z.number().int().nonnegative(),
  hasTextLayer: z.boolean(),
});

// In Lambda the OCR worker is made during init (top-level await), not by the first page: the
// invocation that reads the first page then spends its 120 s timeout on the page alone. Locally the CLI
// imports this module too and makes its workers when a page first needs one.
if (process.env.AWS_LAMBDA_FUNCTION_NAME) await warmUpOcr({ languages: loadConfig().ocr.languages });

export const handler = stageHandler('extract-page', PageJobInput, async (job): Promise<PageExtraction> => {
  const config = loadConfig();
  const object = await s3Client().send(new GetObjectCommand({ Bucket: job.bucket, Key: job.key }));
  const bytes = object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
  const started = Date.now();
  const { page, image } = await readPage(bytes, job.format, job.pageIndex, {
    hasTextLayer: job.hasTextLayer,
    languages: config.ocr.languages,
    targetDpi: config.ocr.targetDpi,
    maxPixelsPerPage: config.limits.maxPixelsPerPage,
  });

  const bucket = env.documentBucket();
  const textKey = pageTextKey(job.documentId, job.pageIndex);
  await Promise.all([
    s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: textKey, Body: JSON.stringify(page), ContentType: 'application/json' })),
    image
      ? s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: pageImageKey(job.documentId, job.pageIndex), Body: image, ContentType: 'image/png' }))
      : Promise.resolve(),
  ]);

  logger.info('page read', { documentId: job.documentId, pageIndex: job.pageIndex, source: page.source, chars: page.text.length, words: page.words.length, ms: Date.now() - started });
  metrics.addMetric(page.source === 'ocr' ? 'PagesOcr' : 'PagesTextLayer', 'Count', 1);
  return { pageIndex: job.pageIndex, source: page.source, textKey, chars: page.text.length, confidence: page.confidence };
});
