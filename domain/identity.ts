import { createHash } from 'node:crypto';

/**
 * A document's id is derived from the identity of the uploaded object (bucket, key, ETag/version), so
 * the same upload processed twice, or one event delivered twice, is the same document.
 */
export function documentIdFor(object: { bucket: string; key: string; etag: string; versionId?: string | null }): string {
  const identity = [object.bucket, object.key, object.versionId ?? '', object.etag.replaceAll('"', '')].join('\n');
  return 'doc-' + createHash('sha256').update(identity).digest('hex').slice(0, 24);
}
