/**
 * Fixture makers: letters rendered the way the mailroom sends them (text PDFs, scans, phone photos)
 * and the bad files it also sends. Everything is generated here, deterministically (seeded), so tests
 * and the corpus never depend on real mail — which would hold personal data.
 *
 * Used by test/, scripts/make-samples.ts, the corpus generator and the OCR benchmark: keep the API stable.
 */
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { seededRandom } from '../domain/seeded-random.ts';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
export const FONT_REGULAR = `${FONT_DIR}/DejaVuSans.ttf`;
export const FONT_BOLD = `${FONT_DIR}/DejaVuSans-Bold.ttf`;

const A4_INCHES = { width: 8.27, height: 11.69 };
const A4_POINTS = { width: 595.28, height: 841.89 };
/** Fixed so the same input gives the same bytes (pdfkit otherwise stamps the current time). */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export { seededRandom };

// ---------------------------------------------------------------------------------------------
// PDFs

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export interface TextPdfOptions {
  fontSize?: number;
  /** A line equal to one of these is set in bold (headings). */
  boldLines?: string[];
  userPassword?: string;
}

/** A born-digital letter: a real text layer, one array of lines per page, DejaVu Sans (æøå). */
export async function renderTextPdf(pages: string[][], opts: TextPdfOptions = {}): Promise<Buffer> {
  const fontSize = opts.fontSize ?? 11;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    autoFirstPage: false,
    info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'postmottak fixtures', Creator: 'postmottak fixtures' },
    ...(opts.userPassword ? { userPassword: opts.userPassword, ownerPassword: `${opts.userPassword}-owner`, pdfVersion: '1.7' as const } : {}),
  });
  doc.registerFont('body', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const bold = new Set(opts.boldLines ?? []);
  for (const lines of pages.length ? pages : [[]]) {
    doc.addPage();
    doc.fontSize(fontSize);
    for (const line of lines) {
      doc.font(bold.has(line) ? 'bold' : 'body');
      // A blank line still advances (pdfkit ignores an empty string).
      doc.text(line === '' ? ' ' : line, { lineBreak: true });
    }
  }
  return collect(doc);
}

/** A password-protected PDF (RC4/AES per pdfkit): opening it needs the password. */
export function encryptedPdf(lines: string[] = ['Konfidensielt', 'Dette dokumentet er passordbeskyttet.']): Promise<Buffer> {
  return renderTextPdf([lines], { userPassword: 'hemmelig' });
}

/** A text PDF with n pages, one short line each (for the page limit). */
export function manyPagesPdf(n: number): Promise<Buffer> {
  return renderTextPdf(Array.from({ length: n }, (_, i) => [`Side ${i + 1} av ${n}`]));
}

/**
 * An image-only PDF, as a scanner or a "print to PDF" of a scan makes it: one A4 page per image,
 * no text layer. PNG and JPEG pages are embedded as they are (JPEG stays DCT-compressed).
 */
export async function toScannedPdf(images: Buffer[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'postmottak fixtures scanner', Creator: 'postmottak fixtures scanner' },
  });
  for (const image of images) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(image, 0, 0, { width: A4_POINTS.width, height: A4_POINTS.height });
  }
  return collect(doc);
}

// ---------------------------------------------------------------------------------------------
// Page images

