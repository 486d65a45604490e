/**
 * Where a document's derived data lives in the document bucket. Images never travel in the state
 * machine's state; a page's text does only when it is small (domain/inline-page-texts.ts), and is then
 * stored once per document, in the document's text artefact, by Classify.
 */
/** Every document's derived data (texts, word boxes, page images) is under this prefix. */
export const documentsPrefix = 'documents/';

export const documentPrefix = (documentId: string) => `${documentsPrefix}${documentId}/`;

/** PageText JSON of one page (0-based index): a page too large to travel in the state, or read before session 7. */
export const pageTextKey = (documentId: string, pageIndex: number) => `${documentPrefix(documentId)}pages/${pageIndex}.json`;

/** The document's text artefact: `{ pages: [PageText with its pageIndex, ...] }` of every page that travelled in the state. */
export const documentTextKey = (documentId: string) => `${documentPrefix(documentId)}pages.json`;

/** The prepared page image OCR read (PNG, greyscale, at config.ocr.targetDpi); word boxes are in its pixels. */
export const pageImageKey = (documentId: string, pageIndex: number) => `${documentPrefix(documentId)}pages/${pageIndex}.png`;
