import { PDF_END_WINDOW, pdfEnds } from '../../domain/inspect/pdf-end.ts';
import { sniffFormat } from '../../domain/inspect/sniff.ts';

/**
 * Whether a scan dropped into the watched inbox is whole, from its bytes alone. A scanner that pauses
 * between pages leaves a file that has stopped growing but is not finished; taken then, it is
 * rejected as broken and the rest arrives as a second, also broken, file. The formats a scanner
 * writes say where they end: a PDF with its end-of-file marker (the pipeline's own rule,
 * domain/inspect/pdf-end.ts), a JPEG with its end-of-image marker, a PNG with its IEND chunk, a TIFF
 * (classic or BigTIFF) with every directory of its chain and every strip or tile inside the bytes.
 * What cannot be told (another format) counts as whole: the pipeline judges it.
 *
 * Only what decides is read — the head, the tail, a TIFF's directories — not the whole file, so a
 * large scan waited for is looked at cheaply each time it grows.
 */
export type ScanKind = 'PDF' | 'TIFF' | 'JPEG' | 'PNG';
export type Completeness = { whole: true } | { whole: false; kind: ScanKind };

/** The bytes of a file, read where asked: `read` gives fewer bytes than asked past the end. */
export interface ByteSource {
  size: number;
  read(at: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes already in memory. */
export const bytesSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: async (at, length) => bytes.subarray(Math.min(at, bytes.length), Math.min(at + length, bytes.length)),
});

// sniffFormat looks at most this far in (a PDF header may follow junk within the first kilobyte).
const HEAD = 2048;
// NUL, line ends, space and a DOS end-of-file some writers pad an image with.
const IMAGE_PADDING = new Set([0x00, 0x0a, 0x0d, 0x1a, 0x20]);
const IMAGE_TAIL = 4096;
const JPEG_END = [0xff, 0xd9];
// IEND's type and its CRC: a PNG's last 8 bytes.
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const partial = (kind: ScanKind): Completeness => ({ whole: false, kind });
const whole: Completeness = { whole: true };

export async function completeness(source: ByteSource): Promise<Completeness> {
  const head = await source.read(0, HEAD);
  // A TIFF cut before its first directory is not yet anything sniffFormat can judge.
  if (isTiffStart(head)) return (await tiffWhole(source, head)) ? whole : partial('TIFF');
  switch (sniffFormat(head).format) {
    case 'pdf':
      return pdfEnds(await tail(source, PDF_END_WINDOW)) ? whole : partial('PDF');
    case 'jpeg':
      return endsWith(await tail(source, IMAGE_TAIL), JPEG_END) ? whole : partial('JPEG');
    case 'png':
      return endsWith(await tail(source, IMAGE_TAIL), PNG_END) ? whole : partial('PNG');
    default:
      return whole;
  }
}

const tail = (source: ByteSource, length: number) => source.read(Math.max(0, source.size - length), length);

/** Whether the bytes, padding left out, end with `end`. */
function endsWith(bytes: Uint8Array, end: readonly number[]): boolean {
  let last = bytes.length;
  while (last > 0 && IMAGE_PADDING.has(bytes[last - 1]!)) last--;
  return last >= end.length && end.every((b, i) => bytes[last - end.length + i] === b);
}

const TIFF_STARTS = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x49, 0x49, 0x2b, 0x00],
  [0x4d, 0x4d, 0x00, 0x2b],
];
const isTiffStart = (head: Uint8Array) => head.length >= 4 && TIFF_STARTS.some((s) => s.every((b, i) => head[i] === b));

// Bytes per value of each TIFF field type (TIFF 6.0 section 2; 13 IFD; BigTIFF 16-18: 8-byte integers and IFD).
const typeSize: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8 };
const STRIP_OFFSETS = 273;
const STRIP_BYTE_COUNTS = 279;
const TILE_OFFSETS = 324;
const TILE_BYTE_COUNTS = 325;
const PLACEMENT_TAGS = new Set([STRIP_OFFSETS, STRIP_BYTE_COUNTS, TILE_OFFSETS, TILE_BYTE_COUNTS]);
// More directories than any scan has: a chain this long is broken, not unfinished.
const MAX_DIRECTORIES = 10_000;

/**
 * Whether a TIFF (classic or BigTIFF) is whole: only the chain of directories and where each page's
 * strips or tiles lie decide — a tag pointing elsewhere past the end is the pipeline's to judge.
 */
async function tiffWhole(source: ByteSource, head: Uint8Array): Promise<boolean> {
  const little = head[0] === 0x49;
  const big = head[2] === 0x2b || head[3] === 0x2b;
  const headerLength = big ? 16 : 8;
  if (source.size < headerLength) return false;
  const header = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const offsetAt = (view: DataView, at: number) => (big ? Number(view.getBigUint64(at, little)) : view.getUint32(at, little));
  const entrySize = big ? 20 : 12;
  const countSize = big ? 8 : 2;
  const inlineSize = big ? 8 : 4;
  const seen = new Set<number>();
  for (let ifd = offsetAt(header, big ? 8 : 4); ifd !== 0; ) {
    // A loop in the chain is a broken file, not an unfinished one: the pipeline rejects it.
    if (seen.has(ifd) || seen.size >= MAX_DIRECTORIES) return true;
    seen.add(ifd);
    if (ifd + countSize > source.size) return false;
    const countBytes = await source.read(ifd, countSize);
    const countView = new DataView(countBytes.buffer, countBytes.byteOffset, countBytes.byteLength);
    const entries = big ? Number(countView.getBigUint64(0, little)) : countView.getUint16(0, little);
    const directoryLength = countSize + entries * entrySize + inlineSize;
    if (ifd + directoryLength > source.size) return false;
    const directory = await source.read(ifd, directoryLength);
    const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    const values = new Map<number, number[]>();
    for (let i = 0; i < entries; i++) {
      const entry = countSize + i * entrySize;
      const tag = view.getUint16(entry, little);
      if (!PLACEMENT_TAGS.has(tag)) continue;
      const type = view.getUint16(entry + 2, little);
      const size = typeSize[type];
      if (size !== 2 && size !== 4 && size !== 8) continue;
      const count = big ? Number(view.getBigUint64(entry + 4, little)) : view.getUint32(entry + 4, little);
      const field = entry + (big ? 12 : 8);
      let array: DataView;
      if (size * count <= inlineSize) array = new DataView(directory.buffer, directory.byteOffset + field, inlineSize);
      else {
        const at = offsetAt(view, field);
        if (at + size * count > source.size) return false;
        const bytes = await source.read(at, size * count);
        array = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
      const read = (k: number) => (size === 2 ? array.getUint16(k * 2, little) : size === 4 ? array.getUint32(k * 4, little) : Number(array.getBigUint64(k * 8, little)));
      values.set(tag, Array.from({ length: count }, (_, k) => read(k)));
    }
    for (const [offsetsTag, countsTag] of [[STRIP_OFFSETS, STRIP_BYTE_COUNTS], [TILE_OFFSETS, TILE_BYTE_COUNTS]] as const) {
      const offsets = values.get(offsetsTag) ?? [];
      const counts = values.get(countsTag) ?? [];
      if (offsets.some((offset, k) => offset + (counts[k] ?? 0) > source.size)) return false;
    }
    ifd = offsetAt(view, countSize + entries * entrySize);
  }
  return true;
}
