import type { PostmottakConfig } from '#schemas/config';
import type { FileFormat, PageExtraction } from '#schemas/pipeline';
import { pageImageKey, pageTextKey } from '#domain/page-keys';
import type { BlobStore } from './ports.ts';

export interface PageJob {
  documentId: string;
  bucket: string;
  key: string;
  format: FileFormat;
  pageIndex: number;
  hasTextLayer: boolean;
}

/** What the engine (engines/ocr readPage) answers for a page: its text and, for OCR, the prepared image. */
export type ReadPage = (bytes: Uint8Array, format: FileFormat, pageIndex: number, options: { hasTextLayer: boolean; languages: readonly string[]; targetDpi: number; maxPixelsPerPage: number }) => Promise<{
    page: { source: PageExtraction['source']; text: string; confidence: number; words: readonly unknown[] };
    image?: Uint8Array | undefined;
  }>

export interface ExtractPagePorts {
  config: PostmottakConfig;
  blobs: BlobStore;
  readPage: ReadPage;
}

/**
 * ExtractPage: one page's text (the PDF text layer or OCR). The text and word boxes go to the blob
 * store beside the document; the state carries only the key and counts.
 */
export async function extractPageStage(job: PageJob, ports: ExtractPagePorts): Promise<{ extraction: PageExtraction; words: number }> {
  const { config, blobs } = ports;
  const bytes = await blobs.get({ bucket: job.bucket, key: job.key });
  const { page, image } = await ports.readPage(bytes, job.format, job.pageIndex, {
    hasTextLayer: job.hasTextLayer,
    languages: config.ocr.languages,
    targetDpi: config.ocr.targetDpi,
    maxPixelsPerPage: config.limits.maxPixelsPerPage,
  });
  const textKey = pageTextKey(job.documentId, job.pageIndex);
  await Promise.all([
    blobs.put(textKey, JSON.stringify(page), 'application/json'),
    image ? blobs.put(pageImageKey(job.documentId, job.pageIndex), image, 'image/png') : Promise.resolve(),
  ]);
  return { extraction: { pageIndex: job.pageIndex, source: page.source, textKey, chars: page.text.length, confidence: page.confidence }, words: page.words.length };
}
