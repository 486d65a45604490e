import { recordAudit } from '../../functions/commons/store/audit.ts';
import { updateIf, updateExpression, withCondition } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import type { Identity } from '../identity.ts';
import type { ProcessResult } from '#schemas/pipeline';
import type { ServiceContext } from '../ports.ts';
import { conflict, unprocessable } from '../problems.ts';
import { findDocument } from './documents.ts';
import { requirePermission } from './guard.ts';
import { handIn } from './intake.ts';
import { reasonWords } from './reason-words.ts';
import type { RejectedRetry } from './quarantine-retries.ts';
import { statusNb } from '../problem-words-nb.ts';

/**
 * "Try again" for a rejected file the mailroom has replaced (rescanned, or saved without the
 * password): the replacement goes through the whole pipeline with the rejected file's name and dates,
 * and the rejected one leaves quarantine, pointing at its replacement, once the replacement reached
 * routed or review. A replacement rejected too replaces nothing: the original stays where it was, with
 * the attempt (its document and reason) beside it, and the attempt leaves the quarantine listing so the
 * letter is there once. Nothing is deleted: both quarantine copies stay. Every rejected attempt is kept
 * on the original, in order; a rejected attempt is not itself retried (409 naming the original), and
 * one retry of a file runs at a time (409 naming who is retrying it).
 */
export async function retryQuarantined(ctx: ServiceContext, identity: Identity, documentId: string, bytes: Uint8Array) {
  requirePermission(identity, 'intake:upload');
  const rejected = await findDocument(ctx, documentId);
  if (rejected.status !== 'rejected') throw conflict(`Document ${documentId} is not in quarantine (it is ${rejected.status}).`, `Dokument ${documentId} er ikke i karantene (status: ${statusNb(rejected.status)}).`);
  if (rejected.item.retryOf) {
    const original = String(rejected.item.retryOf);
    throw conflict(
      `Document ${documentId} is itself a rejected retry of ${original}; try ${original} again instead (it is the letter still in quarantine).`,
      `Dokument ${documentId} er selv et avvist nytt forsøk for ${original}; prøv ${original} igjen i stedet (det er brevet som ligger i karantene).`,
    );
  }
  if (rejected.item.replacedBy) throw conflict(`Document ${documentId} was already tried again; its replacement is ${String(rejected.item.replacedBy)}.`, `Dokument ${documentId} er allerede prøvd på nytt; erstatningen er ${String(rejected.item.replacedBy)}.`);
  if (bytes.length === 0) throw unprocessable('The replacement file is empty. Choose the file the mailroom scanned again.', 'Erstatningsfilen er tom. Velg filen postmottaket skannet på nytt.');
  await markRetrying(ctx, identity, documentId);
  try {
    return await retryMarked(ctx, identity, documentId, rejected, bytes);
  } finally {
    await updateIf(ctx.db, { Key: keys.document(documentId), ...updateExpression({ remove: ['retrying'] }) });
  }
}

/** A mark left by a process that died mid-retry stops nobody for longer than this. */
const RETRY_MARK_MS = 15 * 60_000;

/**
 * Two retries of one file at once would each hand in a replacement and both try to take the original
 * out of quarantine; the first to mark the original (a conditional write, before anything is handed in)
 * goes on, the second is told who is retrying it.
 */
async function markRetrying(ctx: ServiceContext, identity: Identity, documentId: string): Promise<void> {
  const now = ctx.now();
  const marked = await updateIf(
    ctx.db,
    withCondition(
      { Key: keys.document(documentId), ...updateExpression({ set: { retrying: { by: identity.person, at: now.toISOString() } } }) },
      'attribute_not_exists(#r) AND (attribute_not_exists(#m) OR #m.#at < :stale)',
      { '#r': 'replacedBy', '#m': 'retrying', '#at': 'at' },
      { ':stale': new Date(now.getTime() - RETRY_MARK_MS).toISOString() },
    ),
  );
  if (marked) return;
  const now2 = await findDocument(ctx, documentId);
  if (now2.item.replacedBy) throw conflict(`Document ${documentId} was already tried again; its replacement is ${String(now2.item.replacedBy)}.`, `Dokument ${documentId} er allerede prøvd på nytt; erstatningen er ${String(now2.item.replacedBy)}.`);
  const mark = now2.item.retrying as { by?: string; at?: string } | undefined;
  const by = mark?.by ?? 'noen';
  throw conflict(
    `Document ${documentId} is being tried again right now by ${by}; wait for that retry's outcome.`,
    `Dokument ${documentId} blir prøvd på nytt akkurat nå av ${by}; vent på utfallet av det forsøket.`,
  );
}

