import { z } from 'zod';
import { pageFromStored } from '#domain/inline-page-texts';
import type { PostmottakConfig } from '#schemas/config';
import type { Classification, PageExtraction } from '#schemas/pipeline';
import { classificationOf, type PageTextIn } from '#domain/classify/stage';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import type { BlobStore, IdHashKeyProvider } from './ports.ts';
import { classificationUnderCover, coverOf, documentPages } from '#domain/sheets/cover';
import { bundleAnalysis } from '#domain/bundles/analysis';
import { attachmentAnswers } from '#domain/bundles/attachment-check';
import type { SheetCode } from '#schemas/sheets';
import { norwegianPostcodes } from '#config/postcodes';
import type { DocumentPart } from '#schemas/bundles';
import type { IsoDate } from '#schemas/taxonomy';
import { documentPartsOf, pagesOfPart } from '#domain/bundles/document-parts';
import { keepInlinePages } from './keep-inline-pages.ts';

const StoredPageText = z.object({ text: z.string() });

/**
 * Classify: each page's text from the state (a page that fitted) or the blob store, then the domain's
 * classification. Cover and separator sheet pages are no part of the document; a cover sheet on the
 * first page settles the type when it names one, and Link takes its case.
 */
export async function classifyStage(
  filePages: readonly PageExtraction[],
  ports: { config: PostmottakConfig; blobs: BlobStore; idHashKey?: IdHashKeyProvider },
  scope: { fileDocumentId?: string | undefined; part?: DocumentPart | undefined; receivedDate?: IsoDate | undefined } = {},
): Promise<Classification> {
  // A part of a split file is classified on its own pages; its cover sheet came with the part.
  const pages = scope.part ? pagesOfPart(filePages, scope.part) : filePages;
  // The file's pages that came in the state are stored first, once, so that what was read stays
  // readable (the service's /text, search) even if classifying fails.
  if (!scope.part) await keepInlinePages(filePages, ports.blobs);
  const stored = new Map<string, Promise<unknown>>();
  const storedAt = (key: string) => stored.get(key) ?? stored.set(key, ports.blobs.getText(key).then((body) => JSON.parse(body) as unknown)).get(key)!;
  const read = await Promise.all(
    pages.map(async (page): Promise<PageTextIn & { sheet?: SheetCode | undefined }> => {
      const { text } = StoredPageText.parse(page.inline ?? pageFromStored(await storedAt(page.textKey), page.pageIndex));
      return { pageIndex: page.pageIndex, source: page.source, text, sheet: page.sheet };
    }),
  );
  const texts = documentPages(read);
  // The appellant's national id goes into fields.parties only as its keyed hash.
  const key = ports.idHashKey ? await ports.idHashKey() : null;
  const parties = { postcodes: norwegianPostcodes(), ...(key ? { hashNationalId: (id: string) => nationalIdHash(id, key) } : {}) };
  // Nothing but sheets: an empty document, which goes to review as one without readable text.
  const classified = classificationOf(texts.length ? texts : read.slice(0, 1).map((p) => ({ ...p, text: '' })), ports.config, undefined, parties, { receivedDate: scope.receivedDate });
  const analysis = scope.part ? null : bundleAnalysis(read);
  const documents = analysis && scope.fileDocumentId ? documentPartsOf(scope.fileDocumentId, analysis, read) : null;
  const bundle = analysis && documents ? { ...analysis, documents } : analysis;
  // Kept so that a letter's «Mangler vedlegg» on the case is cleared when this is what it listed.
  const answers = attachmentAnswers(texts.map((t) => t.text));
  const classification = { ...classified, ...(bundle ? { bundle } : {}), ...(answers.length ? { answersAttachments: answers } : {}) };
  const cover = scope.part ? (scope.part.cover ?? null) : coverOf(pages);
  return cover ? classificationUnderCover(classification, cover, ports.config.typeRules.map((r) => r.type)) : classification;
}
