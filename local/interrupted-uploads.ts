import { createHash } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { contentDocumentId, uploadIdentity } from '../domain/identity.ts';
import { s3Client } from '../functions/commons/clients.ts';
import { claimKey } from '../functions/commons/store/content-claims.ts';
import { getItem, type Db } from '../functions/commons/store/db.ts';
import { incomingObjects, reportObject } from '../functions/commons/reconcile.ts';
import type { ExecutionState } from '../schemas/state.ts';
import type { IntakeInput } from '../schemas/pipeline.ts';
import { isCallBatchName } from '../domain/intake/batch.ts';
import { dayNb } from '../service/problem-words-nb.ts';

/**
 * A run stopped by Ctrl-C (or a crash) leaves its upload under incoming/ with its claim on the bytes,
 * and locally no execution outlives the process that started it. Handed in again, the same bytes would
 * be a new upload that finds the claim with no outcome (DuplicateInFlightError), waits for a first that
 * nothing drives on, and ends without an answer, while the first document stays unfinished. Instead the interrupted upload is
 * driven again, as `reconcile --redrive` would: every stage finds its own writes, so the remaining
 * stages run and the file gets its real line, one document.
 *
 * Only safe while no execution of these bytes can be running: the data dir's lock keeps every
 * execution on it in this process, and the caller passes over bytes it has in flight itself. In AWS
 * another execution may really be in flight; there the scheduled reconcile redrives, not this.
 */
export async function interruptedUploadOf(db: Db, bucket: string, bytes: Uint8Array): Promise<ExecutionState | null> {
  const prefix = `incoming/${uploadKeyDigest(bytes)}-`;
  const whole = sha256(bytes);
  const unfinished = [];
  for await (const { key } of incomingObjects(bucket, prefix)) {
    // The embedded server answers only keys under the prefix (test/local/s3-listing.test.ts); what session
    // 12 took for other files' uploads were these bytes under another name. Kept as a guard: a key
    // outside the prefix is never this file's upload to drive on.
    if (!key.startsWith(prefix)) continue;
    // The key names the bytes the run meant to write, not the ones it wrote: Ctrl-C during the PUT
    // leaves a half-written object under it. Those bytes are nobody's letter (the file handed in now
    // is), so the object goes and this run uploads the file afresh.
    if ((await storedDigest(bucket, key)) !== whole) {
      await s3Client().send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      continue;
    }
    const report = await reportObject(db, bucket, key);
    if (!report.verdict.finished) unfinished.push(report);
  }
  if (unfinished.length === 0) return null;
  // The upload holding the claim goes on as its own re-run; with no claim (stopped before Inspect read
  // the bytes) any of them can claim them.
  const claim = await getItem(db, claimKey(contentDocumentId(bytes)), { consistent: true });
  const holder = claim ? unfinished.find((r) => uploadIdentity(r.intake) === claim.upload) : unfinished[0];
  return holder ? { intake: holder.intake, fileName: holder.fileName } : null;
}

/** What this run was given for the file (local/intake.ts's upload metadata). */
export interface GivenNow {
  fileName: string;
  receivedDate: string;
  postmarkDate?: string | null | undefined;
  batch?: string | null | undefined;
}

/**
 * The interrupted run's upload carries its own received day, postmark and batch, and SPEC's duplicate
 * rule lets the first upload's answer stand; a clerk who stopped the run *because* a date was wrong
 * must hear that the first one still counts. One bokmål line, or null when both runs gave the same.
 */
export function firstRunKept(first: IntakeInput, now: GivenNow): string | null {
  const kept: string[] = [];
  if (first.receivedDate !== now.receivedDate) kept.push(`ble tatt imot ${dayNb(first.receivedDate)} i første kjøring (ikke ${dayNb(now.receivedDate)})`);
  if ((first.postmarkDate ?? null) !== (now.postmarkDate ?? null)) kept.push(`har poststempel ${dayNb(first.postmarkDate) || 'uten dato'} fra første kjøring (ikke ${dayNb(now.postmarkDate) || 'uten dato'})`);
  // The batch name each call makes for itself differs by itself; only a name the mailroom chose is news.
  if (!isCallBatchName(now.batch) && (first.batch ?? null) !== (now.batch ?? null)) kept.push(`hører til bunken ${first.batch ?? 'for mottaksdagen'} fra første kjøring (ikke ${now.batch ?? 'for mottaksdagen'})`);
  if (kept.length === 0) return null;
  return `${now.fileName} ${kept.join(' og ')}; første kjøring gjelder. Er det feil, rett dokumentet etterpå (korrigering).`;
}

/** The sha256 of an object's stored bytes; null when the store cannot hand them out whole. */
async function storedDigest(bucket: string, key: string): Promise<string | null> {
  try {
    const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return object.Body ? sha256(await object.Body.transformToByteArray()) : null;
  } catch {
    return null;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The digest an upload's key starts with (local/intake.ts): the bytes' sha256, 16 hex digits. */
export function uploadKeyDigest(bytes: Uint8Array): string {
  return sha256(bytes).slice(0, 16);
}
