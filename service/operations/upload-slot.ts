import { osloDate } from '#domain/calendar';
import type { UploadRequest, UploadSlot } from '#schemas/uploads';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { badRequest, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { dayNb } from '../problem-words-nb.ts';
import { refuseDayToCome } from './day-to-come-refusal.ts';

/**
 * Where the page puts a dropped file: a presigned PUT into incoming/ where the deployment has a
 * bucket to take it (AWS), else the service's own intake route (serve on a laptop).
 */
export async function uploadSlot(ctx: ServiceContext, identity: Identity, request: UploadRequest): Promise<UploadSlot> {
  requirePermission(identity, 'intake:upload');
  const limit = ctx.config.limits.maxBytes;
  if (request.size > limit) throw unprocessable(`${request.fileName} is ${mb(request.size)}; files above ${mb(limit)} are not taken.`, `${request.fileName} er ${mb(request.size)}; filer over ${mb(limit)} tas ikke imot.`);
  const received = request.received ?? osloDate(ctx.now());
  refuseDayToCome('received', received, ctx);
  if (request.postmarked && request.postmarked > received) throw badRequest(`The postmark date ${request.postmarked} is after the received date ${received}.`, `Poststempelet ${dayNb(request.postmarked)} er etter mottaksdatoen ${dayNb(received)}.`);
  if (ctx.uploads) return ctx.uploads.slot({ ...request, received });
  if (!ctx.pipeline.intake) throw unprocessable('This deployment takes no uploads from the page.', 'Denne installasjonen tar ikke imot opplastinger fra siden.');
  const query = new URLSearchParams({ fileName: request.fileName, received, ...(request.postmarked ? { postmarked: request.postmarked } : {}) });
  return { via: 'service', method: 'POST', url: `/api/v1/intake?${query}`, headers: { 'content-type': request.contentType } };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
