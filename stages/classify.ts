import { z } from 'zod';
import type { PostmottakConfig } from '#schemas/config';
import type { Classification, PageExtraction } from '#schemas/pipeline';
import { classificationOf, type PageTextIn } from '#domain/classify/stage';
import type { BlobStore } from './ports.ts';

const StoredPageText = z.object({ text: z.string() });

/** Classify: each page's text from the blob store (written by ExtractPage), then the domain's classification. */
export async function classifyStage(pages: readonly PageExtraction[], ports: { config: PostmottakConfig; blobs: BlobStore }): Promise<Classification> {
  const texts = await Promise.all(
    pages.map(async (page): Promise<PageTextIn> => {
      const { text } = StoredPageText.parse(JSON.parse(await ports.blobs.getText(page.textKey)));
      return { pageIndex: page.pageIndex, source: page.source, text };
    }),
  );
  return classificationOf(texts, ports.config);
}
