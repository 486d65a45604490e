import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib';

/**
 * A scanner's PDF page is one JPEG drawn over the whole page. Rendering it with pdf.js decodes the
 * JPEG in JavaScript, paints it on a canvas and encodes the canvas as PNG, all on the main thread:
 * ~0.5 s a page, more than the rest of the page's preparation together (profile of a 30-page batch
 * scan). The JPEG itself is what the scanner wrote; handed to sharp as it is, libvips decodes it off
 * the main thread in milliseconds. So where a page is plainly such a scan, its image is taken out of
 * the file; anything else (a page with text, vector drawing or annotations on top, a clipped, turned,
 * stretched or masked image, another image encoding or colour space) is rendered by pdf.js as before.
 */
export interface ScannedPageImage {
  /** The embedded image file (JPEG), unchanged. */
  image: Uint8Array;
  /** Its resolution on the page: pixels across / inches across. */
  dpi: number;
}

/**
 * The page's image when the page is exactly one full-page DCT (JPEG) image of at most maxPixels
 * (config.limits.maxPixelsPerPage: sharp refuses more); null otherwise.
 */
export async function scannedPageImage(bytes: Uint8Array, pageIndex: number, maxPixels = Number.POSITIVE_INFINITY): Promise<ScannedPageImage | null> {
  const doc = await parsed(bytes);
  if (!doc || pageIndex >= doc.getPageCount()) return null;
  const found = fullPageJpeg(doc, doc.getPage(pageIndex));
  if (!found || found.pixels.width * found.pixels.height > maxPixels) return null;
  // A PDF viewer ignores a JPEG's EXIF orientation, sharp applies it: such a JPEG is left to pdf.js.
  const meta = await sharp(found.image).metadata().catch(() => null);
  if (meta?.format !== 'jpeg' || (meta.orientation ?? 1) !== 1 || !meta.width || !meta.height) return null;
  // A CMYK JPEG, or one whose channels are not what /ColorSpace says, is shown by a viewer in colours
  // libvips would not give it (CMYK JPEGs are often stored inverted).
  if (meta.space === 'cmyk' || meta.channels !== found.channels) return null;
  // The size inspection checked against the pixel limit is the dictionary's: the JPEG must have it.
  if (meta.width !== found.pixels.width || meta.height !== found.pixels.height) return null;
  // The renderer stretches the JPEG to the drawn size; taken as it is, a JPEG of other proportions
  // (a 200×100 dpi fax) would be read squashed. Within 1% is a scanner's rounding.
  const across = meta.width / found.drawn.width;
  const down = meta.height / found.drawn.height;
  if (Math.abs(down - across) / across >= 0.01) return null;
  return { image: found.image, dpi: meta.width / (found.drawn.width / 72) };
}

/**
 * The pixel size and resolution of the page's image where the page is one full-page JPEG (what
 * scannedPageImage would take), from the PDF's dictionaries alone, nothing decoded: inspection holds
 * it against the pixel limit, as it holds the page's size at the render resolution.
 */
export async function scannedPageImageSize(bytes: Uint8Array, pageIndex: number): Promise<{ width: number; height: number; dpi: number } | null> {
  const doc = await parsed(bytes);
  if (!doc || pageIndex >= doc.getPageCount()) return null;
  const found = fullPageJpeg(doc, doc.getPage(pageIndex));
  return found && { ...found.pixels, dpi: found.pixels.width / (found.drawn.width / 72) };
}

// The page tasks of one file run in one process locally (and a warm Lambda may read the next page of
// the same file): the file is parsed once, not once a page (~6 ms for a 30-page, 4.5 MB scan).
const cache = new Map<string, Promise<PDFDocument | null>>();
const CACHED_FILES = 2;

function parsed(bytes: Uint8Array): Promise<PDFDocument | null> {
  const key = createHash('sha256').update(bytes).digest('hex');
  let doc = cache.get(key);
  if (!doc) {
    doc = PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false, throwOnInvalidObject: false }).catch(() => null);
    cache.set(key, doc);
    while (cache.size > CACHED_FILES) cache.delete(cache.keys().next().value!);
  }
  return doc;
}

type Matrix = [number, number, number, number, number, number];

/**
 * Where a page's content draws its one image: the content may hold only q/Q, cm and one `/Name Do`
 * (what scanners and PDF libraries write for a scanned page); the transformation in force at the Do.
 */
