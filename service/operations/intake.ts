import type { IntakeLine, IntakeOutcome } from '#schemas/api';
import type { ProcessResult } from '#schemas/pipeline';
import { isSplit, linesOf, type FileOutcome } from '#domain/intake/file-outcome';
import type { Identity } from '../identity.ts';
import path from 'node:path';
import { contentDocumentId } from '#domain/identity';
import { firstUploadInFlightProblem } from '#schemas/problem-types';
import { duplicateInFlightWaitSeconds } from '../../statemachines/retry-waits.ts';
import { FirstUploadInFlight, type ServiceContext, type Upload } from '../ports.ts';
import { ApiProblem, badRequest, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { dayNb } from '../problem-words-nb.ts';
import { refuseDayToCome } from './day-to-come-refusal.ts';
import { findDocument } from './documents.ts';
import { reasonWords } from './reason-words.ts';

/** The pipeline's answer for one scan, after the checks a person's mistake fails. */
async function runIntake(ctx: ServiceContext, identity: Identity, upload: Upload): Promise<FileOutcome> {
  requirePermission(identity, 'intake:upload');
  if (!ctx.pipeline.intake) throw unprocessable('This deployment takes scans through the document bucket, not through the API.', 'Denne installasjonen tar imot skannede dokumenter gjennom dokumentbøtta, ikke gjennom tjenesten.');
  refuseDayToCome('received', upload.receivedDate, ctx);
  if (upload.postmarkDate && upload.postmarkDate > upload.receivedDate) throw badRequest(`The postmark date ${upload.postmarkDate} is after the received date ${upload.receivedDate}.`, `Poststempelet ${dayNb(upload.postmarkDate)} er etter mottaksdatoen ${dayNb(upload.receivedDate)}.`);
  try {
    return await ctx.pipeline.intake(upload);
  } catch (error) {
    if (error instanceof FirstUploadInFlight) throw stillBeingProcessed(error, contentDocumentId(upload.bytes));
    throw error;
  }
}

/**
 * As long as Inspect's Retry waits for a first upload of the same bytes (statemachines/retry-waits.ts, from the ASL
 * itself): a file sent again sooner would most likely end here again.
 */
const retryAfterSeconds = Math.ceil(duplicateInFlightWaitSeconds);

/**
 * Nothing is wrong with the file: the service has its bytes already, from a first upload that has no outcome
 * yet, and sent again later it gets that outcome. The bokmål is the page's (upload it again), not the command
 * line's (`FirstUploadInFlight`'s message): the CLI says its own words for this problem's type
 * (local/mailroom/commands.ts). `documentId` names the document the bytes are (SPEC "Duplicates and re-runs":
 * a document's id is its content), so the page links to it rather than call the file failed.
 */
export function stillBeingProcessed(error: FirstUploadInFlight, documentId: string | null = null): ApiProblem {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const problem = new ApiProblem(
    'conflict',
    `${path.basename(error.file)}: the same bytes are still being processed from an earlier upload; send the file again in ${minutes} minutes (Retry-After), and it gets its answer.`,
    `De samme bytene behandles fortsatt fra en tidligere opplasting av filen; last den opp igjen om ${minutes} minutter, så får den svaret sitt.`,
    firstUploadInFlightProblem,
    { en: 'Still being processed', nb: 'Behandles fortsatt' },
    retryAfterSeconds,
  );
  return documentId ? problem.with({ documentId }) : problem;
}

/**
 * A scan handed in through the service: the same path as `process`, one file at a time; a split file
 * answers a line per part. Each line says why it is not routed as the page says it, so the mailroom
 * needs no read of the document for its sentence (a read is a personal-data access, logged as one).
 */
export async function handInFile(ctx: ServiceContext, identity: Identity, upload: Upload): Promise<IntakeOutcome> {
  const outcome = await runIntake(ctx, identity, upload);
  const reasonNb = async (line: ProcessResult) => (line.status === 'routed' ? null : reasonWords((await findDocument(ctx, line.documentId)).reasonCode, ctx.config).reasonNb);
  // The file is registered by now: a line whose wording cannot be read (no document, a throttled or
  // failed read) keeps its English reason only — failing here would answer an error for a registered
  // file, and the caller's retry would hand it in again.
  const worded = async (line: ProcessResult): Promise<IntakeLine> => ({ ...line, reasonNb: await reasonNb(line).catch(() => null) });
  return isSplit(outcome) ? { ...outcome, parts: await Promise.all(outcome.parts.map(worded)) } : worded(outcome);
}

/** The same, answered by the file's first line (the only one of a file that was not split). */
export async function handIn(ctx: ServiceContext, identity: Identity, upload: Upload): Promise<ProcessResult> {
  return linesOf(await runIntake(ctx, identity, upload), upload.fileName)[0]!;
}
