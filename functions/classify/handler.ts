import { GetObjectCommand } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { s3Client } from '#commons/clients';
import { env } from '#commons/env';
import { stageHandler } from '#commons/handler';
import { logger, metrics } from '#commons/powertools';
import { loadConfig } from '#domain/config';
import { classificationOf, type PageTextIn } from '#domain/classify/stage';
import { Inspection, PageExtraction, type Classification } from '#schemas/pipeline';
import { ExecutionState } from '#schemas/state';

/**
 * Classify: reads each page's text from S3 (written by ExtractPage), then type, area, language,
 * keywords, confidence and fields (domain/classify, domain/fields). The model is bundled with the
 * function and parsed once per container. Logs carry counts and the decision, never text or ids.
 */
const InspectionOk = Inspection.options[0];
const ClassifyInput = ExecutionState.extend({ inspection: InspectionOk, pages: z.array(PageExtraction).min(1) });
const StoredPageText = z.object({ text: z.string() });

async function pageText(bucket: string, page: PageExtraction): Promise<PageTextIn> {
  const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: page.textKey }));
  const body = object.Body ? await object.Body.transformToString('utf-8') : '';
  const { text } = StoredPageText.parse(JSON.parse(body));
  return { pageIndex: page.pageIndex, source: page.source, text };
}

export const handler = stageHandler('classify', ClassifyInput, async (state): Promise<Classification> => {
  const config = loadConfig();
  const bucket = env.documentBucket();
  const pages = await Promise.all(state.pages.map((p) => pageText(bucket, p)));
  const started = performance.now();
  const classification = classificationOf(pages, config);
  logger.info('classified', {
    documentId: state.inspection.documentId,
    documentType: classification.documentType,
    area: classification.area,
    language: classification.language,
    confidence: classification.confidence,
    textSource: classification.textSource,
    noText: classification.reviewReason !== null,
    modelVersion: classification.modelVersion,
    ms: Math.round(performance.now() - started),
  });
  metrics.addMetric(classification.confidence >= config.reviewThreshold ? 'ClassifiedConfident' : 'ClassifiedUnsure', 'Count', 1);
  return classification;
});
