import { z } from 'zod';
import type { PostmottakConfig } from '#schemas/config';
import type { Classification, PageExtraction } from '#schemas/pipeline';
import { classificationOf, type PageTextIn } from '#domain/classify/stage';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import type { BlobStore, IdHashKeyProvider } from './ports.ts';

const StoredPageText = z.object({ text: z.string() });

/** Classify: each page's text from the blob store (written by ExtractPage), then the domain's classification. */
export async function classifyStage(pages: readonly PageExtraction[], ports: { config: PostmottakConfig; blobs: BlobStore; idHashKey?: IdHashKeyProvider }): Promise<Classification> {
  const texts = await Promise.all(
    pages.map(async (page): Promise<PageTextIn> => {
      const { text } = StoredPageText.parse(JSON.parse(await ports.blobs.getText(page.textKey)));
      return { pageIndex: page.pageIndex, source: page.source, text };
    }),
  );
  // The appellant's national id goes into fields.parties only as its keyed hash.
  const key = ports.idHashKey ? await ports.idHashKey() : null;
  return classificationOf(texts, ports.config, undefined, key ? { hashNationalId: (id) => nationalIdHash(id, key) } : {});
}
