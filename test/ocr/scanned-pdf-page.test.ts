import PDFDocument from 'pdfkit';
import { degrees, PDFDict, PDFDocument as PdfLibDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectFile } from '#engines/inspect-file';
import { readPage, shutdownOcr } from '#engines/ocr/index';
import { PDFNumber } from 'pdf-lib';
import { scannedPageImage, singleImageDraw } from '#engines/pdf/scanned-page-image';
import { renderPdfPage } from '#engines/pdf/pages';
import { characterErrorRate } from '../../corpus/cer.ts';
import { degrade, renderPageImage, renderTextPdf, toScannedPdf } from '../../corpus/render.ts';

process.env.POSTMOTTAK_OCR_WORKERS = '1';
afterAll(async () => {
  await shutdownOcr();
});

// Synthetic national id (month + 80).
const appeal = ['Klage på vedtak om sykepenger', '', 'Fødselsnummer: 12838512345', 'Jeg er uenig i vedtaket datert 12.03.2025.', 'Med vennlig hilsen Åse Ødegård'];
const A4 = { width: 595.28, height: 841.89 };

async function scanJpeg(lines: string[], seed: number): Promise<Buffer> {
  const scan = await degrade(await renderPageImage(lines, { dpi: 200 }), { rotateDeg: 0.4, noise: 0.003, seed });
  return sharp(scan).jpeg({ quality: 60 }).toBuffer();
}

function pdfOf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

