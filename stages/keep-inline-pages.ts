import type { DocumentTexts } from '#domain/inline-page-texts';
import type { PageExtraction } from '#schemas/pipeline';
import type { BlobStore } from './ports.ts';

/**
 * The document's text artefact (domain/page-keys.ts documentTextKey): the pages that came in the
 * state, with one PUT for the document instead of one a page. A page ExtractPage stored itself is not
 * stored again. Classify writes it; RecordFailure writes it when Classify never did, so the text of a
 * document that failed is not lost with its execution's state.
 */
export async function keepInlinePages(pages: readonly PageExtraction[], blobs: BlobStore): Promise<boolean> {
  const inline = pages.filter((page) => page.inline);
  const key = inline[0]?.textKey;
  if (!key) return false;
  const artefact: DocumentTexts<Record<string, unknown>> = { pages: inline.map((page) => ({ ...page.inline, pageIndex: page.pageIndex })) };
  await blobs.put(key, JSON.stringify(artefact), 'application/json');
  return true;
}
