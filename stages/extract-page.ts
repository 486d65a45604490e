import type { PostmottakConfig } from '#schemas/config';
import type { FileFormat, PageExtraction, PageJob } from '#schemas/pipeline';
import { documentTextKey, pageTextKey } from '#domain/page-keys';
import type { BlobStore } from './ports.ts';
import type { SheetCode } from '#schemas/sheets';
import { sheetCodeInText } from '#domain/sheets/sheet-code';

/** A page as grey pixels (engines/images/prepare.ts PreparedPage): what OCR reads and the sheet-code check looks at. */
export interface GreyPageImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  dpi: number;
}

/** What the engine (engines/ocr readPage) answers for a page: its text and, for OCR, the prepared page. */
export type ReadPage = (
  bytes: Uint8Array,
  format: FileFormat,
  pageIndex: number,
  options: { hasTextLayer: boolean; languages: readonly string[]; targetDpi: number; maxPixelsPerPage: number; needsNoReading?: ((page: GreyPageImage) => Promise<boolean>) | undefined },
) => Promise<{
    page: { source: PageExtraction['source']; text: string; confidence: number; words: readonly unknown[] };
    prepared?: GreyPageImage | undefined;
    /** Degrees the page was turned to be read upright. */
    turn?: number | undefined;
    /** What the second look at a skewed page's unread ink did (engines/ocr/skew-reading.ts). */
    secondLook?: SecondLookFigures | undefined;
  }>

/** engines/ocr's SecondLookOutcome, as far as the "page read" log line needs it. */
export type SecondLookFigures = { fired: boolean; kept: string; skew: number; unreadBefore: number; unreadAfter: number } | { failed: true; kept: 'first' };

/**
 * The second look's counts and flags for the "page read" log line, never text: whether it fired or
 * failed, which reading was kept, the angle the page was straightened by, the unread shares (2 decimals).
 */
export function secondLookLogFields(look: SecondLookFigures | undefined): Record<string, string | number> {
  if (!look) return {};
  if ('failed' in look) return { secondLook: 'failed' };
  if (!look.fired) return { secondLook: 'not_fired', unread: round2(look.unreadBefore) };
  return { secondLook: look.kept, skewDeg: look.skew, unread: round2(look.unreadBefore), unreadAfter: round2(look.unreadAfter) };
}
const round2 = (share: number) => Math.round(share * 100) / 100;

/** Reads a cover or separator sheet's code from a prepared page (engines/sheets). */
export type ReadSheet = (page: GreyPageImage) => Promise<SheetCode | null>;

export interface ExtractPagePorts {
  config: PostmottakConfig;
  blobs: BlobStore;
  readPage: ReadPage;
  /** Absent: sheets are not looked for (a text-layer page is still checked for a sheet's code line). */
  readSheet?: ReadSheet | undefined;
}

/**
 * ExtractPage: one page's text (the PDF text layer or OCR). The text and word boxes go back in the
 * state when they fit the page's share of it (job.inlineBytes), else to the blob store beside the
 * document; the extraction says where they are (textKey).
 */
export async function extractPageStage(job: PageJob, ports: ExtractPagePorts): Promise<{ extraction: PageExtraction; words: number; secondLook?: SecondLookFigures | undefined }> {
  const { config, blobs } = ports;
  const bytes = await blobs.get({ bucket: job.bucket, key: job.key, versionId: job.versionId });
  // A cover or separator sheet is known by its code, read from the prepared image before OCR, which
  // such a page is spared; or from the code line of a sheet merged into a PDF as text.
  const looked: { called: boolean; sheet: SheetCode | null } | null = ports.readSheet ? { called: false, sheet: null } : null;
  const readSheet = ports.readSheet;
  const { page, prepared, turn, secondLook } = await ports.readPage(bytes, job.format, job.pageIndex, {
    hasTextLayer: job.hasTextLayer,
    languages: config.ocr.languages,
    targetDpi: config.ocr.targetDpi,
    maxPixelsPerPage: config.limits.maxPixelsPerPage,
    ...(readSheet && looked
      ? {
          needsNoReading: async (grey: GreyPageImage) => {
            looked.called = true;
            looked.sheet = await readSheet(grey);
            return looked.sheet !== null;
          },
        }
      : {}),
  });
  // A reader that did not look before OCR (no page then) gets its page looked at now.
  if (readSheet && looked && !looked.called && prepared) looked.sheet = await readSheet(prepared);
  const sheet = looked?.sheet ?? sheetCodeInText(page.text);
  // A sheet is no part of the document: neither its text nor its image is kept with it. An OCR page's
  // image is not stored now: most are never looked at; the service makes it from the original the
  // first time an archivist opens the page (service/adapters/s3-document-files.ts), from what this says.
  const kept = sheet
    ? { ...page, text: '', words: [], sheet }
    : prepared
      ? { ...page, imageFrom: { bucket: job.bucket, key: job.key, versionId: job.versionId ?? null, etag: job.etag ?? null, format: job.format, pageIndex: job.pageIndex, turn: turn ?? 0 } }
      : page;
  const json = JSON.stringify(kept);
  const extraction = { pageIndex: job.pageIndex, source: page.source, chars: kept.text.length, confidence: page.confidence, ...(sheet ? { sheet } : {}) };
  // Within its share of the state the page goes to Classify in it, which stores the document's pages
  // with one PUT; a larger page is stored here, on its own key, as every page was before session 7.
  if (Buffer.byteLength(json, 'utf8') <= (job.inlineBytes ?? 0)) {
    return { extraction: { ...extraction, textKey: documentTextKey(job.documentId), inline: kept }, words: kept.words.length, secondLook };
  }
  const textKey = pageTextKey(job.documentId, job.pageIndex);
  await blobs.put(textKey, json, 'application/json');
  return { extraction: { ...extraction, textKey }, words: kept.words.length, secondLook };
}
