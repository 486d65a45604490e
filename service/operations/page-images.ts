import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { notFound } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { findDocument } from './documents.ts';

/** One prepared page image (page numbers from 1, as people count), through the API so the page needs no bucket access of its own. */
export async function pageImage(ctx: ServiceContext, identity: Identity, documentId: string, page: number): Promise<Uint8Array> {
  requirePermission(identity, 'documents:text');
  const doc = await findDocument(ctx, documentId);
  const image = await ctx.files.readPageImage?.(documentId, page - 1);
  if (!image) throw notFound(`Page ${page} of document ${documentId} has no image (it was read from the PDF's text layer, or it does not exist).`);
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'document:text', documentId, caseId: doc.caseId ?? undefined });
  return image;
}
