import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { pdfEnds } from '../../domain/inspect/pdf-end.ts';
import { bytesSource, completeness } from '../../local/watch/file-complete.ts';
import { inspectFile } from '../../engines/inspect-file.ts';

/** A scan cut off anywhere (a scanner that paused) is told from a whole one by its bytes. */
const cuts = (length: number, from = 8) => [...new Set([from, 8, 12, 100, Math.floor(length / 3), Math.floor(length / 2), length - 40])].filter((n) => n > 0 && n < length);
const of = (bytes: Uint8Array) => completeness(bytesSource(bytes));
const white = (width = 400, height = 300) => sharp({ create: { width, height, channels: 3, background: '#ffffff' } });
const limits = { maxBytes: 50 * 1024 * 1024, maxPages: 200, maxPixelsPerPage: 80_000_000 };

describe('whether a dropped scan is whole', () => {
  it('a PDF is whole only with its end-of-file marker', async () => {
    const pdf = await renderTextPdf([['KLAGE', '', 'Jeg klager på vedtaket.']]);
    expect(await of(pdf)).toEqual({ whole: true });
    expect(await of(Buffer.concat([pdf, Buffer.from('\n\n')]))).toEqual({ whole: true });
    for (const n of cuts(pdf.length)) expect(await of(pdf.subarray(0, n)), `cut at ${n}`).toEqual({ whole: false, kind: 'PDF' });
    // Junk before the header (readers accept it within the first kilobyte) does not make a cut PDF whole.
    expect(await of(Buffer.concat([Buffer.from('\xEF\xBB\xBFjunk\n', 'latin1'), pdf.subarray(0, 200)]))).toEqual({ whole: false, kind: 'PDF' });
  });

  it('a PDF the pipeline reads is whole to the watcher, and one the watcher waits for the pipeline calls cut off: one rule', async () => {
    // QA s10 review: padding past 1 KiB, garbage or a DOS end-of-file after %%EOF held a readable PDF 10 minutes.
    const pdf = await renderTextPdf([['KLAGE', '', 'Jeg klager på vedtaket.']]);
    const endings = {
      'NUL padding': Buffer.alloc(4096),
      'DOS end-of-file': Buffer.from('\r\n\x1a', 'latin1'),
      garbage: Buffer.from('garbage!!\n'),
    };
    for (const [name, after] of Object.entries(endings)) {
      const bytes = Buffer.concat([pdf, after]);
      expect(pdfEnds(bytes), name).toBe(true);
      expect(await of(bytes), name).toEqual({ whole: true });
      expect((await inspectFile(bytes, limits)).ok, name).toBe(true);
    }
    const cut = pdf.subarray(0, pdf.length - 40);
    expect(await of(cut)).toEqual({ whole: false, kind: 'PDF' });
    expect(await inspectFile(cut, limits)).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('a JPEG is whole only with its end-of-image marker, a PNG only with its IEND chunk', async () => {
    // QA s10 review: half of samples/04 counted as whole and was rejected; the rest went to processed/ unread.
    const photo = await readFile(new URL('../../samples/04-klage-sykepenger-foto.jpg', import.meta.url));
    const png = await white().png().toBuffer();
    for (const [kind, bytes] of [['JPEG', photo], ['PNG', png]] as const) {
      expect(await of(bytes), kind).toEqual({ whole: true });
      expect(await of(Buffer.concat([bytes, Buffer.alloc(64)])), `${kind} padded`).toEqual({ whole: true });
      for (const n of [...cuts(bytes.length), bytes.length - 1]) expect(await of(bytes.subarray(0, n)), `${kind} cut at ${n}`).toEqual({ whole: false, kind });
    }
  });

  it('a TIFF is whole only with every directory and strip inside its bytes, compressed or not, classic or BigTIFF', async () => {
    const one = await white().tiff({ compression: 'lzw' }).toBuffer();
    const plain = await white().tiff({ compression: 'none' }).toBuffer();
    const bigTiff = bigTiffOf(await white(16, 16).tiff({ compression: 'none' }).toBuffer());
    for (const tiff of [one, plain, bigTiff]) {
      expect(await of(tiff)).toEqual({ whole: true });
      for (const n of cuts(tiff.length, 4)) expect(await of(tiff.subarray(0, n)), `cut at ${n} of ${tiff.length}`).toEqual({ whole: false, kind: 'TIFF' });
    }
  });

  it('only the directory chain and the strips decide: another tag pointing past the end is the pipeline’s to judge', async () => {
    const tiff = Buffer.from(await white().tiff({ compression: 'none' }).toBuffer());
    const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
    const little = tiff[0] === 0x49;
    const ifd = view.getUint32(4, little);
    // Point the ImageDescription (or any ASCII tag) at bytes past the end: still whole.
    const entries = view.getUint16(ifd, little);
    const entry = ifd + 2 + (entries - 1) * 12;
    view.setUint16(entry, 270, little);
    view.setUint16(entry + 2, 2, little);
    view.setUint32(entry + 4, 100, little);
    view.setUint32(entry + 8, tiff.length + 1000, little);
    expect(await of(tiff)).toEqual({ whole: true });
  });

  it('anything else counts as whole: the pipeline judges it', async () => {
    expect(await of(Buffer.from('hei'))).toEqual({ whole: true });
    expect(await of(Buffer.alloc(0))).toEqual({ whole: true });
  });
});

/**
 * A one-strip TIFF's directory and strip laid out as a BigTIFF (8-byte offsets): header, one directory,
 * the strip. Only the single-valued tags are kept — what completeness reads, not an image a viewer opens.
 */
function bigTiffOf(classic: Buffer): Buffer {
  const little = classic[0] === 0x49;
  const view = new DataView(classic.buffer, classic.byteOffset, classic.byteLength);
  const ifd = view.getUint32(4, little);
  const entries = view.getUint16(ifd, little);
  const tags = new Map<number, { type: number; count: number; value: number }>();
  for (let i = 0; i < entries; i++) {
    const at = ifd + 2 + i * 12;
    const type = view.getUint16(at + 2, little);
    const count = view.getUint32(at + 4, little);
    // Keep the single-valued SHORT/LONG tags; one strip, so its offset and count are single values too.
    if (count !== 1 || (type !== 3 && type !== 4)) continue;
    tags.set(view.getUint16(at, little), { type, count, value: type === 3 ? view.getUint16(at + 8, little) : view.getUint32(at + 8, little) });
  }
  const stripAt = tags.get(273)!.value;
  const stripLength = tags.get(279)!.value;
  const strip = classic.subarray(stripAt, stripAt + stripLength);
  const sorted = [...tags].sort(([a], [b]) => a - b);
  const directoryAt = 16;
  const directoryLength = 8 + sorted.length * 20 + 8;
  const dataAt = directoryAt + directoryLength;
  const out = Buffer.alloc(dataAt + strip.length);
  const o = new DataView(out.buffer, out.byteOffset, out.byteLength);
  out.write('II', 0, 'latin1');
  o.setUint16(2, 43, true);
  o.setUint16(4, 8, true);
  o.setBigUint64(8, BigInt(directoryAt), true);
  o.setBigUint64(directoryAt, BigInt(sorted.length), true);
  sorted.forEach(([tag, { type, value }], i) => {
    const at = directoryAt + 8 + i * 20;
    o.setUint16(at, tag, true);
    o.setUint16(at + 2, type, true);
    o.setBigUint64(at + 4, 1n, true);
    const v = tag === 273 ? dataAt : value;
    if (type === 3) o.setUint16(at + 12, v, true);
    else o.setUint32(at + 12, v, true);
  });
  o.setBigUint64(directoryAt + 8 + sorted.length * 20, 0n, true);
  strip.copy(out, dataAt);
  return out;
}
