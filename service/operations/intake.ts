import type { ProcessResult } from '#schemas/pipeline';
import { linesOf, type FileOutcome } from '#domain/intake/file-outcome';
import type { Identity } from '../identity.ts';
import type { ServiceContext, Upload } from '../ports.ts';
import { badRequest, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { dayNb } from '../problem-words-nb.ts';

/** A scan handed in through the service: the same path as `process`, one file at a time; a split file answers a line per part. */
export async function handInFile(ctx: ServiceContext, identity: Identity, upload: Upload): Promise<FileOutcome> {
  requirePermission(identity, 'intake:upload');
  if (!ctx.pipeline.intake) throw unprocessable('This deployment takes scans through the document bucket, not through the API.', 'Denne installasjonen tar imot skannede dokumenter gjennom dokumentbøtta, ikke gjennom tjenesten.');
  if (upload.postmarkDate && upload.postmarkDate > upload.receivedDate) throw badRequest(`The postmark date ${upload.postmarkDate} is after the received date ${upload.receivedDate}.`, `Poststempelet ${dayNb(upload.postmarkDate)} er etter mottaksdatoen ${dayNb(upload.receivedDate)}.`);
  return ctx.pipeline.intake(upload);
}

/** The same, answered by the file's first line (the only one of a file that was not split). */
export async function handIn(ctx: ServiceContext, identity: Identity, upload: Upload): Promise<ProcessResult> {
  return linesOf(await handInFile(ctx, identity, upload), upload.fileName)[0]!;
}
