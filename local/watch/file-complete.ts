/**
 * Whether a scan dropped into the watched inbox is whole, from its bytes alone. A scanner that pauses
 * between pages leaves a file that has stopped growing but is not finished; taken then, it is
 * rejected as broken and the rest arrives as a second, also broken, file. The formats a scanner
 * writes say where they end: a PDF with its end-of-file marker after the trailer, a TIFF with every
 * directory and every strip or tile inside the bytes. What cannot be told (another format, a
 * BigTIFF) counts as whole: the pipeline judges it.
 */
export type Completeness = { whole: true } | { whole: false; kind: 'PDF' | 'TIFF' };

export function completeness(bytes: Uint8Array): Completeness {
  if (startsWith(bytes, '%PDF-')) return pdfEnds(bytes) ? { whole: true } : { whole: false, kind: 'PDF' };
  const tiff = tiffWhole(bytes);
  if (tiff === false) return { whole: false, kind: 'TIFF' };
  return { whole: true };
}

const startsWith = (bytes: Uint8Array, text: string) => bytes.length >= text.length && [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

/** A PDF ends with %%EOF, followed at most by line ends and padding some writers add (readers look at the last 1024 bytes). */
function pdfEnds(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  const at = tail.lastIndexOf('%%EOF');
  return at >= 0 && /^[\s\0]*$/.test(tail.slice(at + 5));
}

// Bytes per value of each TIFF field type (TIFF 6.0, section 2); 13 is IFD.
const typeSize: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
const STRIP_OFFSETS = 273;
const STRIP_BYTE_COUNTS = 279;
const TILE_OFFSETS = 324;
const TILE_BYTE_COUNTS = 325;

/** True or false for a classic TIFF, null for anything else (not a TIFF, or a BigTIFF). */
function tiffWhole(bytes: Uint8Array): boolean | null {
  if (bytes.length < 8) return null;
  const little = bytes[0] === 0x49 && bytes[1] === 0x49;
  const big = bytes[0] === 0x4d && bytes[1] === 0x4d;
  if (!little && !big) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(2, little) !== 42) return null;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const seen = new Set<number>();
  for (let ifd = u32(4); ifd !== 0; ) {
    // A loop in the chain is a broken file, not an unfinished one: the pipeline rejects it.
    if (seen.has(ifd)) return true;
    seen.add(ifd);
    if (ifd + 2 > bytes.length) return false;
    const entries = u16(ifd);
    const end = ifd + 2 + entries * 12;
    if (end + 4 > bytes.length) return false;
    const values = new Map<number, number[]>();
    for (let i = 0; i < entries; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = u16(entry);
      const size = typeSize[u16(entry + 2)];
      const count = u32(entry + 4);
      if (size === undefined) continue;
      const inline = size * count <= 4;
      const at = inline ? entry + 8 : u32(entry + 8);
      if (at + size * count > bytes.length) return false;
      if ([STRIP_OFFSETS, STRIP_BYTE_COUNTS, TILE_OFFSETS, TILE_BYTE_COUNTS].includes(tag) && (size === 2 || size === 4)) {
        values.set(tag, Array.from({ length: count }, (_, k) => (size === 2 ? u16(at + k * 2) : u32(at + k * 4))));
      }
    }
    for (const [offsetsTag, countsTag] of [[STRIP_OFFSETS, STRIP_BYTE_COUNTS], [TILE_OFFSETS, TILE_BYTE_COUNTS]] as const) {
      const offsets = values.get(offsetsTag) ?? [];
      const counts = values.get(countsTag) ?? [];
      if (offsets.some((offset, k) => offset + (counts[k] ?? 0) > bytes.length)) return false;
    }
    ifd = u32(end);
  }
  return true;
}
