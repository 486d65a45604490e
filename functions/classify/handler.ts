import { z } from 'zod';
import { s3BlobStore } from '#commons/blob-store';
import { stageHandler } from '#commons/handler';
import { logger, metrics } from '#commons/powertools';
import { loadConfig } from '#config/load';
import { idHashKey } from '#commons/store/id-hash-key';
import { classifyStage } from '#stages/classify';
import { warmUpModel } from '#domain/classify/index';
import { warmUpInLambdaInit } from '#commons/lambda-init-warm-up';
import { pageReferences } from '#domain/inline-page-texts';
import { Inspection, PageExtraction, type Classification } from '#schemas/pipeline';
import { ExecutionState } from '#schemas/state';

// The model's parse is paid in init (as Inspect warms pdf.js), not by the first document's Classify.
await warmUpInLambdaInit('Classifier model', warmUpModel);

/**
 * Classify: type, area, language, keywords, confidence and fields (stages/classify.ts). The model is
 * bundled with the function and parsed once per container. Logs carry counts and the decision, never
 * text or ids.
 */
const InspectionOk = Inspection.options[0];
// A part of a split file (an item of the Parts Map) carries its part instead of the file's inspection.
const ClassifyInput = ExecutionState.extend({ inspection: InspectionOk.optional(), pages: z.array(PageExtraction).min(1) }).refine((s) => s.inspection || s.part, 'the state has neither the inspection nor a part');

/**
 * The classification and the pages as references: the stage stored the texts that came in the state
 * before classifying, so the state machine carries no page text past here (PageTextsStored).
 */
export const handler = stageHandler('classify', ClassifyInput, async (state): Promise<{ classification: Classification; pages: PageExtraction[] }> => {
  const config = loadConfig();
  const started = performance.now();
  const classification = await classifyStage(state.pages, { config, blobs: s3BlobStore(), idHashKey }, { fileDocumentId: state.inspection?.documentId, part: state.part, receivedDate: state.intake.receivedDate });
  logger.info('classified', {
    documentId: state.part?.documentId ?? state.inspection?.documentId,
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
  return { classification, pages: pageReferences(state.pages) };
});