export interface PageImageOptions {
  /** Scan resolution; 300 is what a mailroom scanner is set to. */
  dpi?: number;
  /** Font size in points. */
  fontSize?: number;
  /** Serif (DejaVu Serif) instead of sans. */
  serif?: boolean;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** Where each line that is drawn goes: blank lines and lines below the page's foot are not drawn. */
function placedLines(lines: string[], opts: PageImageOptions) {
  const dpi = opts.dpi ?? 300;
  const fontSize = opts.fontSize ?? 11;
  const height = Math.round(A4_INCHES.height * dpi);
  const px = (pt: number) => (pt * dpi) / 72;
  const margin = px(64);
  const lineHeight = px(fontSize * 1.45);
  return lines.map((line, i) => ({ line, y: margin + px(fontSize) + i * lineHeight })).filter(({ line, y }) => line.trim() !== '' && y < height - margin / 2);
}

/**
 * The lines renderPageImage draws of these, in order: what a reading of the page is scored against
 * (a page given more lines than fit shows only its top).
 */
export function linesDrawn(lines: string[], opts: PageImageOptions = {}): string[] {
  return placedLines(lines, opts).map(({ line }) => line);
}

/** A clean A4 page with the given lines, greyscale PNG at the given dpi (resolution stored in the file). */
export async function renderPageImage(lines: string[], opts: PageImageOptions = {}): Promise<Buffer> {
  const dpi = opts.dpi ?? 300;
  const fontSize = opts.fontSize ?? 11;
  const width = Math.round(A4_INCHES.width * dpi);
  const height = Math.round(A4_INCHES.height * dpi);
  const margin = (64 * dpi) / 72;
  const family = opts.serif ? 'DejaVu Serif' : 'DejaVu Sans';
  const texts = placedLines(lines, opts)
    .map(({ line, y }) => `<text x="${margin.toFixed(1)}" y="${y.toFixed(1)}" xml:space="preserve">${escapeXml(line)}</text>`)
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#ffffff"/>
<g font-family="${family}" font-size="${((fontSize * dpi) / 72).toFixed(2)}" fill="#111111">
${texts}
</g></svg>`;
  return sharp(Buffer.from(svg), { density: 72 })
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .withDensity(dpi)
    .png({ compressionLevel: 6 })
    .toBuffer();
}

export interface DegradeOptions {
  /** Skew in degrees (a page fed crooked). */
  rotateDeg?: number;
  /** Fraction of pixels turned into dust specks (salt and pepper), e.g. 0.03. */
  noise?: number;
  /** Gaussian blur sigma in pixels (out of focus, photocopy of a photocopy), >= 0.3. */
  blur?: number;
  /** Round-trip through JPEG at this quality (artefacts of a phone or cheap scanner). */
  jpegQuality?: number;
  /** Grey, unevenly lit paper instead of white. */
  greyPaper?: boolean;
  seed?: number;
}

/**
 * The light damage the benchmarks give a scanned page (a flatbed or sheet-fed office scanner): a skew of
 * up to 0.6 degrees, a few dust specks, and grey, unevenly lit paper on one page in four. One definition
 * for every script that scans generated letters (bench-batch-scan, measure-original-bytes,
 * measure-page-artefacts, count-letter-requests), so their figures rest on the same pages.
 */
export function lightScanDamage(seed: number): DegradeOptions {
  return { rotateDeg: ((seed % 7) - 3) * 0.2, noise: 0.003, greyPaper: seed % 4 === 0, seed };
}

/** A page's lines printed and scanned with the benchmarks' light damage: a greyscale PNG at `dpi`. */
export async function scannedPage(lines: string[], opts: PageImageOptions & { seed: number }): Promise<Buffer> {
  const { seed, ...page } = opts;
  return degrade(await renderPageImage(lines, page), lightScanDamage(seed));
}

/** Makes a clean page look like a real scan. Returns a greyscale PNG; same input and seed, same bytes. */
export async function degrade(png: Buffer, opts: DegradeOptions): Promise<Buffer> {
  const random = seededRandom(opts.seed ?? 1);
  const meta = await sharp(png).metadata();
  const density = meta.density ?? 300;
  let { data, info } = await sharp(png).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  let width = info.width;
  let height = info.height;

  // Paper tone: white becomes a light grey that darkens towards one corner (uneven lighting), and ink
  // is no longer black.
  const paper = opts.greyPaper ? 205 + Math.floor(random() * 20) : 255;
  if (opts.greyPaper) {
    const out = Buffer.alloc(data.length);
    for (let y = 0; y < height; y++) {
      const shade = 1 - 0.12 * (y / height);
      for (let x = 0; x < width; x++) {
        const i = y * width + x;
        const v = data[i]!;
        out[i] = Math.round((35 + (v / 255) * (paper - 35)) * (shade - 0.04 * (x / width)));
      }
    }
    data = out;
  }
  let image = sharp(data, { raw: { width, height, channels: 1 } });
  if (opts.rotateDeg) {
    const bg = opts.greyPaper ? Math.round(paper * 0.9) : 255;
    image = image.rotate(opts.rotateDeg, { background: { r: bg, g: bg, b: bg } });
  }
  if (opts.blur && opts.blur >= 0.3) image = image.blur(opts.blur);
  ({ data, info } = await image.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true }));
  width = info.width;
  height = info.height;
  if (info.channels !== 1) throw new Error(`degrade: expected 1 channel, got ${info.channels}`);

  if (opts.noise && opts.noise > 0) {
    const specks = Math.round(width * height * opts.noise);
    for (let n = 0; n < specks; n++) {
      const i = Math.floor(random() * width * height);
      data[i] = random() < 0.5 ? 15 : 250;
    }
  }
  let out = sharp(data, { raw: { width, height, channels: 1 } });
  if (opts.jpegQuality) {
    const jpeg = await out.jpeg({ quality: opts.jpegQuality, chromaSubsampling: '4:2:0' }).toBuffer();
    out = sharp(jpeg);
  }
  return out.toColourspace('b-w').withDensity(density).png({ compressionLevel: 6 }).toBuffer();
}

export interface JpegOptions {
  quality?: number;
  /**
   * EXIF orientation (1-8) as a phone writes it: the pixels are stored turned and the tag says how to
   * turn them back, so a reader that ignores the tag sees the page sideways.
   */
  exifOrientation?: 1 | 3 | 6 | 8;
}

/** Encodes a page as JPEG (what a phone or a cheap scanner sends). */
export async function toJpeg(image: Buffer, opts: JpegOptions = {}): Promise<Buffer> {
  const orientation = opts.exifOrientation ?? 1;
  // Store the pixels turned the opposite way to what the tag will undo.
  const undo = { 1: 0, 3: 180, 6: -90, 8: 90 }[orientation];
  const meta = await sharp(image).metadata();
  let pipeline = sharp(image);
  if (undo) pipeline = pipeline.rotate(undo);
  return pipeline
    .withMetadata({ orientation, density: meta.density ?? 300 })
    .jpeg({ quality: opts.quality ?? 85 })
    .toBuffer();
}

/** A PNG as it is (re-encoded so the density is recorded). */
export async function toPng(image: Buffer): Promise<Buffer> {
  const meta = await sharp(image).metadata();
  return sharp(image).withDensity(meta.density ?? 300).png().toBuffer();
}

/**
 * A multi-page bilevel TIFF, CCITT Group 4, as a document scanner files it. sharp (libvips) writes
 * it directly: the pages are joined as the frames of one image and saved 1 bit deep with ccittfax4.
 * Pages of different sizes are padded white to the largest.
 */
export async function toTiffG4(images: Buffer[]): Promise<Buffer> {
  if (images.length === 0) throw new Error('toTiffG4: no pages');
  const metas = await Promise.all(images.map((i) => sharp(i).metadata()));
  const width = Math.max(...metas.map((m) => m.autoOrient?.width ?? m.width ?? 0));
  const height = Math.max(...metas.map((m) => m.autoOrient?.height ?? m.height ?? 0));
  const density = metas[0]?.density ?? 300;
  const pages = await Promise.all(
    images.map(async (img) => {
      const flat = sharp(img).autoOrient().flatten({ background: '#ffffff' }).toColourspace('b-w');
      const { data, info } = await flat.raw().toBuffer({ resolveWithObject: true });
      return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
        .extend({ right: width - info.width, bottom: height - info.height, background: '#ffffff' })
        // A scanner's own bilevel threshold: grey paper goes white, ink black.
        .threshold(150)
        .toColourspace('b-w')
        .png({ compressionLevel: 1 })
        .toBuffer();
    }),
  );
  const joined = pages.length === 1 ? sharp(pages[0]) : sharp(pages, { join: { animated: true } });
  const dpmm = density / 25.4;
  // join yields RGBA frames; G4 needs exactly one band.
  return joined
    .extractChannel(0)
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: dpmm, yres: dpmm, resolutionUnit: 'inch' })
    .toBuffer();
}

/**
 * A photo without any text (an X-ray, a picture of a rash): soft shapes on a dark ground, JPEG.
 * A readable file that must end in review, not quarantine.
 */
export async function renderPhoto(opts: { width?: number; height?: number; seed?: number } = {}): Promise<Buffer> {
  const width = opts.width ?? 1600;
  const height = opts.height ?? 2000;
  const random = seededRandom(opts.seed ?? 7);
  const blobs = Array.from({ length: 14 }, () => {
    const cx = random() * width;
    const cy = random() * height;
    const rx = 80 + random() * 400;
    const ry = 80 + random() * 500;
    const g = 90 + Math.floor(random() * 150);
    return `<ellipse cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" rx="${rx.toFixed(0)}" ry="${ry.toFixed(0)}" fill="rgb(${g},${g},${g})" fill-opacity="0.55"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><radialGradient id="g"><stop offset="0" stop-color="#555"/><stop offset="1" stop-color="#0a0a0a"/></radialGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${blobs}</svg>`;
  return sharp(Buffer.from(svg)).blur(18).jpeg({ quality: 80 }).toBuffer();
}

// ---------------------------------------------------------------------------------------------
// Bad input

export function emptyFile(): Buffer {
  return Buffer.alloc(0);
}

/** A real (stored, uncompressed) ZIP archive: what arrives as "brev.pdf" from a mail client export. */
export function zipArchive(entries: Record<string, string> = { 'brev.pdf': 'not a pdf' }): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** The first part of a file, as an interrupted upload or a full disk leaves it. */
export function truncate(bytes: Buffer, keepFraction = 0.6): Buffer {
  return Buffer.from(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * keepFraction))));
}

const shortLetter = ['Klage på vedtak', '', 'Jeg klager på vedtaket om sykepenger.'];

export async function truncatedPdf(): Promise<Buffer> {
  return truncate(await renderTextPdf([shortLetter, shortLetter]), 0.5);
}
export async function truncatedPng(): Promise<Buffer> {
  return truncate(await renderPageImage(shortLetter, { dpi: 100 }), 0.5);
}
export async function truncatedJpeg(): Promise<Buffer> {
  return truncate(await toJpeg(await renderPageImage(shortLetter, { dpi: 100 })), 0.5);
}
export async function truncatedTiff(): Promise<Buffer> {
  const page = await renderPageImage(shortLetter, { dpi: 100 });
  return truncate(await toTiffG4([page, page]), 0.6);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A decompression bomb: a valid PNG of width x height 1-bit pixels (default 20000 x 20000 = 400
 * megapixels, over 1 GB once decoded to 8-bit RGB) that is only a few tens of kilobytes on disk.
 */
export function decompressionBombPng(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const row = Math.ceil(width / 8) + 1; // filter byte + packed pixels, all zero
  const raw = Buffer.alloc(row * height);
  const idat = deflateSync(raw, { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