export function singleImageDraw(content: string): { name: string; matrix: Matrix } | null {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const operands: string[] = [];
  let drawn: { name: string; matrix: Matrix } | null = null;
  for (const token of content.split(/\s+/).filter(Boolean)) {
    if (token === 'q') saved.push(ctm);
    else if (token === 'Q') ctm = saved.pop() ?? ctm;
    else if (token === 'cm') {
      const m = operands.splice(0).map(Number);
      if (m.length !== 6 || !m.every(Number.isFinite)) return null;
      ctm = multiply(m as Matrix, ctm);
    } else if (token === 'Do') {
      const [name, ...rest] = operands.splice(0);
      if (drawn || rest.length || !name?.startsWith('/')) return null;
      drawn = { name: name.slice(1), matrix: ctm };
    } else if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(token) || /^\/[^\s/[\]<>(){}%]+$/.test(token)) operands.push(token);
    else return null;
    if (operands.length > 6) return null;
  }
  return operands.length ? null : drawn;
}

/** m × n as PDF composes them: `m cm` makes the new CTM m × CTM. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The embedded JPEG and the size it is drawn at, in points. */
interface DrawnJpeg {
  image: Uint8Array;
  drawn: { width: number; height: number };
  /** Channels its /ColorSpace gives it. */
  channels: number;
  /** Its /Width and /Height. */
  pixels: { width: number; height: number };
}

function fullPageJpeg(doc: PDFDocument, page: PDFPage): DrawnJpeg | null {
  const content = pageContent(doc, page);
  const draw = content === null ? null : singleImageDraw(content);
  if (!draw) return null;
  const [a, b, c, d, e, f] = draw.matrix;
  const name = draw.name;
  // Upright and unmirrored: a turned or flipped drawing is left to the renderer.
  if (!(a > 0 && d > 0 && Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6)) return null;
  const box = page.getMediaBox();
  const crop = page.getCropBox();
  if (crop.x !== box.x || crop.y !== box.y || crop.width !== box.width || crop.height !== box.height) return null;
  // The image must cover the page (within a point): otherwise the page has margins the image lacks.
  const near = (x: number, y: number) => Math.abs(x - y) <= 1;
  if (!(near(e, box.x) && near(f, box.y) && near(a, box.width) && near(d, box.height))) return null;
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const ref = xobjects?.get(PDFName.of(name));
  const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (!(stream instanceof PDFRawStream)) return null;
  const dict = stream.dict;
  if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) return null;
  const filter = dict.get(PDFName.of('Filter'));
  const onlyDct = filter === PDFName.of('DCTDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === PDFName.of('DCTDecode'));
  if (!onlyDct) return null;
  // A mask, a decode array (inverted values) or a colour space other than plain grey/RGB changes what
  // a renderer shows from the JPEG's own pixels; CMYK JPEGs are often stored inverted.
  // /DecodeParms (an Adobe ColorTransform) changes how the JPEG is decoded.
  for (const key of ['SMask', 'Mask', 'Decode', 'ImageMask', 'DecodeParms']) if (dict.has(PDFName.of(key))) return null;
  const space = dict.get(PDFName.of('ColorSpace'));
  if (space !== PDFName.of('DeviceGray') && space !== PDFName.of('DeviceRGB')) return null;
  const width = dict.get(PDFName.of('Width'));
  const height = dict.get(PDFName.of('Height'));
  if (!(width instanceof PDFNumber && height instanceof PDFNumber && width.asNumber() > 0 && height.asNumber() > 0)) return null;
  // A viewer draws annotations' appearances (a "Mottatt" stamp, a FreeText note) over the image.
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (annots instanceof PDFArray ? annots.size() > 0 : annots !== undefined) return null;
  // A turned page (/Rotate) is left to the renderer, which turns it.
  if (page.getRotation().angle % 360 !== 0) return null;
  return { image: stream.contents, drawn: { width: a, height: d }, channels: space === PDFName.of('DeviceGray') ? 1 : 3, pixels: { width: width.asNumber(), height: height.asNumber() } };
}

/** The page's content stream(s) as text, or null when it cannot be read (then the renderer decides). */
function pageContent(doc: PDFDocument, page: PDFPage): string | null {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  if (refs.length === 0) return null;
  let text = '';
  for (const ref of refs) {
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    if (!(stream instanceof PDFRawStream)) return null;
    // A scanner's page content is a few dozen bytes; anything long is more than one image.
    if (stream.contents.length > 4096) return null;
    try {
      text += `${Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')}\n`;
    } catch {
      return null;
    }
  }
  return text;
}
