import { mkdtemp, rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetClients, s3Client } from '#commons/clients';
import { contentDocumentId } from '#domain/identity';
import { inlinePageBytes } from '#domain/inline-page-texts';
import { documentTextKey, pageTextKey } from '#domain/page-keys';
import { s3BlobStore } from '#commons/blob-store';
import { keepInlinePages } from '#stages/keep-inline-pages';
import { PageText, shutdownOcr } from '#engines/ocr/index';
import { startS3, type LocalServer } from '#local/s3';
import { startDynamoDb } from '#local/dynamodb';
import { documentClient } from '#commons/clients';
import { ensureTable } from '#commons/store/table-definition';
import { Inspection, PageExtraction } from '#schemas/pipeline';
import { handler as extractPage } from '../../functions/extract-page/handler.ts';
import { handler as inspect } from '../../functions/inspect/handler.ts';
import { renderPageImage, renderTextPdf, toTiffG4, zipArchive } from '../../corpus/render.ts';
import { s3DocumentFiles } from '../../service/adapters/s3-document-files.ts';
import sharp from 'sharp';

/** The two handlers against a real S3 API on loopback, as the state machine calls them. */
const bucket = 'postmottak-test';
const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;
let server: LocalServer;
// Inspect claims a document's content in the table (identity by content, SPEC.md "Duplicates and re-runs").
let dynamodb: LocalServer;
let dir: string;

