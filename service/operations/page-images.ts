import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { ApiProblem, notFound } from '../problems.ts';
import { requireOnCaseFor, requirePermission } from './guard.ts';
import { findDocument } from './documents.ts';
import { storedPage } from './stored-pages.ts';
import { becauseNb } from './reason-words.ts';
import { documentReadFacts } from './special-category.ts';

/** One prepared page image (page numbers from 1, as people count), through the API so the page needs no bucket access of its own. */
export async function pageImage(ctx: ServiceContext, identity: Identity, documentId: string, page: number): Promise<Uint8Array> {
  requirePermission(identity, 'documents:text');
  const doc = await findDocument(ctx, documentId);
  requireOnCaseFor(identity, doc, { en: 'the page images', nb: 'sidebildene' });
  // A rejected file was never read: it has no pages, so no page images either.
  if (doc.status === 'rejected') throw notFound(`Document ${documentId} was rejected unread (${doc.reason ?? 'no reason recorded'}); it has no page images.`, `Dokument ${documentId} ble avvist uten å bli lest; det har ingen sidebilder.${becauseNb(doc, ctx.config)}`);
  // A part's page images are under its file's id (stored-pages.ts).
  const at = storedPage(doc, page - 1);
  const image = await Promise.resolve(at && ctx.files.readPageImage?.(at.documentId, at.pageIndex)).catch((error: unknown) => {
    // One page whose image cannot be made (a damaged original) is that page's problem alone; the text stays readable.
    if (error instanceof ApiProblem) throw error;
    console.warn(JSON.stringify({ level: 'warn', message: 'page image could not be made', documentId, page, error: (error as Error).name }));
    throw new ApiProblem('internal', `The image of page ${page} of document ${documentId} could not be made from the original; its text is still shown.`, `Bildet av side ${page} i dokument ${documentId} kunne ikke lages fra originalen; teksten vises fortsatt.`);
  });
  if (!image) throw notFound(`Page ${page} of document ${documentId} has no image: it was read from the PDF's text layer, or the document has no such page.`, `Side ${page} i dokument ${documentId} har ikke noe bilde: den ble lest fra PDF-ens tekstlag, eller dokumentet har ingen slik side.`);
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:text', documentId, caseId: doc.caseId ?? undefined, ...documentReadFacts(doc, ctx.config) });
  return image;
}
