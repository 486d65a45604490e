import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetClients, s3Client } from '#commons/clients';
import { documentIdFor } from '#domain/identity';
import { PageText, shutdownOcr } from '#engines/ocr/index';
import { startS3, type LocalServer } from '#local/s3';
import { Inspection, PageExtraction } from '#schemas/pipeline';
import { handler as extractPage } from '../../functions/extract-page/handler.ts';
import { handler as inspect } from '../../functions/inspect/handler.ts';
import { renderPageImage, renderTextPdf, toTiffG4, zipArchive } from '../../corpus/render.ts';

/** The two handlers against a real S3 API on loopback, as the state machine calls them. */
const bucket = 'postmottak-test';
const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;
let server: LocalServer;
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
  resetClients();
});
afterAll(async () => {
  await shutdownOcr();
  resetClients();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function upload(key: string, body: Buffer) {
  const put = await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  return { bucket, key, etag: put.ETag ?? 'etag', receivedDate: '2025-03-20' };
}

describe('inspect handler', () => {
  it('lists the pages of a TIFF for the Map state, with the configured concurrency', async () => {
    const page = await renderPageImage(['Klage'], { dpi: 100 });
    const intake = await upload('incoming/skann.tif', await toTiffG4([page, page]));
    const result = Inspection.parse(await inspect({ intake, fileName: 'skann.tif' } as never, context));
    const documentId = documentIdFor(intake);
    expect(result).toEqual({
      status: 'ok', documentId, format: 'tiff', pageCount: 2, pageConcurrency: 2,
      pages: [0, 1].map((pageIndex) => ({ documentId, bucket, key: 'incoming/skann.tif', format: 'tiff', pageIndex, hasTextLayer: false })),
    });
  });

  it('rejects a ZIP named .pdf with a reason', async () => {
    const intake = await upload('incoming/brev.pdf', zipArchive());
    const result = Inspection.parse(await inspect({ intake, fileName: 'brev.pdf' } as never, context));
    expect(result).toMatchObject({ status: 'rejected', documentId: documentIdFor(intake) });
    expect(result.status === 'rejected' && result.reason).toMatch(/ZIP archive/);
  });
});

describe('extract-page handler', () => {
  async function readJson(key: string) {
    const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return JSON.parse(await object.Body!.transformToString());
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

  it('OCRs an image page and stores text, word boxes and the prepared image', async () => {
    const intake = await upload('incoming/foto.png', await renderPageImage(['Samtykke til innhenting av opplysninger']));
    const job = { documentId: 'doc-ocr', bucket, key: intake.key, format: 'png' as const, pageIndex: 0, hasTextLayer: false };
    const result = PageExtraction.parse(await extractPage(job as never, context));
    expect(result.source).toBe('ocr');
    const page = PageText.parse(await readJson(result.textKey));
    expect(page.text).toContain('Samtykke');
    expect(page.words.length).toBeGreaterThan(3);
    const image = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: 'documents/doc-ocr/pages/0.png' }));
    expect(image.ContentType).toBe('image/png');
  });
});