describe('a scanned PDF page taken as its scanner wrote it', () => {
  it('gives the very JPEG of each page of a scanner PDF, with its resolution on the page', async () => {
    const jpegs = [await scanJpeg(appeal, 1), await scanJpeg(['LEGEERKLÆRING', '', 'Diagnose: K05.3'], 2)];
    const pdf = await toScannedPdf(jpegs);
    for (const [i, jpeg] of jpegs.entries()) {
      const found = await scannedPageImage(pdf, i);
      expect(found && Buffer.from(found.image).equals(jpeg)).toBe(true);
      const width = (await sharp(jpeg).metadata()).width!;
      expect(found!.dpi).toBeCloseTo(width / (A4.width / 72), 6);
    }
    expect(await scannedPageImage(pdf, 2)).toBeNull();
  });

  it('leaves to the renderer what is not one plain full-page JPEG: a text PDF, a PNG scan, text over the image, a margin, a turned image, two images', async () => {
    const jpeg = await scanJpeg(appeal, 3);
    const png = await renderPageImage(appeal, { dpi: 150 });
    const cases: [string, Buffer][] = [
      ['text PDF', await renderTextPdf([appeal])],
      ['PNG (Flate) scan', await toScannedPdf([png])],
      ['text over the image', await pdfOf((d) => d.addPage().image(jpeg, 0, 0, { width: A4.width, height: A4.height }).text('Mottatt 20.03.2025', 50, 50))],
      ['image with a margin', await pdfOf((d) => d.addPage().image(jpeg, 40, 40, { width: A4.width - 80, height: A4.height - 80 }))],
      ['turned image', await pdfOf((d) => d.addPage().rotate(180, { origin: [A4.width / 2, A4.height / 2] }).image(jpeg, 0, 0, { width: A4.width, height: A4.height }))],
      ['two images', await pdfOf((d) => d.addPage().image(jpeg, 0, 0, { width: A4.width, height: A4.height }).image(jpeg, 0, 0, { width: 100, height: 140 }))],
    ];
    for (const [what, pdf] of cases) expect([what, await scannedPageImage(pdf, 0)]).toEqual([what, null]);
    // The plain page itself is taken, so the cases above fail for what they add.
    expect(await scannedPageImage(await pdfOf((d) => d.addPage().image(jpeg, 0, 0, { width: A4.width, height: A4.height })), 0)).not.toBeNull();
  });

  it('leaves to the renderer a JPEG stretched unevenly over the page (a 200×100 dpi fax), and takes one within 1%', async () => {
    const jpeg = await scanJpeg(appeal, 5);
    const fax = await sharp(jpeg).resize(1654, 1169, { fit: 'fill' }).jpeg({ quality: 60 }).toBuffer();
    const full = (image: Buffer) => pdfOf((d) => d.addPage().image(image, 0, 0, { width: A4.width, height: A4.height }));
    expect(await scannedPageImage(await full(fax), 0)).toBeNull();
    // 0.5% taller than the page's proportions: a scanner's rounding, taken with the resolution across.
    const meta = await sharp(jpeg).metadata();
    const slightly = await sharp(jpeg).resize(meta.width!, Math.round(meta.height! * 1.005), { fit: 'fill' }).jpeg({ quality: 60 }).toBuffer();
    const taken = await scannedPageImage(await full(slightly), 0);
    expect(taken?.dpi).toBeCloseTo(meta.width! / (A4.width / 72), 6);
  });

  it('leaves to the renderer a page whose image dictionary, colours, turn or annotations change what a viewer shows', async () => {
    const jpeg = await scanJpeg(appeal, 6);
    const plain = await pdfOf((d) => d.addPage().image(jpeg, 0, 0, { width: A4.width, height: A4.height }));
    expect(await scannedPageImage(plain, 0)).not.toBeNull();
    const channels = (await sharp(jpeg).metadata()).channels;
    const cmyk = await sharp(jpeg).toColourspace('cmyk').jpeg({ quality: 60 }).toBuffer();
    const cases: [string, Buffer][] = [
      ['a /Decode array (inverted)', await edited(plain, ({ image, doc }) => image.set(PDFName.of('Decode'), doc.context.obj([1, 0])))],
      ['an /SMask', await edited(plain, ({ image, doc }) => image.set(PDFName.of('SMask'), doc.context.register(doc.context.flateStream(new Uint8Array(4), { Type: 'XObject', Subtype: 'Image', Width: 2, Height: 2, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }))))],
      ['/DecodeParms', await edited(plain, ({ image, doc }) => image.set(PDFName.of('DecodeParms'), doc.context.obj({ ColorTransform: 0 })))],
      ['an ICC colour space', await edited(plain, ({ image, doc }) => image.set(PDFName.of('ColorSpace'), doc.context.obj([PDFName.of('ICCBased'), doc.context.register(doc.context.flateStream(new Uint8Array(8), { N: channels ?? 3 }))])))],
      ['channels other than /ColorSpace says', await edited(plain, ({ image }) => image.set(PDFName.of('ColorSpace'), PDFName.of(channels === 1 ? 'DeviceRGB' : 'DeviceGray')))],
      ['a CMYK JPEG (as PDFKit writes it)', await pdfOf((d) => d.addPage().image(cmyk, 0, 0, { width: A4.width, height: A4.height }))],
      ['a CMYK JPEG declared RGB', await edited(await pdfOf((d) => d.addPage().image(cmyk, 0, 0, { width: A4.width, height: A4.height })), ({ image }) => {
        image.set(PDFName.of('ColorSpace'), PDFName.of('DeviceRGB'));
        image.delete(PDFName.of('Decode'));
      })],
      ['a page /Rotate', await edited(plain, ({ page }) => page.setRotation(degrees(90)))],
      ['a "Mottatt" stamp annotation', await edited(plain, ({ page, doc }) => {
        const stamp = doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [400, 760, 560, 800], Contents: 'Mottatt 20.03.2025', DA: '/Helv 12 Tf 0 g' });
        page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(stamp)]));
      })],
    ];
    const taken: string[] = [];
    for (const [what, pdf] of cases) if (await scannedPageImage(pdf, 0)) taken.push(what);
    expect(taken).toEqual([]);
  });

  it('rejects at inspection a page whose scan exceeds the pixel limit (a 1200 dpi A4 scan) with the advice to scan again at 300 dpi, and never takes it', async () => {
    const limits = { maxBytes: 50 * 1024 * 1024, maxPages: 200, maxPixelsPerPage: 80_000_000 };
    const jpeg = await scanJpeg(appeal, 7);
    const plain = await pdfOf((d) => d.addPage().image(jpeg, 0, 0, { width: A4.width, height: A4.height }));
    expect(await inspectFile(plain, limits)).toMatchObject({ ok: true, pageCount: 1 });
    // The dictionary of a 1200 dpi A4 scan (139 Mpx): what inspection reads, without decoding anything.
    const huge = await edited(plain, ({ image }) => {
      image.set(PDFName.of('Width'), PDFNumber.of(9921));
      image.set(PDFName.of('Height'), PDFNumber.of(14031));
    });
    expect(await inspectFile(huge, limits)).toMatchObject({
      ok: false,
      code: 'too_many_pixels',
      reasonCode: { code: 'too_many_pixels', params: { page: null, width: 9921, height: 14031, limitPixels: 80_000_000 } },
    });
    // A real JPEG over a (small) limit is not taken out for OCR either.
    const meta = await sharp(jpeg).metadata();
    expect(await scannedPageImage(plain, 0, meta.width! * meta.height! - 1)).toBeNull();
    expect(await scannedPageImage(plain, 0, meta.width! * meta.height!)).not.toBeNull();
  });

  it("reads a page's drawing: nested cm operators compose; anything but q, Q, cm and one Do is refused", () => {
    expect(singleImageDraw('1 0 0 -1 0 841.89 cm\nq\n595.28 0 0 -841.89 0 841.89 cm\n/I1 Do\nQ\n')).toEqual({ name: 'I1', matrix: [595.28, 0, 0, 841.89, 0, 0] });
    expect(singleImageDraw('q 612 0 0 792 0 0 cm /Im0 Do Q')).toEqual({ name: 'Im0', matrix: [612, 0, 0, 792, 0, 0] });
    expect(singleImageDraw('q 612 0 0 792 0 0 cm /Im0 Do Q q 10 0 0 10 0 0 cm /Im1 Do Q')).toBeNull();
    expect(singleImageDraw('BT /F1 12 Tf (x) Tj ET q 612 0 0 792 0 0 cm /Im0 Do Q')).toBeNull();
    expect(singleImageDraw('q 0 0 m 10 10 l S Q')).toBeNull();
  });

  it('OCR reads the taken JPEG as it reads the rendered page', async () => {
    const pdf = await toScannedPdf([await scanJpeg(appeal, 4)]);
    const options = { hasTextLayer: false, languages: ['nor', 'eng'], targetDpi: 200 };
    const taken = await readPage(pdf, 'pdf', 0, options);
    const rendered = await readPage(await renderPdfPage(pdf, 0, 200), 'png', 0, options);
    expect(characterErrorRate(appeal.join(' '), taken.page.text)).toBeLessThan(0.03);
    expect(characterErrorRate(rendered.page.text, taken.page.text)).toBeLessThan(0.03);
  });
});

/** The PDF with its first page and that page's one image dictionary edited (pdf-lib). */
async function edited(pdf: Buffer, edit: (parts: { doc: PdfLibDocument; page: ReturnType<PdfLibDocument['getPage']>; image: PDFDict }) => void): Promise<Buffer> {
  const doc = await PdfLibDocument.load(pdf);
  const page = doc.getPage(0);
  const xobjects = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const [name] = xobjects.keys();
  const stream = xobjects.lookup(name!);
  if (!(stream instanceof PDFRawStream)) throw new Error('the page has no image stream');
  const image = stream.dict;
  edit({ doc, page, image });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
