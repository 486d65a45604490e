import { describe, expect, it } from 'vitest';
import type { InspectOutcome } from '#domain/inspect/index';
import { inspectFile } from '#engines/inspect-file';
import type { Limits } from '#schemas/config';
import {
  decompressionBombPng, emptyFile, encryptedPdf, manyPagesPdf, renderPageImage, renderPhoto, renderTextPdf, toJpeg, toPng,
  toScannedPdf, toTiffG4, truncatedJpeg, truncatedPdf, truncatedPng, truncatedTiff, zipArchive,
} from '../../corpus/render.ts';

const limits: Limits = { maxBytes: 50 * 1024 * 1024, maxPages: 200, maxPixelsPerPage: 80_000_000 };
const letter = ['Klage på vedtak om sykepenger', '', 'Jeg er uenig i vedtaket datert 12.03.2025 og ber om ny vurdering.'];
// Small pages: inspection does not care about resolution, and the suite must stay light.
const page = () => renderPageImage(letter, { dpi: 100 });

function rejected(outcome: InspectOutcome) {
  if (outcome.ok) throw new Error(`expected a rejection, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('inspectFile: readable files', () => {
  it('a text PDF: pages counted, each with a text layer', async () => {
    const outcome = await inspectFile(await renderTextPdf([letter, letter, letter]), limits);
    expect(outcome).toEqual({ ok: true, format: 'pdf', pageCount: 3, textLayer: [true, true, true] });
  });

  it('a scanned PDF: no text layer, so OCR', async () => {
    const outcome = await inspectFile(await toScannedPdf([await page(), await toJpeg(await page())]), limits);
    expect(outcome).toEqual({ ok: true, format: 'pdf', pageCount: 2, textLayer: [false, false] });
  });

  it('a multi-page CCITT G4 TIFF', async () => {
    const outcome = await inspectFile(await toTiffG4([await page(), await page(), await page()]), limits);
    expect(outcome).toEqual({ ok: true, format: 'tiff', pageCount: 3, textLayer: [false, false, false] });
  });

  it('JPEG and PNG, whatever they would be called', async () => {
    expect(await inspectFile(await toJpeg(await page()), limits)).toMatchObject({ ok: true, format: 'jpeg', pageCount: 1 });
    expect(await inspectFile(await toPng(await page()), limits)).toMatchObject({ ok: true, format: 'png', pageCount: 1 });
  });

  it('a photo without text is readable: it goes on (to review later), not to quarantine', async () => {
    expect(await inspectFile(await renderPhoto(), limits)).toMatchObject({ ok: true, format: 'jpeg', pageCount: 1 });
  });
});

describe('inspectFile: bad input is rejected with a reason a clerk understands', () => {
  it('an empty file', async () => {
    const outcome = rejected(await inspectFile(emptyFile(), limits));
    expect(outcome.code).toBe('empty');
    expect(outcome.reason).toContain('The file is empty (0 bytes).');
  });

  it('a ZIP archive named .pdf: the bytes decide, not the name', async () => {
    const outcome = rejected(await inspectFile(zipArchive({ 'brev.pdf': '%PDF-1.7 inside a zip' }), limits));
    expect(outcome.code).toBe('unsupported_type');
    expect(outcome.reason).toMatch(/not a PDF, TIFF, JPEG or PNG \(it looks like a ZIP archive\), whatever its name says/);
  });

  it.each([
    ['a Word document', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('word/document.xml')]), /Word document/],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), /GIF image/],
    ['an HEIC photo', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]), /HEIC/],
    ['an e-mail', Buffer.from('Received: from mx\r\nFrom: a@b.no\r\nSubject: Klage\r\n\r\nHei'), /e-mail/],
    ['a text file', Buffer.from('Jeg klager på vedtaket.\n'), /plain text/],
    ['random bytes', Buffer.from([0x00, 0x13, 0x37, 0x00, 0xfe, 0x01]), /unknown kind of file/],
  ])('%s', async (_name, bytes, looksLike) => {
    const outcome = rejected(await inspectFile(bytes, limits));
    expect(outcome.code).toBe('unsupported_type');
    expect(outcome.reason).toMatch(looksLike);
  });

  it.each([
    ['PDF', truncatedPdf, /PDF is incomplete/],
    ['JPEG', truncatedJpeg, /JPEG file is damaged or incomplete \(the file ends too early/],
    ['PNG', truncatedPng, /PNG file is damaged or incomplete/],
    ['TIFF', truncatedTiff, /TIFF file is damaged or incomplete/],
  ])('a truncated %s', async (_name, make, reason) => {
    const outcome = rejected(await inspectFile(await make(), limits));
    expect(outcome.code).toBe('corrupt');
    expect(outcome.reason).toMatch(reason);
  });

  it('a PDF whose insides are garbage', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(400, 0x41), Buffer.from('\n%%EOF\n')]);
    const outcome = rejected(await inspectFile(bytes, limits));
    expect(outcome.code).toBe('corrupt');
    expect(outcome.reason).toMatch(/PDF is damaged/);
  });

  it('a password-protected PDF', async () => {
    const outcome = rejected(await inspectFile(await encryptedPdf(), limits));
    expect(outcome.code).toBe('encrypted');
    expect(outcome.reason).toMatch(/password-protected/);
  });

  it('more pages than the limit: PDF and TIFF', async () => {
    const small = { ...limits, maxPages: 3 };
    const pdf = rejected(await inspectFile(await manyPagesPdf(4), small));
    expect(pdf).toMatchObject({ code: 'too_many_pages' });
    expect(pdf.reason).toContain('The file has 4 pages; the limit is 3 per file.');
    const p = await page();
    expect(rejected(await inspectFile(await toTiffG4([p, p, p, p]), small)).code).toBe('too_many_pages');
    expect(await inspectFile(await manyPagesPdf(3), small)).toMatchObject({ ok: true, pageCount: 3 });
  });

  it('a decompression bomb: rejected from the header, before decoding', async () => {
    const bomb = decompressionBombPng();
    expect(bomb.length).toBeLessThan(200_000);
    const outcome = rejected(await inspectFile(bomb, limits));
    expect(outcome.code).toBe('too_many_pixels');
    expect(outcome.reason).toContain('20000 × 20000 pixels (400 megapixels); the limit is 80 megapixels per page');
  });

  it('an image over a configured pixel limit', async () => {
    const outcome = rejected(await inspectFile(await page(), { ...limits, maxPixelsPerPage: 500_000 }));
    expect(outcome.code).toBe('too_many_pixels');
  });

  it('a file over the byte limit', async () => {
    const outcome = rejected(await inspectFile(await page(), { ...limits, maxBytes: 1000 }));
    expect(outcome.code).toBe('too_large');
    expect(outcome.reason).toMatch(/^The file is \d+ KB; the limit is 1 KB\. Please split it/);
  });
});
