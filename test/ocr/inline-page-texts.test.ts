import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { inlinePageBytes, pageFromStored, pageReferences, STATE_BYTES_PER_PAGE, STATE_LIMIT_BYTES, STATE_RESERVE_BYTES } from '#domain/inline-page-texts';
import { documentTextKey, pageTextKey } from '#domain/page-keys';
import { classifyStage } from '#stages/classify';
import { extractPageStage, type ReadPage } from '#stages/extract-page';
import type { BlobStore } from '#stages/ports';
import type { PageExtraction } from '#schemas/pipeline';

/** A blob store in memory that counts what the stages ask of it (S3's billed PUTs and GETs). */
function countingBlobs(): BlobStore & { keys: Map<string, string | Uint8Array>; puts: string[]; gets: string[] } {
  const keys = new Map<string, string | Uint8Array>();
  const puts: string[] = [];
  const gets: string[] = [];
  return {
    keys,
    puts,
    gets,
    size: async () => 1,
    get: async () => new Uint8Array([1]),
    getText: async (key) => {
      gets.push(key);
      const body = keys.get(key);
      if (body === undefined) throw new Error(`NoSuchKey ${key}`);
      return String(body);
    },
    put: async (key, body) => {
      puts.push(key);
      keys.set(key, body);
    },
    copy: async () => {},
  };
}

const appeal = 'Klage på vedtak om stønad til tannbehandling. Jeg klager på vedtaket av 12.03.2025 fra Helfo om avslag på stønad til tannbehandling hos tannlege og ber om at vedtaket omgjøres.';
const ocrPage = (text: string): ReadPage => async (_bytes, _format, pageIndex) => ({
  page: { source: 'ocr', text, confidence: 0.9, words: text.split(' ').map((word, i) => ({ text: word, confidence: 0.9, bbox: { x0: i * 10, y0: 0, x1: i * 10 + 9, y1: 12 } })), pageIndex, width: 1654, height: 2339 } as never,
  prepared: { pixels: new Uint8Array(4), width: 2, height: 2, dpi: 200 },
});
const job = (pageIndex: number, inlineBytes?: number) => ({ documentId: 'doc-1', bucket: 'b', key: 'incoming/scan.pdf', format: 'pdf' as const, pageIndex, hasTextLayer: false, ...(inlineBytes === undefined ? {} : { inlineBytes }) });

describe("a page's share of the Express state", () => {
  it('gives texts no more than the state limit leaves beside the reserve and the per-page references, at every page count', () => {
    for (let pages = 1; pages <= loadConfig().limits.maxPages; pages += 1) {
      const share = inlinePageBytes(pages);
      // Texts are given only room that is left: a long file's references alone may take the rest.
      if (share > 0) expect(STATE_RESERVE_BYTES + pages * (STATE_BYTES_PER_PAGE + share)).toBeLessThanOrEqual(STATE_LIMIT_BYTES);
      if (pages > 1) expect(share).toBeLessThanOrEqual(inlinePageBytes(pages - 1));
    }
    // A short letter's dense pages (~40 KB of text and word boxes each) fit; a long bundle's go to the bucket.
    expect(inlinePageBytes(3)).toBeGreaterThan(40 * 1024);
    expect(inlinePageBytes(loadConfig().limits.maxPages)).toBe(0);
    expect(inlinePageBytes(0)).toBe(0);
  });

  it("counts the upload's real key and file name: a 1,024-byte key in every page's job leaves the texts less", () => {
    const names = { key: `incoming/${'k'.repeat(1015)}`, fileName: 'ø'.repeat(250) };
    const carried = (pages: number) => 2 * (1026 + 502) + pages * 2 * 1026;
    for (const pages of [1, 3, 23, 40]) {
      const share = inlinePageBytes(pages, names);
      expect(share).toBeLessThan(inlinePageBytes(pages));
      if (share > 0) expect(STATE_RESERVE_BYTES + carried(pages) + pages * (STATE_BYTES_PER_PAGE + share)).toBeLessThanOrEqual(STATE_LIMIT_BYTES);
    }
  });
});

