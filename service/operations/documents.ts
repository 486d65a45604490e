import type { DocumentText, DocumentView } from '#schemas/api';
import { pageImageKey } from '#domain/page-keys';
import { getDocument, type DocumentRecord } from '../../functions/commons/store/documents.ts';
import { personalDataFor, type Identity } from '../identity.ts';
import type { ObjectLocation, ServiceContext } from '../ports.ts';
import { notFound, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { documentView } from './views.ts';

export async function findDocument(ctx: ServiceContext, documentId: string): Promise<DocumentRecord> {
  const doc = await getDocument(ctx.db, documentId);
  // An item with no status only carries a case-number mapping of a registration in progress.
  if (!doc?.status) throw notFound(`There is no document ${documentId}.`);
  return doc;
}

export async function readDocument(ctx: ServiceContext, identity: Identity, documentId: string): Promise<DocumentView> {
  requirePermission(identity, 'documents:read');
  const doc = await findDocument(ctx, documentId);
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:read', documentId, caseId: doc.caseId ?? undefined });
  return documentView(doc, personalDataFor(identity, ctx), ctx.config);
}

/** Page images made at once when a document's text is first opened (each ~0.1-0.2 s of CPU). */
const PAGE_IMAGES_AT_ONCE = 4;

/** The pages as read (text layer or OCR) with word boxes and a link to each prepared page image. */
export async function readDocumentText(ctx: ServiceContext, identity: Identity, documentId: string): Promise<DocumentText> {
  requirePermission(identity, 'documents:text');
  const doc = await findDocument(ctx, documentId);
  if (doc.status === 'rejected') throw unprocessable(`Document ${documentId} was rejected unread (${doc.reason ?? 'no reason recorded'}); it has no text.`);
  const count = (doc.item.pages as number | undefined) ?? doc.resume?.pages?.length ?? doc.resume?.classification?.pages ?? 0;
  const read = [];
  for (let pageIndex = 0; pageIndex < count; pageIndex += 1) {
    const page = await ctx.files.readPage(documentId, pageIndex);
    if (page) read.push({ at: pageIndex, page });
  }
  // An OCR page's image is made on its first opening (README "Page images when opened"): the links
  // below must find it, so the missing ones are made first, a few at a time.
  const ocrPages = read.filter(({ page }) => page.source === 'ocr');
  for (let from = 0; from < ocrPages.length; from += PAGE_IMAGES_AT_ONCE) {
    await Promise.all(ocrPages.slice(from, from + PAGE_IMAGES_AT_ONCE).map(({ at }) => ctx.files.readPageImage?.(documentId, at)));
  }
  const pages = [];
  for (const { at, page } of read) {
    const { imageFrom: _imageFrom, ...shown } = page;
    const imageUrl = page.source === 'ocr' ? (await ctx.files.link({ bucket: ctx.files.bucket, key: pageImageKey(documentId, at) }, { contentType: 'image/png' })).url : null;
    pages.push({ ...shown, imageUrl });
  }
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:text', documentId, caseId: doc.caseId ?? undefined });
  return { documentId, pages };
}

/** Where the original scan is: the upload for a document that was read, the quarantine copy for a rejected one. */
function originalOf(doc: DocumentRecord, bucket: string): ObjectLocation | null {
  const item = doc.item;
  if (typeof item.quarantineKey === 'string') return { bucket, key: item.quarantineKey };
  const source = item.source as ObjectLocation | undefined;
  if (source?.bucket && source.key) return { bucket: source.bucket, key: source.key };
  if (doc.resume?.intake) return { bucket: doc.resume.intake.bucket, key: doc.resume.intake.key };
  return null;
}

export async function originalLink(ctx: ServiceContext, identity: Identity, documentId: string) {
  requirePermission(identity, 'documents:original');
  const doc = await findDocument(ctx, documentId);
  const location = originalOf(doc, ctx.files.bucket);
  if (!location) throw notFound(`The original of document ${documentId} is not stored.`);
  const link = await ctx.files.link(location, { fileName: doc.fileName });
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:original', documentId, caseId: doc.caseId ?? undefined });
  return { documentId, fileName: doc.fileName, ...link };
}
