import type { BundleAnalysis, DocumentPart } from '../../schemas/bundles.ts';
import type { SheetCode } from '../../schemas/sheets.ts';

/**
 * A part's document id: the file's content id and the part's number. The same bytes give the same
 * ids on every run, so a re-run or a second delivery registers no part twice.
 */
export function partDocumentId(fileDocumentId: string, part: number): string {
  return `${fileDocumentId}-${part}`;
}

/** The file's id a part's document id was made from (partDocumentId read back); null when the id is no id of that part. */
export function fileIdOfPart(documentId: string, part: number): string | null {
  const suffix = partDocumentId('', part);
  return Number.isInteger(part) && part > 0 && documentId.length > suffix.length && documentId.endsWith(suffix) ? documentId.slice(0, -suffix.length) : null;
}

/**
 * The documents a split file becomes (SPEC.md "Cover sheets, separator sheets and bundles"), or null
 * when it is one document. An attachment's main document is the main part before it (parts of one
 * group are consecutive); a part takes the cover sheet that heads its stretch of pages; the listed
 * attachments the file lacks are flagged on the first main document, whose letter listed them.
 */
export function documentPartsOf(fileDocumentId: string, analysis: BundleAnalysis, pages: readonly { pageIndex: number; sheet?: SheetCode | undefined }[]): DocumentPart[] | null {
  if (analysis.parts.length < 2) return null;
  const sheetAt = new Map(pages.flatMap((p) => (p.sheet ? [[p.pageIndex, p.sheet] as const] : [])));
  const parts = analysis.parts.length;
  let main: string | null = null;
  let flagged = false;
  return analysis.parts.map((summary, index) => {
    const documentId = partDocumentId(fileDocumentId, index + 1);
    const mainDocumentId = summary.role === 'main' ? null : main;
    if (summary.role === 'main') main = documentId;
    const missingAttachments = summary.role === 'main' && !flagged ? analysis.missingAttachments : [];
    if (summary.role === 'main') flagged = true;
    const cover = headingSheet(summary.pageRange[0] - 1, sheetAt);
    return {
      documentId,
      fileDocumentId,
      part: index + 1,
      parts,
      pageRange: summary.pageRange,
      role: mainDocumentId === null ? 'main' : 'attachment',
      kind: summary.kind,
      mainDocumentId,
      ...(cover ? { cover } : {}),
      missingAttachments,
    };
  });
}

/** The nearest sheet before a page, if it is a cover sheet (a separator sheet heads a stretch of its own). */
function headingSheet(pageIndex: number, sheetAt: ReadonlyMap<number, SheetCode>): Extract<SheetCode, { kind: 'cover' }> | null {
  for (let i = pageIndex - 1; i >= 0; i--) {
    const sheet = sheetAt.get(i);
    if (sheet) return sheet.kind === 'cover' ? sheet : null;
  }
  return null;
}

/** The file's pages that belong to a part: those in its range that are no sheet. */
export function pagesOfPart<P extends { pageIndex: number; sheet?: SheetCode | undefined }>(pages: readonly P[], part: Pick<DocumentPart, 'pageRange'>): P[] {
  const [first, last] = part.pageRange;
  return pages.filter((p) => p.pageIndex + 1 >= first && p.pageIndex + 1 <= last && !p.sheet);
}