async function retryMarked(ctx: ServiceContext, identity: Identity, documentId: string, rejected: Awaited<ReturnType<typeof findDocument>>, bytes: Uint8Array) {
  const postmarkDate = (rejected.item.postmarkDate as string | undefined) ?? null;
  const result = await handIn(ctx, identity, { bytes, fileName: rejected.fileName, receivedDate: rejected.receivedDate, postmarkDate });
  if (result.documentId === documentId) throw unprocessable('That is the same file as the one rejected. Choose the replacement the mailroom made.', 'Det er den samme filen som ble avvist. Velg erstatningen postmottaket laget.');
  // Bytes the service knows already replace nothing: the duplicate's answer is the known document's,
  // so the original stays in quarantine and the mailroom is told which document those bytes are.
  if (result.duplicateOf) {
    const known = await findDocument(ctx, result.duplicateOf).catch(() => null);
    const named = known ? ` (${known.fileName}, ${known.status})` : '';
    const namedNb = known ? ` (${known.fileName}, ${statusNb(known.status)})` : '';
    throw conflict(
      `That file is already known as document ${result.duplicateOf}${named}; it replaces nothing, and ${rejected.fileName} stays in quarantine. Choose the replacement the mailroom made.`,
      `Den filen er allerede mottatt som dokument ${result.duplicateOf}${namedNb}; den erstatter ingenting, og ${rejected.fileName} blir liggende i karantene. Velg erstatningen postmottaket laget.`,
    );
  }
  const at = ctx.now().toISOString();
  if (result.status === 'rejected') return keptInQuarantine(ctx, identity, documentId, result, at);
  await updateIf(
    ctx.db,
    withCondition(
      { Key: keys.document(documentId), ...updateExpression({ set: { replacedBy: result.documentId, retriedBy: identity.person, retriedAt: at }, remove: ['qpk', 'qsk'] }) },
      'attribute_not_exists(#r)',
      { '#r': 'replacedBy' },
    ),
  );
  await recordAudit(ctx.db, { documentId, event: 'QuarantineRetried', actor: identity.person, at, details: { replacedBy: result.documentId, outcome: result.status } });
  const reasonNb = result.status === 'routed' ? null : reasonWords((await findDocument(ctx, result.documentId)).reasonCode, ctx.config).reasonNb;
  return { replaced: documentId, result, reasonNb, retriedBy: identity.person };
}

/**
 * The replacement was rejected as well: the original keeps its place in quarantine and records the
 * attempt (shown beside it on the page and in the API's listing); the attempt's own document keeps its
 * quarantine copy and record, points back at the original, and leaves the listing.
 */
async function keptInQuarantine(ctx: ServiceContext, identity: Identity, documentId: string, result: ProcessResult, at: string) {
  const attempt = await findDocument(ctx, result.documentId);
  const retry: RejectedRetry = { documentId: result.documentId, reason: result.reason, reasonCode: attempt.reasonCode, at, by: identity.person };
  // Every attempt is kept, in order: the mailroom sees each file it tried, not only the last.
  await updateIf(ctx.db, {
    Key: keys.document(documentId),
    UpdateExpression: 'SET #l = list_append(if_not_exists(#l, :none), :one)',
    ConditionExpression: 'attribute_not_exists(#r)',
    ExpressionAttributeNames: { '#l': 'retries', '#r': 'replacedBy' },
    ExpressionAttributeValues: { ':none': [], ':one': [retry] },
  });
  await updateIf(ctx.db, { Key: keys.document(result.documentId), ...updateExpression({ set: { retryOf: documentId }, remove: ['qpk', 'qsk'] }) });
  await recordAudit(ctx.db, { documentId, event: 'QuarantineRetried', actor: identity.person, at, details: { triedAs: result.documentId, outcome: result.status } });
  return { replaced: null, result, reasonNb: reasonWords(attempt.reasonCode, ctx.config).reasonNb, retriedBy: identity.person };
}
