import { describe, expect, it } from 'vitest';
import { documentIdFor, documentIdOfUpload, uploadIdentity } from '#domain/identity';

/** A content claim keeps the first upload's identity; the first's own document id is found from it (functions/commons/store/content-claims.ts). */
describe('the document id of the upload a content claim names', () => {
  const upload = { bucket: 'mottak', key: 'incoming/0123456789abcdef-1a2b3c4d/klage.pdf', etag: '"e1"', versionId: 'v3', receivedDate: '2025-03-20', postmarkDate: '2025-03-18' };

  it('is the id the upload\'s failure was recorded under', () => {
    expect(documentIdOfUpload(uploadIdentity(upload))).toBe(documentIdFor(upload));
  });

  it('holds for a key with line breaks, no version and no postmark', () => {
    const odd = { ...upload, key: 'incoming/x/a\nb\nc.pdf', versionId: null, postmarkDate: null };
    expect(documentIdOfUpload(uploadIdentity(odd))).toBe(documentIdFor(odd));
    expect(documentIdOfUpload(uploadIdentity(odd))).not.toBe(documentIdFor({ ...odd, key: 'incoming/x/a' }));
  });
});
