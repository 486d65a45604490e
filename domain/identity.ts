import { createHash } from 'node:crypto';

/**
 * A document's id is derived from the identity of the uploaded object (bucket, key, ETag/version), so
 * the same upload processed twice, or one event delivered twice, is the same document.
 */
export function documentIdFor(object: { bucket: string; key: string; etag: string; versionId?: string | null }): string {
  const identity = [object.bucket, object.key, object.versionId ?? '', object.etag.replaceAll('"', '')].join('\n');
  return 'doc-' + createHash('sha256').update(identity).digest('hex').slice(0, 24);
}

/**
 * SPEC.md "Duplicates and re-runs": a document's identity is its content. The id is a digest of the
 * bytes, so the same scan uploaded under another name, in another batch or with another received
 * date is the same document (an S3 ETag is no content hash under KMS or multipart upload).
 */
export function contentDocumentId(bytes: Uint8Array): string {
  return 'doc-' + createHash('sha256').update(bytes).digest('hex').slice(0, 24);
}

/**
 * One upload: the object and the mail dates it came with. A re-run of the same upload (a retried
 * task, a second delivery of its event) has the same identity; the same bytes uploaded again do not.
 */
export function uploadIdentity(intake: { bucket: string; key: string; etag: string; versionId?: string | null; receivedDate: string; postmarkDate?: string | null }): string {
  return [intake.bucket, intake.key, intake.versionId ?? '', intake.etag.replaceAll('"', ''), intake.receivedDate, intake.postmarkDate ?? ''].join('\n');
}

/**
 * The upload's own document id (documentIdFor) from its identity (uploadIdentity): where a first upload
 * that failed before its bytes were read keeps its outcome. Only the key may hold a line break, and
 * every other field has its fixed place from either end.
 */
export function documentIdOfUpload(identity: string): string {
  const fields = identity.split('\n');
  const [bucket = '', versionId = '', etag = ''] = [fields[0], fields.at(-4), fields.at(-3)];
  return documentIdFor({ bucket, key: fields.slice(1, -4).join('\n'), versionId, etag });
}