describe('ExtractPage: the page in the state, or on its own key', () => {
  it('returns a page within its share in the state and writes nothing', async () => {
    const blobs = countingBlobs();
    const { extraction } = await extractPageStage(job(0, 64 * 1024), { config: loadConfig(), blobs, readPage: ocrPage(appeal) });
    expect(blobs.puts).toEqual([]);
    expect(extraction.textKey).toBe(documentTextKey('doc-1'));
    expect(extraction.inline).toMatchObject({ text: appeal, imageFrom: { key: 'incoming/scan.pdf', pageIndex: 0 } });
  });

  it('stores a page over its share on its own key, as before, and carries only the key', async () => {
    const blobs = countingBlobs();
    const { extraction } = await extractPageStage(job(1, 200), { config: loadConfig(), blobs, readPage: ocrPage(appeal) });
    expect(blobs.puts).toEqual([pageTextKey('doc-1', 1)]);
    expect(extraction).toMatchObject({ textKey: pageTextKey('doc-1', 1) });
    expect(extraction.inline).toBeUndefined();
    expect(JSON.parse(String(blobs.keys.get(pageTextKey('doc-1', 1))))).toMatchObject({ text: appeal });
  });

  it('a job without a share (a state started before it existed) stores the page as before', async () => {
    const blobs = countingBlobs();
    const { extraction } = await extractPageStage(job(0), { config: loadConfig(), blobs, readPage: ocrPage(appeal) });
    expect(blobs.puts).toEqual([pageTextKey('doc-1', 0)]);
    expect(extraction.inline).toBeUndefined();
  });
});

describe('Classify: the pages from the state, one PUT for the document', () => {
  async function pagesOf(blobs: BlobStore, shares: number[]): Promise<PageExtraction[]> {
    const out: PageExtraction[] = [];
    for (const [pageIndex, share] of shares.entries()) out.push((await extractPageStage(job(pageIndex, share), { config: loadConfig(), blobs, readPage: ocrPage(appeal) })).extraction);
    return out;
  }

  it('stores the pages that came in the state in one artefact, reads a stored page from its key, and classifies all of them', async () => {
    const blobs = countingBlobs();
    const pages = await pagesOf(blobs, [64 * 1024, 200, 64 * 1024]);
    blobs.puts.length = 0;
    const classification = await classifyStage(pages, { config: loadConfig(), blobs }, { fileDocumentId: 'doc-1' });
    expect(blobs.puts).toEqual([documentTextKey('doc-1')]);
    expect(blobs.gets).toEqual([pageTextKey('doc-1', 1)]);
    const artefact = JSON.parse(String(blobs.keys.get(documentTextKey('doc-1'))));
    expect(artefact.pages.map((p: { pageIndex: number }) => p.pageIndex)).toEqual([0, 2]);
    expect(artefact.pages[1]).toMatchObject({ pageIndex: 2, text: appeal, words: expect.any(Array) });
    expect(classification).toMatchObject({ pages: 3, documentType: 'appeal' });
  });

  it('a state without texts (kept references) reads the artefact once for all its pages', async () => {
    const blobs = countingBlobs();
    const pages = await pagesOf(blobs, [64 * 1024, 64 * 1024]);
    await classifyStage(pages, { config: loadConfig(), blobs }, { fileDocumentId: 'doc-1' });
    blobs.gets.length = 0;
    blobs.puts.length = 0;
    const classification = await classifyStage(pageReferences(pages), { config: loadConfig(), blobs }, { fileDocumentId: 'doc-1' });
    expect(blobs.gets).toEqual([documentTextKey('doc-1')]);
    expect(blobs.puts).toEqual([]);
    expect(classification).toMatchObject({ pages: 2, documentType: 'appeal' });
  });

  it('writes nothing when every page was stored by ExtractPage', async () => {
    const blobs = countingBlobs();
    const pages = await pagesOf(blobs, [100, 100]);
    blobs.puts.length = 0;
    await classifyStage(pages, { config: loadConfig(), blobs }, { fileDocumentId: 'doc-1' });
    expect(blobs.puts).toEqual([]);
  });
});

describe('what is kept after the execution', () => {
  it('references keep where the text is and drop the text', () => {
    const kept = pageReferences([{ pageIndex: 0, source: 'ocr' as const, textKey: documentTextKey('d'), chars: 5, confidence: 0.9, inline: { text: 'Klage' } }]);
    expect(kept).toEqual([{ pageIndex: 0, source: 'ocr', textKey: documentTextKey('d'), chars: 5, confidence: 0.9 }]);
  });

  it("a page is found in the document's artefact by its index, or is a page's own JSON", () => {
    const artefact = { pages: [{ pageIndex: 0, text: 'a' }, { pageIndex: 2, text: 'c' }] };
    expect(pageFromStored(artefact, 2)).toEqual({ pageIndex: 2, text: 'c' });
    expect(pageFromStored(artefact, 1)).toBeNull();
    expect(pageFromStored({ pageIndex: 1, text: 'b' }, 1)).toEqual({ pageIndex: 1, text: 'b' });
  });
});
