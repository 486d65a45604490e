import { inlinePageBytes } from '#domain/inline-page-texts';
import type { PostmottakConfig } from '#schemas/config';
import type { IntakeInput, Inspection } from '#schemas/pipeline';
import { contentDocumentId, documentIdFor, uploadIdentity } from '#domain/identity';
import { checkSize, type InspectOutcome } from '#domain/inspect/index';
import type { BatchRoll, BlobStore, Clock, ContentClaims, EventPublisher } from './ports.ts';
import { batchKeyOf } from '#domain/intake/batch';
import { documentReceived } from '#domain/events/stage-events';
import { maskNationalIdsInText } from '#domain/fields/masked-national-ids';

export interface InspectPorts {
  config: PostmottakConfig;
  blobs: BlobStore;
  /** Reads the file's real type, pages and text layer (engines/: pdf-parse, sharp). */
  inspectFile: (bytes: Uint8Array, limits: PostmottakConfig['limits'], options: { renderDpi: number }) => Promise<InspectOutcome>;
  /** The Map's page concurrency: PAGE_CONCURRENCY in AWS, the configuration's value on a laptop. */
  pageConcurrency: () => number;
  /** Identity by content: who first brought these bytes. */
  claims: ContentClaims;
  events: EventPublisher;
  clock: Clock;
  /** Absent: no follow-up of the batch waits for this document (stages/link.ts). */
  batches?: BatchRoll;
}

/** Inspect: the real type, the page count and the limits; the pages to read, or why the file is rejected. */
export async function inspectStage(intake: IntakeInput, ports: InspectPorts, fileName = ''): Promise<{ inspection: Inspection; outcome: InspectOutcome | null }> {
  const { config, blobs } = ports;
  let documentId = documentIdFor(intake);
  const object = { bucket: intake.bucket, key: intake.key, versionId: intake.versionId };
  // The size first, so an oversized upload is never downloaded: with the bytes in one request where
  // the store can leave an oversized body unread, else a size request before the download.
  const read = blobs.getUnlessLarger ? await blobs.getUnlessLarger(object, config.limits.maxBytes) : { size: await blobs.size(object), bytes: null };
  let outcome: InspectOutcome | null = checkSize(read.size, config.limits);
  if (!outcome) {
    const bytes = read.bytes ?? (await blobs.get(object));
    // Identity by content (SPEC.md "Duplicates and re-runs"); an oversized file, never downloaded, keeps the upload's.
    documentId = contentDocumentId(bytes);
    // A key put straight into the bucket keeps the name the uploader gave it; the claim keeps it masked.
    const fileName = maskNationalIdsInText(intake.key.slice(intake.key.lastIndexOf('/') + 1));
    const claim = await ports.claims.claim({ documentId, upload: uploadIdentity(intake), fileName, claimedAt: ports.clock.now().toISOString() });
    if (claim.duplicate) return { outcome: null, inspection: { status: 'duplicate', documentId, duplicateOf: claim.duplicateOf, result: claim.result } };
    outcome = await ports.inspectFile(bytes, config.limits, { renderDpi: config.ocr.targetDpi });
  }
  // Nothing is written here; the event is published on every run and the log keeps its id once.
  await ports.events.publish(
    documentReceived(
      { documentId, receivedDate: intake.receivedDate, postmarkDate: intake.postmarkDate ?? null, format: outcome.ok ? outcome.format : null, pageCount: outcome.ok ? outcome.pageCount : null },
      ports.clock.now().toISOString(),
    ),
  );
  if (!outcome.ok) return { outcome, inspection: { status: 'rejected', documentId, reason: outcome.reason, reasonCode: outcome.reasonCode } };
  const { format, pageCount, textLayer } = outcome;
  // Each page's share of the state for its text (domain/inline-page-texts.ts): a short letter's pages
  // travel to Classify in it. The key and file name are counted as they are: a 1,024-byte key is in
  // every page's job.
  const inlineBytes = inlinePageBytes(pageCount, { key: intake.key, fileName });
  // On its batch's roll until its first Link: a follow-up that overtakes it there waits for it.
  await ports.batches?.enter({ batch: batchKeyOf(intake), documentId, at: ports.clock.now().toISOString() });
  return {
    outcome,
    inspection: {
      status: 'ok',
      documentId,
      format,
      pageCount,
      pageConcurrency: ports.pageConcurrency(),
      pages: textLayer.map((hasTextLayer, pageIndex) => ({ documentId, bucket: intake.bucket, key: intake.key, versionId: intake.versionId ?? null, etag: intake.etag, format, pageIndex, hasTextLayer, inlineBytes })),
    },
  };
}
