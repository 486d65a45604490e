import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { extractPageStage, type ReadPage } from '#stages/extract-page';
import type { BlobStore } from '#stages/ports';
import { encodeSheetCode } from '#domain/sheets/sheet-code';

function memoryBlobs(): BlobStore & { keys: Map<string, string | Uint8Array> } {
  const keys = new Map<string, string | Uint8Array>();
  return {
    keys,
    size: async () => 1,
    get: async () => new Uint8Array([1]),
    getText: async (key) => String(keys.get(key) ?? ''),
    put: async (key, body) => {
      keys.set(key, body);
    },
    copy: async () => {},
  };
}

const job = { documentId: 'doc-1', bucket: 'b', key: 'incoming/x/scan.pdf', format: 'pdf' as const, pageIndex: 0, hasTextLayer: false };
const ocrPage = (text: string): ReadPage => async () => ({ page: { source: 'ocr', text, confidence: 0.9, words: text.split(' ') }, prepared: { pixels: new Uint8Array(4), width: 2, height: 2, dpi: 200 } });
const cover = { kind: 'cover' as const, caseNumber: '2025/00001', documentType: 'appeal', area: null };

describe('ExtractPage and sheets', () => {
  it('marks a page whose image carries a sheet code, and keeps neither its text nor its image', async () => {
    const blobs = memoryBlobs();
    const { extraction } = await extractPageStage(job, { config: loadConfig(), blobs, readPage: ocrPage('FØRSTESIDE Saksnummer 2025/00001'), readSheet: async () => cover });
    expect(extraction).toMatchObject({ pageIndex: 0, sheet: cover, chars: 0 });
    expect([...blobs.keys.keys()]).toEqual([extraction.textKey]);
    expect(JSON.parse(String(blobs.keys.get(extraction.textKey)))).toMatchObject({ text: '', words: [], sheet: cover });
    expect(JSON.parse(String(blobs.keys.get(extraction.textKey))).imageFrom).toBeUndefined();
  });

  it('leaves an ordinary page as it was read', async () => {
    const blobs = memoryBlobs();
    const { extraction } = await extractPageStage(job, { config: loadConfig(), blobs, readPage: ocrPage('Klage på vedtak'), readSheet: async () => null });
    expect(extraction.sheet).toBeUndefined();
    expect(extraction.chars).toBe('Klage på vedtak'.length);
    // Its text, and where its image is made from when it is first opened; no image yet.
    expect([...blobs.keys.keys()]).toEqual([extraction.textKey]);
    expect(JSON.parse(String(blobs.keys.get(extraction.textKey))).imageFrom).toEqual({ bucket: job.bucket, key: job.key, versionId: null, etag: null, format: 'pdf', pageIndex: 0, turn: 0 });
  });

  it('reads the version of the original Inspect read, and keeps it for the page image made later', async () => {
    const read: unknown[] = [];
    const blobs = {
      ...memoryBlobs(),
      get: async (ref: unknown) => {
        read.push(ref);
        return new Uint8Array([1]);
      },
    };
    const { extraction } = await extractPageStage({ ...job, versionId: 'v-first-upload', etag: 'e1' }, { config: loadConfig(), blobs, readPage: ocrPage('Klage på vedtak') });
    expect(read).toEqual([{ bucket: job.bucket, key: job.key, versionId: 'v-first-upload' }]);
    expect(JSON.parse(await blobs.getText(extraction.textKey)).imageFrom).toMatchObject({ versionId: 'v-first-upload', etag: 'e1' });
  });

  it('finds a sheet merged into a PDF as text by its code line, with no image to read', async () => {
    const line = encodeSheetCode({ kind: 'separator' });
    const readPage: ReadPage = async () => ({ page: { source: 'text_layer', text: `SKILLEARK\n${line}`, confidence: 1, words: [] } });
    const { extraction } = await extractPageStage({ ...job, hasTextLayer: true }, { config: loadConfig(), blobs: memoryBlobs(), readPage });
    expect(extraction.sheet).toEqual({ kind: 'separator' });
  });
});
