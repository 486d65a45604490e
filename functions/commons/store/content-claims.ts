import type { ProcessResult, SplitOutcome } from '#schemas/pipeline';
import { partDocumentId } from '#domain/bundles/document-parts';
import { DuplicateInFlight } from '#domain/errors';
import type { ContentClaims } from '#stages/ports';
import { documentIdOfUpload } from '#domain/identity';
import { getDocument } from './documents.ts';
import { getItem, putIf, type Db } from './db.ts';

/**
 * Which upload first brought a document's bytes (SPEC.md "Duplicates and re-runs"). The first upload
 * claims the content id with a conditional put; a re-run of that same upload finds its own claim and
 * goes on (every later write is idempotent per document); any other upload of the same bytes is a
 * duplicate and gets the first's answer, so nothing is registered, queued or given deadlines again.
 */
export const claimKey = (documentId: string) => ({ pk: `DOC#${documentId}`, sk: 'UPLOAD' });

/** The ASL's Retry waits for the first upload of the same bytes to finish; after that this upload ends as its duplicate. */
export class DuplicateInFlightError extends DuplicateInFlight {}

export type ContentClaim = { duplicate: false } | { duplicate: true; duplicateOf: string; result: ProcessResult | SplitOutcome };

export async function claimContent(db: Db, input: { documentId: string; upload: string; fileName: string; claimedAt: string }): Promise<ContentClaim> {
  const key = claimKey(input.documentId);
  const claimed = await putIf(db, {
    Item: { ...key, documentId: input.documentId, upload: input.upload, fileName: input.fileName, claimedAt: input.claimedAt },
    ConditionExpression: 'attribute_not_exists(pk) OR #upload = :upload',
    ExpressionAttributeNames: { '#upload': 'upload' },
    ExpressionAttributeValues: { ':upload': input.upload },
  });
  if (claimed) return { duplicate: false };
  const first = await getDocument(db, input.documentId);
  if (!first) {
    // No document under the file's id: the first upload may have been split into parts.
    const split = await splitOutcome(db, input.documentId);
    if (split) return { duplicate: true, duplicateOf: input.documentId, result: split };
  }
  if (first?.result) return { duplicate: true, duplicateOf: input.documentId, result: { ...first.result, duplicateOf: input.documentId } };
  const ended = await endedBeforeItsBytesWereRead(db, input.documentId);
  if (ended) return { duplicate: true, duplicateOf: ended.documentId, result: { ...ended.result, duplicateOf: ended.documentId } };
  // The first upload of these bytes is still on its way (or stopped mid-flow: reconcile finds it).
  throw new DuplicateInFlightError('the first upload of the same bytes has no outcome yet');
}

/**
 * A first upload whose Inspect failed after its claim (a timeout, a publish that kept failing) went to
 * review under its upload's own id, as RecordFailure knows no content id without an inspection; the
 * claim names that upload, so its outcome is found there and it is not taken for one still in flight.
 */
async function endedBeforeItsBytesWereRead(db: Db, contentId: string): Promise<{ documentId: string; result: ProcessResult } | null> {
  const claim = await getItem(db, claimKey(contentId), { consistent: true });
  if (typeof claim?.upload !== 'string') return null;
  const documentId = documentIdOfUpload(claim.upload);
  const first = await getDocument(db, documentId);
  return first?.result ? { documentId, result: first.result } : null;
}

/**
 * The answer of a file that was split: every part's line, each saying which document it repeats. Null
 * when the file was not split, or while a part has no outcome yet (the first upload is on its way).
 */
async function splitOutcome(db: Db, fileDocumentId: string): Promise<SplitOutcome | null> {
  const first = await getDocument(db, partDocumentId(fileDocumentId, 1));
  const count = first?.result?.parts;
  if (!first?.result || !count) return null;
  const parts: ProcessResult[] = [first.result];
  for (let k = 2; k <= count; k++) {
    const part = await getDocument(db, partDocumentId(fileDocumentId, k));
    if (!part?.result) return null;
    parts.push(part.result);
  }
  return { documentId: fileDocumentId, status: 'split', queue: null, caseId: null, parts: parts.map((p) => ({ ...p, duplicateOf: p.documentId })) };
}

/** The ContentClaims port (stages/ports.ts) on DynamoDB. */
export function dynamoContentClaims(db: Db): ContentClaims {
  return { claim: (input) => claimContent(db, input) };
}
