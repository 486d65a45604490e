import type { PageText } from '#engines/ocr/page-text';
import { fileIdOfPart } from '#domain/bundles/document-parts';
import type { DocumentRecord } from '../../functions/commons/store/documents.ts';
import type { DocumentFiles } from '../ports.ts';

/** Where one page of a document is stored: under which document id, at which page index. */
export interface StoredPage {
  documentId: string;
  pageIndex: number;
}

/**
 * The file a part of a split file was read from, and the part's first page in it (0-based); null for a
 * document that is a file of its own. A part's pages are read once, with the whole file, so their texts
 * and images stay under the FILE's id at the file's page numbers (stages/classify.ts); the part's own id
 * has nothing stored. In review the resumable state names the file; once routed, the registry keeps the
 * part's number and pages, and the part's id is the file's id and that number (domain/bundles/document-parts.ts).
 */
function partOf(doc: DocumentRecord): { fileDocumentId: string; firstPage: number; pages: number } | null {
  const part = doc.resume?.part;
  if (part) return { fileDocumentId: part.fileDocumentId, firstPage: part.pageRange[0] - 1, pages: part.pageRange[1] - part.pageRange[0] + 1 };
  const number = doc.item.part;
  const range = doc.item.pageRange as [number, number] | undefined;
  const fileDocumentId = typeof number === 'number' && range ? fileIdOfPart(doc.documentId, number) : null;
  if (!fileDocumentId || !range) return null;
  return { fileDocumentId, firstPage: range[0] - 1, pages: range[1] - range[0] + 1 };
}

/** How many pages the document has, as the registry or its resumable state says. */
export function pageCountOf(doc: DocumentRecord): number {
  return partOf(doc)?.pages ?? (doc.item.pages as number | undefined) ?? doc.resume?.pages?.length ?? doc.resume?.classification?.pages ?? 0;
}

/** Where the document's page `pageIndex` (0-based, in the document's own count) is stored; null past its last page. */
export function storedPage(doc: DocumentRecord, pageIndex: number): StoredPage | null {
  if (pageIndex < 0 || pageIndex >= pageCountOf(doc)) return null;
  const part = partOf(doc);
  return part ? { documentId: part.fileDocumentId, pageIndex: part.firstPage + pageIndex } : { documentId: doc.documentId, pageIndex };
}

/** The document's pages in order, each as stored (null for a page never read). */
export async function readStoredPages(files: Pick<DocumentFiles, 'readPage'>, doc: DocumentRecord): Promise<(PageText | null)[]> {
  const pages: (PageText | null)[] = [];
  for (let pageIndex = 0; pageIndex < pageCountOf(doc); pageIndex += 1) {
    const at = storedPage(doc, pageIndex)!;
    pages.push(await files.readPage(at.documentId, at.pageIndex));
  }
  return pages;
}