beforeAll(async () => {
  process.env.POSTMOTTAK_OCR_WORKERS = '1';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
  process.env.AWS_REGION = 'eu-north-1';
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER'; // s3rver accepts only its own key pair
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
  process.env.DOCUMENT_BUCKET = bucket;
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-s3-'));
  server = await startS3({ directory: dir, buckets: [bucket] });
  process.env.AWS_ENDPOINT_URL_S3 = server.endpoint;
  dynamodb = await startDynamoDb({ engine: 'dynalite' });
  process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodb.endpoint;
  process.env.TABLE_NAME = 'postmottak-test';
  resetClients();
  await ensureTable(documentClient(), 'postmottak-test');
});
afterAll(async () => {
  await shutdownOcr();
  resetClients();
  await server?.stop();
  await dynamodb?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function upload(key: string, body: Buffer) {
  const put = await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  return { bucket, key, etag: put.ETag ?? 'etag', receivedDate: '2025-03-20' };
}

describe('inspect handler', () => {
  it('lists the pages of a TIFF for the Map state, with the configured concurrency', async () => {
    const page = await renderPageImage(['Klage'], { dpi: 100 });
    const tiff = await toTiffG4([page, page]);
    const intake = await upload('incoming/skann.tif', tiff);
    const result = Inspection.parse(await inspect({ intake, fileName: 'skann.tif' } as never, context));
    const documentId = contentDocumentId(tiff);
    expect(result).toEqual({
      status: 'ok', documentId, format: 'tiff', pageCount: 2, pageConcurrency: 2,
      pages: [0, 1].map((pageIndex) => ({ documentId, bucket, key: 'incoming/skann.tif', versionId: null, etag: intake.etag, format: 'tiff', pageIndex, hasTextLayer: false, inlineBytes: inlinePageBytes(2, { key: 'incoming/skann.tif', fileName: 'skann.tif' }) })),
    });
  });

  it('rejects a ZIP named .pdf with a reason', async () => {
    const intake = await upload('incoming/brev.pdf', zipArchive());
    const result = Inspection.parse(await inspect({ intake, fileName: 'brev.pdf' } as never, context));
    expect(result).toMatchObject({ status: 'rejected', documentId: contentDocumentId(zipArchive()) });
    expect(result.status === 'rejected' && result.reason).toMatch(/ZIP archive/);
  });
});

describe('extract-page handler', () => {
  async function readJson(key: string) {
    const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    // Page texts are stored gzip-encoded (functions/commons/blob-store.ts).
    expect(object.ContentEncoding).toBe('gzip');
    return JSON.parse(gunzipSync(await object.Body!.transformToByteArray()).toString('utf8'));
  }

  it('stores the text layer of a PDF page beside the document', async () => {
    const intake = await upload('incoming/brev.pdf', await renderTextPdf([['Klage på vedtak om sykepenger, datert 12.03.2025.']]));
    const job = { documentId: 'doc-text', bucket, key: intake.key, format: 'pdf' as const, pageIndex: 0, hasTextLayer: true };
    const result = PageExtraction.parse(await extractPage(job as never, context));
    expect(result).toMatchObject({ pageIndex: 0, source: 'text_layer', textKey: 'documents/doc-text/pages/0.json', confidence: 1 });
    const page = PageText.parse(await readJson(result.textKey));
    expect(page.text).toContain('sykepenger');
    expect(result.chars).toBe(page.text.length);
  });

  it('OCRs an image page and stores text, word boxes and where its image is made from; the image itself only when it is first opened', async () => {
    const intake = await upload('incoming/foto.png', await renderPageImage(['Samtykke til innhenting av opplysninger']));
    const job = { documentId: 'doc-ocr', bucket, key: intake.key, etag: intake.etag, format: 'png' as const, pageIndex: 0, hasTextLayer: false };
    const result = PageExtraction.parse(await extractPage(job as never, context));
    expect(result.source).toBe('ocr');
    const page = PageText.parse(await readJson(result.textKey));
    expect(page.text).toContain('Samtykke');
    expect(page.words.length).toBeGreaterThan(3);
    expect(page.imageFrom).toEqual({ bucket, key: intake.key, versionId: null, etag: intake.etag, format: 'png', pageIndex: 0, turn: 0 });
    const imageKey = { Bucket: bucket, Key: 'documents/doc-ocr/pages/0.png' };
    await expect(s3Client().send(new GetObjectCommand(imageKey))).rejects.toMatchObject({ name: 'NoSuchKey' });
    // Opened: the service makes it from the original, the size the word boxes were measured on, and stores it.
    const opened = await s3DocumentFiles(bucket).readPageImage!('doc-ocr', 0);
    const meta = await sharp(opened!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', page.width, page.height]);
    const stored = await s3Client().send(new GetObjectCommand(imageKey));
    expect(stored.ContentType).toBe('image/png');
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(Buffer.from(opened!))).toBe(true);
  });
});

describe("the service reads what ExtractPage and Classify kept", () => {
  it("an OCR page that travelled in the state: its text from the document's artefact, its image made from the original on opening", async () => {
    const intake = await upload('incoming/kort-brev.png', await renderPageImage(['Klage på vedtak om tannbehandling']));
    const job = { documentId: 'doc-inline', bucket, key: intake.key, etag: intake.etag, format: 'png' as const, pageIndex: 0, hasTextLayer: false, inlineBytes: inlinePageBytes(1) };
    const result = PageExtraction.parse(await extractPage(job as never, context));
    expect(result).toMatchObject({ textKey: documentTextKey('doc-inline'), inline: { text: expect.stringContaining('Klage') } });
    await expect(s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: pageTextKey('doc-inline', 0) }))).rejects.toMatchObject({ name: 'NoSuchKey' });
    await keepInlinePages([result], s3BlobStore());
    // Kept gzip-encoded: smaller than the JSON the state carried.
    const stored = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: documentTextKey('doc-inline') }));
    expect(stored.ContentEncoding).toBe('gzip');
    expect((await stored.Body!.transformToByteArray()).byteLength).toBeLessThan(JSON.stringify(result.inline).length);
    const files = s3DocumentFiles(bucket);
    const page = await files.readPage('doc-inline', 0);
    expect(page?.text).toContain('Klage');
    expect(page?.words.length).toBeGreaterThan(2);
    const image = await files.readPageImage!('doc-inline', 0);
    expect((await sharp(image!).metadata()).width).toBe(page?.width);
  });

  it('a page over its share from its own key beside the artefact; a document read before session 7 from its page keys alone', async () => {
    const pageText = (pageIndex: number, text: string) => ({ pageIndex, source: 'text_layer', text, confidence: 1, width: 595, height: 842, words: [] });
    const put = (key: string, body: unknown) => s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(body) }));
    await put(documentTextKey('doc-mixed'), { pages: [pageText(0, 'første side')] });
    await put(pageTextKey('doc-mixed', 1), pageText(1, 'andre side, stor'));
    await put(pageTextKey('doc-old', 0), pageText(0, 'lest i sesjon 6'));
    const files = s3DocumentFiles(bucket);
    expect((await files.readPage('doc-mixed', 0))?.text).toBe('første side');
    expect((await files.readPage('doc-mixed', 1))?.text).toBe('andre side, stor');
    expect(await files.readPage('doc-mixed', 2)).toBeNull();
    expect((await files.readPage('doc-old', 0))?.text).toBe('lest i sesjon 6');
  });
});

describe('the blob store reads back what it put', () => {
  it('decodes a gzip-encoded object whether read as text or as bytes', async () => {
    const blobs = s3BlobStore();
    const json = JSON.stringify({ pages: [{ pageIndex: 0, text: 'Klage på vedtaket' }] });
    await blobs.put(documentTextKey('doc-bytes'), json, 'application/json');
    expect(await blobs.getText(documentTextKey('doc-bytes'))).toBe(json);
    expect(Buffer.from(await blobs.get({ bucket, key: documentTextKey('doc-bytes') })).toString('utf8')).toBe(json);
  });
});
