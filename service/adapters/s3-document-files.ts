import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PageText } from '#engines/ocr/page-text';
import { documentTextKey, pageImageKey, pageTextKey } from '#domain/page-keys';
import { pageFromStored } from '#domain/inline-page-texts';
import type { FileFormat } from '#schemas/pipeline';
import { s3Client } from '../../functions/commons/clients.ts';
import { loadConfig } from '../../config/load.ts';
import type { DocumentFiles, ObjectLocation } from '../ports.ts';
import { ImmutableCache } from './immutable-cache.ts';
import { unprocessable } from '../problems.ts';

/** Makes a page's image from its original (engines/images/page-image.ts): loaded on first use, so a service that never opens a page image never loads sharp and pdf.js. */
export type PageImageRenderer = (bytes: Uint8Array, format: FileFormat, pageIndex: number, turn: number) => Promise<Uint8Array>;

const defaultRenderer: PageImageRenderer = async (bytes, format, pageIndex, turn) => {
  const { pageImagePng } = await import('#engines/images/page-image');
  const config = loadConfig();
  return pageImagePng(bytes, format, pageIndex, { targetDpi: config.ocr.targetDpi, maxPixelsPerPage: config.limits.maxPixelsPerPage, turn });
};

/** Links live five minutes: long enough to open, short enough that a copied link soon stops working. */
const LINK_SECONDS = 300;
/** Page images of a few hundred documents (~100 KB each), well inside a Lambda's or serve's memory. */
const CACHE_BYTES = 64 * 1024 * 1024;

async function readObject(bucket: string, key: string, versionId?: string | null): Promise<{ bytes: Uint8Array; etag: string | null } | null> {
  try {
    const out = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
    const bytes = await out.Body!.transformToByteArray();
    // Page texts are stored gzip-encoded (functions/commons/blob-store.ts); older ones, and images, are not.
    return { bytes: out.ContentEncoding === 'gzip' ? new Uint8Array(gunzipSync(bytes)) : bytes, etag: out.ETag ?? null };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'NoSuchKey' || name === 'NoSuchVersion') return null;
    throw error;
  }
}

const unquoted = (etag: string) => etag.replace(/^(W\/)?"|"$/g, '');

/** The original the page was read from: that version, or (a bucket without versions) the same object only. */
async function readOriginal(documentId: string, from: NonNullable<PageText['imageFrom']>): Promise<Uint8Array | null> {
  const original = await readObject(from.bucket, from.key, from.versionId);
  if (!original) return null;
  // Without a version the key's current object is read: a scanner that reused the file name has put
  // another upload (maybe another person's letter) there, which must never be shown as this page.
  if (!from.versionId && from.etag && original.etag && unquoted(original.etag) !== unquoted(from.etag)) {
    throw unprocessable(`The original of document ${documentId} was replaced by another upload under the same name after it was read; its page image cannot be made from it.`, `Originalen av dokument ${documentId} ble erstattet av en annen opplasting med samme navn etter at den ble lest; sidebildet kan ikke lages fra den.`);
  }
  return original.bytes;
}

const NO_ARTEFACT = { pages: [] };

/** Page texts and presigned links from the document bucket (S3 in AWS, the loopback S3 server locally). */
export function s3DocumentFiles(bucket: string, options: { linkSeconds?: number; cacheBytes?: number; renderPageImage?: PageImageRenderer } = {}): DocumentFiles {
  const seconds = options.linkSeconds ?? LINK_SECONDS;
  // Opening a review item reads its page texts and images; going back to it (or the next person
  // opening it) need not fetch them from the bucket again: they never change for a document id.
  const cacheBytes = options.cacheBytes ?? CACHE_BYTES;
  const texts = new ImmutableCache<PageText>(cacheBytes / 4, (t) => t.text.length * 2 + t.words.length * 96);
  const images = new ImmutableCache<Uint8Array>(cacheBytes, (b) => b.byteLength);
  const render = options.renderPageImage ?? defaultRenderer;
  const documentTexts = new ImmutableCache<unknown>(cacheBytes / 4, (stored) => JSON.stringify(stored).length * 2);
  const readJson = async (key: string) => {
    const body = await readObject(bucket, key);
    return body ? (JSON.parse(Buffer.from(body.bytes).toString('utf8')) as unknown) : null;
  };
  // A page is in the document's text artefact when it travelled in the state (one GET for all of
  // them, kept), else on its own key (a large page, or a document read before session 7). A file
  // whose pages all went to their own keys has no artefact: its absence is kept too, or every page
  // of a long file would first ask for it again. That is safe because a document is in the registry
  // (and so readable here) only once Classify or RecordFailure has written whatever artefact it gets.
  const artefactOf = (documentId: string) => documentTexts.get(documentTextKey(documentId), async () => (await readJson(documentTextKey(documentId))) ?? NO_ARTEFACT);
  const readPage = (documentId: string, pageIndex: number) =>
    texts.get(pageTextKey(documentId, pageIndex), async () => {
      const stored = pageFromStored<unknown>(await artefactOf(documentId), pageIndex) ?? (await readJson(pageTextKey(documentId, pageIndex)));
      return stored ? PageText.parse(stored) : null;
    });
  /**
   * An OCR page's image is made the first time someone opens it (README "Page images when opened"):
   * from the original, prepared and turned as the OCR read it, then stored under the page's image key,
   * so every later opening (and a link to it) reads it from the bucket. Two people opening a page at
   * once both make it; the PUTs write the same bytes.
   */
  const makePageImage = async (documentId: string, pageIndex: number): Promise<Uint8Array | null> => {
    const page = await readPage(documentId, pageIndex);
    const from = page?.imageFrom;
    if (!from) return null;
    const original = await readOriginal(documentId, from);
    if (!original) return null;
    const image = await render(original, from.format, from.pageIndex, from.turn);
    await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: pageImageKey(documentId, pageIndex), Body: image, ContentType: 'image/png' }));
    return image;
  };
  const readPageImage = (documentId: string, pageIndex: number) =>
    images.get(pageImageKey(documentId, pageIndex), async () => (await readObject(bucket, pageImageKey(documentId, pageIndex)))?.bytes ?? makePageImage(documentId, pageIndex));
  return {
    bucket,
    readPage,
    readPageImage,
    async link(location: ObjectLocation, linkOptions) {
      const disposition = linkOptions.fileName ? `inline; filename*=UTF-8''${encodeURIComponent(linkOptions.fileName)}` : undefined;
      const command = new GetObjectCommand({
        Bucket: location.bucket,
        Key: location.key,
        ...(disposition ? { ResponseContentDisposition: disposition } : {}),
        ...(linkOptions.contentType ? { ResponseContentType: linkOptions.contentType } : {}),
      });
      const url = await getSignedUrl(s3Client(), command, { expiresIn: seconds });
      return { url, expiresAt: new Date(Date.now() + seconds * 1000).toISOString() };
    },
  };
}
