/**
 * A page's text and word boxes travel in the Express execution's state, instead of a PUT per page and
 * a GET per page back in Classify, when the whole document's pages fit beside everything else the
 * state carries; Classify then stores them with one PUT (domain/page-keys.ts documentTextKey). A page
 * over its share goes to the bucket as before (pageTextKey), so no document can break the state limit.
 *
 * Why the text may be in the state: an Express execution keeps no history; its log is at
 * includeExecutionData false (infra/constructs/intake-state-machine.ts); its state is encrypted with
 * the stack's key. What is kept after the execution (a review item's resume) keeps references only
 * (pageReferences below).
 */

/** Step Functions' limit on a state's input or output: 256 KiB of UTF-8. */
export const STATE_LIMIT_BYTES = 256 * 1024;
/**
 * What the state carries besides page texts, whatever the page count: intake, file name,
 * classification (fields, explanation, bundle analysis), link, registration, deadlines, letters, a
 * caught error. scripts/measure-state-sizes.ts: 3.0-3.8 KB for samples/01-05 without texts, 9.3 KB
 * for a 23-page batch of 12 letters; over three times that is kept.
 */
export const STATE_RESERVE_BYTES = 32 * 1024;
/**
 * Per page besides its text: its Map job in the inspection and its extraction (0.4 KB a page in the
 * same batch), and, were every page a part of a split file, that part's line in the file's answer
 * (0.8 KB a part): 1.2 KB, with room to spare.
 */
export const STATE_BYTES_PER_PAGE = 2 * 1024;

/**
 * What the upload's names add to the state: the object key is in the intake and in every page's Map
 * job, and again in each OCR page's image source while its text travels; the file name is in the state
 * and in the answer. S3 allows a key of 1,024 bytes, so these are counted as they are, not budgeted.
 */
export interface CarriedNames {
  key: string;
  fileName: string;
}

const jsonBytes = (text: string) => Buffer.byteLength(JSON.stringify(text), 'utf8');

/** The UTF-8 bytes one page of a `pageCount`-page document may take in the state (0: every page to the bucket). */
export function inlinePageBytes(pageCount: number, names: CarriedNames = { key: '', fileName: '' }): number {
  if (pageCount <= 0) return 0;
  const keyBytes = jsonBytes(names.key);
  const fileNameBytes = jsonBytes(names.fileName);
  const free = STATE_LIMIT_BYTES - STATE_RESERVE_BYTES - 2 * (keyBytes + fileNameBytes) - pageCount * (STATE_BYTES_PER_PAGE + 2 * keyBytes);
  return Math.max(0, Math.floor(free / pageCount));
}

/** A page's extraction as it is kept after the execution: where its text is, never the text. */
export function pageReferences<P extends { inline?: unknown }>(pages: readonly P[]): Omit<P, 'inline'>[] {
  return pages.map(({ inline: _inline, ...reference }) => reference);
}

/** The document text artefact's JSON: the pages that travelled in the state, each with its index. */
export interface DocumentTexts<T> {
  pages: (T & { pageIndex: number })[];
}

/** A page from what a text key holds: the document's artefact (find its index) or one page's JSON. */
export function pageFromStored<T>(stored: unknown, pageIndex: number): T | null {
  if (stored && typeof stored === 'object' && Array.isArray((stored as { pages?: unknown }).pages)) {
    return ((stored as DocumentTexts<T>).pages.find((p) => p.pageIndex === pageIndex) as T | undefined) ?? null;
  }
  return (stored as T | null) ?? null;
}
