import type { FileFormat } from '#schemas/pipeline';
import type { FileKind } from '../reasons/wording.ts';

/**
 * The real type of a file, from its first bytes: the name and the content type are what the sender's
 * software claims, the bytes are what it is.
 */
export type Sniffed = { format: FileFormat } | { format: null; looksLike: FileKind };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** Signatures of what else turns up in a mailroom's upload folder, to say what the file is instead (worded in domain/reasons/wording.ts). */
const OTHERS: { test: (b: Uint8Array) => boolean; looksLike: FileKind }[] = [
  { test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && ascii(b, 30, 60).startsWith('word/'), looksLike: 'docx' },
  { test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && ascii(b, 30, 60).startsWith('xl/'), looksLike: 'xlsx' },
  { test: (b) => startsWith(b, [0x50, 0x4b]) && [0x03, 0x05, 0x07].includes(b[2]!), looksLike: 'zip' },
  { test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), looksLike: 'old_office' },
  { test: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a', looksLike: 'gif' },
  { test: (b) => ascii(b, 0, 2) === 'BM', looksLike: 'bmp' },
  { test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP', looksLike: 'webp' },
  { test: (b) => ascii(b, 4, 8) === 'ftyp' && /heic|heix|hevc|mif1|msf1/.test(ascii(b, 8, 12)), looksLike: 'heic' },
  { test: (b) => ascii(b, 4, 8) === 'ftyp', looksLike: 'video' },
  { test: (b) => startsWith(b, [0x1f, 0x8b]), looksLike: 'gzip' },
  { test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), looksLike: 'seven_zip' },
  { test: (b) => ascii(b, 0, 4) === 'Rar!', looksLike: 'rar' },
  { test: (b) => ascii(b, 0, 5) === '{\\rtf', looksLike: 'rtf' },
  { test: (b) => ascii(b, 0, 2) === 'MZ', looksLike: 'windows_program' },
  { test: (b) => startsWith(b, [0x7f, 0x45, 0x4c, 0x46]), looksLike: 'program' },
  { test: (b) => /^\s*(<!doctype html|<html)/i.test(ascii(b, 0, 200)), looksLike: 'html' },
  { test: (b) => /^\s*<\?xml/i.test(ascii(b, 0, 100)), looksLike: 'xml' },
  { test: (b) => /^(Received|Return-Path|From|MIME-Version|Message-ID|Date|Subject|To):/im.test(ascii(b, 0, 400)), looksLike: 'email' },
];

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 2048);
  if (sample.length === 0) return false;
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)) printable++;
  return printable / sample.length > 0.95 && !sample.includes(0);
}

export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { format: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { format: 'jpeg' };
  // Classic TIFF (42) and BigTIFF (43), both byte orders.
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { format: 'tiff' };
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) return { format: 'tiff' };
  if (ascii(bytes, 0, 5) === '%PDF-') return { format: 'pdf' };
  // Before the lenient PDF check below: a ZIP holding a stored PDF has '%PDF-' in its first kilobyte too.
  const other = OTHERS.find((o) => o.test(bytes));
  if (other) return { format: null, looksLike: other.looksLike };
  // The PDF header may sit after some junk (readers accept it within the first kilobyte).
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { format: 'pdf' };
  if (looksLikeText(bytes)) return { format: null, looksLike: 'text' };
  return { format: null, looksLike: 'unknown' };
}
