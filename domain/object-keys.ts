import { createHash } from 'node:crypto';

/**
 * A file name as one segment of an S3 key. S3 takes keys of 1,024 bytes, but a key segment is a
 * file name on disk for the embedded S3 server (255 bytes, and it appends `._S3rver_metadata.json`),
 * and a mailroom's scanner writes whatever name it likes: a name of 234 bytes or more used to kill
 * the batch. Long names keep their start and extension and gain a digest of the whole name, so two
 * long names that share a start stay apart. The document keeps its full name elsewhere.
 */
export const MAX_KEY_SEGMENT_BYTES = 120;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** The longest prefix of `text` (whole code points) that fits in `bytes` bytes of UTF-8. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (utf8(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

export function keySegmentFor(fileName: string, maxBytes = MAX_KEY_SEGMENT_BYTES): string {
  // Separators would make new folders; control characters make keys nobody can type.
  const cleaned = fileName.replace(/[\\/]/g, '_').replace(/\p{Cc}/gu, '').trim() || 'original';
  if (utf8(cleaned) <= maxBytes) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  const digest = '~' + createHash('sha256').update(fileName).digest('hex').slice(0, 8);
  const stem = cutToBytes(cleaned.slice(0, cleaned.length - extension.length), maxBytes - utf8(digest) - utf8(extension));
  return stem + digest + extension;
}
