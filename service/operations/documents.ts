import type { DocumentText, DocumentView } from '#schemas/api';
import { getDocument, type DocumentRecord } from '../../functions/commons/store/documents.ts';
import { personalDataFor, type Identity } from '../identity.ts';
import type { ObjectLocation, ServiceContext } from '../ports.ts';
import { notFound, unprocessable } from '../problems.ts';
import { apiPrefix } from '../api-prefix.ts';
import { requireOnCaseFor, requirePermission } from './guard.ts';
import { documentView } from './views.ts';
import { readStoredPages } from './stored-pages.ts';
import { becauseNb } from './reason-words.ts';
import { documentReadFacts } from './special-category.ts';

export async function findDocument(ctx: ServiceContext, documentId: string): Promise<DocumentRecord> {
  const doc = await getDocument(ctx.db, documentId);
  // An item with no status only carries a case-number mapping of a registration in progress.
  if (!doc?.status) throw notFound(`There is no document ${documentId}.`, `Det finnes ikke noe dokument ${documentId}.`);
  return doc;
}

export async function readDocument(ctx: ServiceContext, identity: Identity, documentId: string): Promise<DocumentView> {
  requirePermission(identity, 'documents:read');
  const doc = await findDocument(ctx, documentId);
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:read', documentId, caseId: doc.caseId ?? undefined, ...documentReadFacts(doc, ctx.config) });
  const policy = personalDataFor(identity, ctx);
  // The words that drove the classification are document text: a case handler reads them only on a case.
  const onNoCase = identity.role === 'caseworker' && !doc.caseId;
  return documentView(doc, onNoCase ? { ...policy, documentText: false } : policy, ctx.config);
}

/** The pages as read (text layer or OCR) with word boxes and a link to each prepared page image. */
export async function readDocumentText(ctx: ServiceContext, identity: Identity, documentId: string): Promise<DocumentText> {
  requirePermission(identity, 'documents:text');
  const doc = await findDocument(ctx, documentId);
  requireOnCaseFor(identity, doc, { en: 'the text', nb: 'teksten' });
  if (doc.status === 'rejected') throw unprocessable(`Document ${documentId} was rejected unread (${doc.reason ?? 'no reason recorded'}); it has no text.`, `Dokument ${documentId} ble avvist uten å bli lest; det har ingen tekst.${becauseNb(doc, ctx.config)}`);
  const stored = await readStoredPages(ctx.files, doc);
  const pages = [];
  for (const [pageIndex, page] of stored.entries()) {
    if (!page) continue;
    const { imageFrom: _imageFrom, ...shown } = page;
    // An OCR page's image is made on its first opening (README "Page images when opened"), by the API's
    // own image route when the page asks for it: nothing is rendered here, so a long scan's text comes
    // at once and a page whose image cannot be made costs only that image.
    // Numbered as the document counts its pages: a part's are stored at its file's numbers.
    pages.push({ ...shown, pageIndex, imageUrl: page.source === 'ocr' ? pageImagePath(documentId, pageIndex) : null });
  }
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:text', documentId, caseId: doc.caseId ?? undefined, ...documentReadFacts(doc, ctx.config) });
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
  requireOnCaseFor(identity, doc, { en: 'the original', nb: 'originalen' });
  const location = originalOf(doc, ctx.files.bucket);
  if (!location) throw notFound(`The original of document ${documentId} is not stored.`, `Originalen av dokument ${documentId} er ikke lagret.`);
  const link = await ctx.files.link(location, { fileName: doc.fileName });
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:original', documentId, caseId: doc.caseId ?? undefined, ...documentReadFacts(doc, ctx.config) });
  return { documentId, fileName: doc.fileName, ...link };
}

/** The API's route for one page's image (page numbers from 1, as people count); it answers with the bearer token, as every route. */
export function pageImagePath(documentId: string, pageIndex: number): string {
  return `${apiPrefix}/documents/${encodeURIComponent(documentId)}/pages/${pageIndex + 1}/image`;
}
