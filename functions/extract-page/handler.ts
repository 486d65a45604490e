import { s3BlobStore } from '#commons/blob-store';
import { stageHandler } from '#commons/handler';
import { logger, metrics } from '#commons/powertools';
import { loadConfig } from '#config/load';
import { readPage, warmUpOcr } from '#engines/ocr/index';
import { warmUpBarcodeThread } from '#engines/sheets/barcode-thread';
import { readSheetCodeOfPage } from '#engines/sheets/read-sheet-code';
import { extractPageStage, secondLookLogFields } from '#stages/extract-page';
import { PageJob, type PageExtraction } from '#schemas/pipeline';

// In Lambda the OCR worker and the barcode thread (zxing's WebAssembly prepared) are made during init
// (top-level await), not by the first page: the invocation that reads the first page then spends its
// 120 s timeout on the page alone. Locally the CLI imports this module too and makes them when a page
// first needs them.
if (process.env.AWS_LAMBDA_FUNCTION_NAME) await Promise.all([warmUpOcr({ languages: loadConfig().ocr.languages }), warmUpBarcodeThread()]);

/**
 * One page of the ExtractPages Map state (stages/extract-page.ts). The OCR workers live in module
 * scope (engines/ocr/pool.ts), so a warm Lambda reuses them.
 */
export const handler = stageHandler('extract-page', PageJob, async (job): Promise<PageExtraction> => {
  const started = Date.now();
  const { extraction, words, secondLook } = await extractPageStage(job, { config: loadConfig(), blobs: s3BlobStore(), readPage, readSheet: async (grey) => (await readSheetCodeOfPage(grey))?.code ?? null });
  logger.info('page read', { documentId: job.documentId, pageIndex: job.pageIndex, source: extraction.source, chars: extraction.chars, words, inState: extraction.inline !== undefined, sheet: extraction.sheet?.kind ?? null, ...secondLookLogFields(secondLook), ms: Date.now() - started });
  metrics.addMetric(extraction.source === 'ocr' ? 'PagesOcr' : 'PagesTextLayer', 'Count', 1);
  return extraction;
});
