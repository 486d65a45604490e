/**
 * Where a document's derived data lives in the document bucket. Text and images never travel in the
 * state machine's state (size limit, personal data in execution history): stages pass these keys.
 */
export const documentPrefix = (documentId: string) => `documents/${documentId}/`;

/** PageText JSON of one page (0-based index). */
export const pageTextKey = (documentId: string, pageIndex: number) => `${documentPrefix(documentId)}pages/${pageIndex}.json`;

/** The prepared page image OCR read (PNG, greyscale, at config.ocr.targetDpi); word boxes are in its pixels. */
export const pageImageKey = (documentId: string, pageIndex: number) => `${documentPrefix(documentId)}pages/${pageIndex}.png`;
