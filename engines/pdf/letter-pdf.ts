import PDFDocument from 'pdfkit';
import type { ComposedLetter } from '../../domain/letters/compose.ts';
import { letterFontFaces } from './fonts.ts';

/**
 * Letters as PDF/A-1b (ISO 19005-1, level B): every font embedded (DejaVu Sans), an sRGB output
 * intent, XMP metadata that says which part it conforms to — the archive format Noark 5 accepts and
 * the one Apache PDFBox Preflight (Debian's libpdfbox2-java) validates, so the tests can check it.
 * pdfkit writes the output intent and the pdfaid metadata when asked for the subset.
 *
 * Layout: A4, the recipient where a Norwegian C5 window envelope shows it (20 mm from the left,
 * 50 mm from the top), our reference and the date beside it, page numbers at the foot.
 */

const MM = 72 / 25.4;
const LEFT = 20 * MM;
const RIGHT_COLUMN = 125 * MM;
const WIDTH = 595.28 - LEFT - 20 * MM;
const WINDOW_TOP = 50 * MM;
const BODY_SIZE = 10.5;

/**
 * A word's shaping (fontkit's layout: glyphs, kerning, advances) kept across letters. pdfkit keeps it per
 * document only, and a letter is one document, so each letter shaped every word of the same templates again:
 * ~40% of the letter's CPU in `bench:pipeline`'s profile (session 24). A word's shaping depends on the font and
 * the text alone, and pdfkit copies a position before changing it, so a shared entry gives the same bytes.
 * Bounded: dropped whole when it grows past LAYOUTS_KEPT words (names and addresses differ letter to letter).
 */
const LAYOUTS_KEPT = 5000;
let layouts = new WeakMap<object, Record<string, unknown>>();

interface OpenedFont {
  font?: object;
  layoutCache?: Record<string, unknown>;
}

/** Points the document's fonts at the shared word layouts as it opens them. */
function shareWordLayouts(doc: PDFKit.PDFDocument): void {
  const internal = doc as unknown as { _font?: OpenedFont };
  const open = doc.font.bind(doc);
  const share = () => {
    const opened = internal._font;
    if (!opened?.font || !opened.layoutCache) return;
    let cache = layouts.get(opened.font);
    if (!cache) {
      cache = Object.create(null) as Record<string, unknown>;
      layouts.set(opened.font, cache);
    }
    opened.layoutCache = cache;
  };
  share();
  doc.font = ((...args: [PDFKit.Mixins.PDFFontSource, string?, number?]) => {
    open(...(args as [PDFKit.Mixins.PDFFontSource, string]));
    share();
    return doc;
  }) as typeof doc.font;
}

/** Forgets the shared word layouts once they hold more than LAYOUTS_KEPT words, counted after each document. */
function boundWordLayouts(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, OpenedFont> })._fontFamilies ?? {};
  const caches = new Set(Object.values(families).map((f) => f.layoutCache));
  const kept = [...caches].reduce((n, c) => n + (c ? Object.keys(c).length : 0), 0);
  if (kept > LAYOUTS_KEPT) layouts = new WeakMap();
}

export interface LetterPdfOptions {
  /** The document's creation date (the letter's date): fixed, so the same letter gives the same bytes' text and metadata. */
  created: Date;
  title: string;
}

/** One letter as one PDF/A-1b document. */
export function renderLetterPdf(letter: ComposedLetter, options: LetterPdfOptions): Promise<Buffer> {
  return renderLettersPdf([letter], options);
}

/**
 * Several letters in one PDF/A-1b document, each from a new page with its own page numbers: the
 * printable day's post.
 */
export function renderLettersPdf(letters: readonly ComposedLetter[], options: LetterPdfOptions): Promise<Buffer> {
  if (letters.length === 0) throw new Error('no letters to render');
  // Parsed once per process (see letterFontFaces); pdfkit's types name only paths and bytes.
  const faces = letterFontFaces() as unknown as { regular: PDFKit.Mixins.PDFFontSource; bold: PDFKit.Mixins.PDFFontSource };
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 18 * MM, bottom: 22 * MM, left: LEFT, right: 20 * MM },
    pdfVersion: '1.4',
    subset: 'PDF/A-1b',
    font: faces.regular as string,
    bufferPages: true,
    autoFirstPage: false,
    lang: letters[0]!.language === 'nn' ? 'nn-NO' : 'nb-NO',
    info: { Title: options.title, Author: letters[0]!.letterhead.name, Creator: 'postmottak', Producer: 'postmottak (pdfkit)', CreationDate: options.created, ModDate: options.created },
  });
  doc.registerFont('regular', faces.regular);
  doc.registerFont('bold', faces.bold);
  shareWordLayouts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const ranges: { letter: ComposedLetter; first: number; count: number }[] = [];
  for (const letter of letters) {
    const first = doc.bufferedPageRange().count;
    doc.addPage();
    writeLetter(doc, letter);
    ranges.push({ letter, first, count: doc.bufferedPageRange().count - first });
  }
  for (const { letter, first, count } of ranges) {
    for (let i = 0; i < count; i++) {
      doc.switchToPage(first + i);
      // Writing into the bottom margin must not start a new page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('regular').fontSize(8).fillColor('black').text(letter.pageLabel(i + 1, count), LEFT, doc.page.height - 14 * MM, { width: WIDTH, align: 'right', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
  }
  boundWordLayouts(doc);
  doc.end();
  return done;
}

function writeLetter(doc: PDFKit.PDFDocument, letter: ComposedLetter): void {
  const head = letter.letterhead;
  doc.fillColor('black');
  doc.font('bold').fontSize(13).text(head.name, LEFT, 18 * MM, { width: WIDTH });
  doc.font('regular').fontSize(9);
  for (const line of head.address) doc.text(line, { width: WIDTH });
  if (head.contact.length) doc.fontSize(8).text(head.contact.join('  ·  '), { width: WIDTH });

  doc.font('regular').fontSize(BODY_SIZE);
  doc.text(letter.recipient.name, LEFT, WINDOW_TOP, { width: 85 * MM });
  for (const line of letter.recipient.address) doc.text(line, { width: 85 * MM });
  const afterRecipient = doc.y;

  doc.fontSize(9);
  let y = WINDOW_TOP;
  for (const ref of letter.references) {
    doc.text(`${ref.label}: ${ref.value}`, RIGHT_COLUMN, y, { width: 595.28 - RIGHT_COLUMN - 20 * MM });
    y = doc.y;
  }

  doc.x = LEFT;
  doc.y = Math.max(afterRecipient, y, 95 * MM);
  doc.font('bold').fontSize(13).text(letter.title, LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.8);
  for (const section of letter.sections) {
    if (section.heading) {
      doc.font('bold').fontSize(11).text(section.heading, { width: WIDTH });
      doc.moveDown(0.2);
    }
    doc.font('regular').fontSize(BODY_SIZE);
    for (const p of section.paragraphs) {
      doc.text(p, { width: WIDTH, align: 'left', lineGap: 1.5 });
      doc.moveDown(0.6);
    }
  }
  doc.moveDown(0.6);
  doc.font('regular').fontSize(BODY_SIZE).text(letter.signature.closing, { width: WIDTH });
  doc.moveDown(0.6);
  for (const line of letter.signature.lines) doc.text(line, { width: WIDTH });
  if (letter.signature.note) {
    doc.moveDown(0.8);
    doc.fontSize(8).text(letter.signature.note, { width: WIDTH });
  }
}
