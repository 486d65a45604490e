import { createHash } from 'node:crypto';
import { contentDocumentId, uploadIdentity } from '../domain/identity.ts';
import { claimKey } from '../functions/commons/store/content-claims.ts';
import { getItem, type Db } from '../functions/commons/store/db.ts';
import { incomingObjects, reportObject } from '../functions/commons/reconcile.ts';
import type { ExecutionState } from '../schemas/state.ts';

/**
 * A run stopped by Ctrl-C (or a crash) leaves its upload under incoming/ with its claim on the bytes,
 * and locally no execution outlives the process that started it. Handed in again, the same bytes would
 * be a new upload that finds the claim with no outcome (DuplicateInFlightError) and ends in review as a
 * technical failure, while the first document stays unfinished. Instead the interrupted upload is
 * driven again, as `reconcile --redrive` would: every stage finds its own writes, so the remaining
 * stages run and the file gets its real line, one document.
 *
 * Only safe while no execution of these bytes can be running: the data dir's lock keeps every
 * execution on it in this process, and the caller passes over bytes it has in flight itself. In AWS
 * another execution may really be in flight; there the scheduled reconcile redrives, not this.
 */
export async function interruptedUploadOf(db: Db, bucket: string, bytes: Uint8Array): Promise<ExecutionState | null> {
  const prefix = `incoming/${uploadKeyDigest(bytes)}-`;
  const unfinished = [];
  for await (const { key } of incomingObjects(bucket, prefix)) {
    // Another file's upload is never this one's to drive on, whatever a store answers for the prefix.
    if (!key.startsWith(prefix)) continue;
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

/** The digest an upload's key starts with (local/intake.ts): the bytes' sha256, 16 hex digits. */
export function uploadKeyDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
