import PDFDocument from 'pdfkit';
import bwipjs from 'bwip-js';
import { encodeSheetCode, type SheetCode } from '../../domain/sheets/sheet-code.ts';
import { sheetNames } from '../../domain/wording/names-nb.ts';

/**
 * Printable cover and separator sheets: one A4 page each, a QR code and the same facts in plain
 * Norwegian text, so a person can read what the machine reads. Helvetica (a PDF standard font) is
 * enough: its WinAnsi encoding has æ, ø and å, so no font file has to travel with the code.
 */
export interface CoverSheetFacts {
  caseNumber: string;
  documentType: string | null;
  area: string | null;
  /** Display names for the codes above, e.g. "Klage på vedtak", "Tannbehandling". */
  documentTypeName?: string;
  areaName?: string;
  /** Who prints it; shown as the sender line at the foot of the sheet. */
  organisation?: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
const MARGIN = 20 * MM;
/** Large modules survive a 200 dpi fax: at 60 mm a version-4 code has ~1.8 mm modules (~14 px). */
const CODE_SIZE = 60 * MM;
/** Printed sheets are compared byte for byte in tests; pdfkit would otherwise stamp the clock. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

async function qrPng(text: string): Promise<Buffer> {
  // Error correction Q restores a quarter of the modules: dust, a fold, a staple hole.
  // eclevel is a BWIPP option that bwip-js's types do not list.
  const options: bwipjs.RenderOptions & { eclevel: 'Q' } = { bcid: 'qrcode', text, eclevel: 'Q', scale: 8 };
  return bwipjs.toBuffer(options);
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function newSheet(title: string): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: title, Producer: 'postmottak', Creator: 'postmottak', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
}

/** The heading band, the code centred under it and the code's text in small print beneath. */
async function drawHeaderAndCode(doc: PDFKit.PDFDocument, heading: string, instruction: string, codeText: string): Promise<number> {
  doc.font('Helvetica-Bold').fontSize(34).text(heading, MARGIN, MARGIN, { width: A4.width - 2 * MARGIN, align: 'center' });
  doc.moveDown(0.4);
  doc.font('Helvetica').fontSize(12).text(instruction, { width: A4.width - 2 * MARGIN, align: 'center' });
  const top = doc.y + 10 * MM;
  const left = (A4.width - CODE_SIZE) / 2;
  doc.image(await qrPng(codeText), left, top, { width: CODE_SIZE, height: CODE_SIZE });
  doc.font('Courier').fontSize(8).text(codeText, MARGIN, top + CODE_SIZE + 3 * MM, { width: A4.width - 2 * MARGIN, align: 'center' });
  return doc.y + 10 * MM;
}

function factLine(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('Helvetica-Bold').fontSize(16).text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  doc.moveDown(0.3);
}

// The sheets' names as every line and the page say them (one word for each, domain/wording/names-nb.ts).
const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export async function renderCoverSheet(facts: CoverSheetFacts): Promise<Buffer> {
  const code: SheetCode = { kind: 'cover', caseNumber: facts.caseNumber, documentType: facts.documentType, area: facts.area };
  const codeText = encodeSheetCode(code);
  const caseNumber = codeText.split(':')[3]!.replace('-', '/');
  const doc = newSheet(`${capitalised(sheetNames.cover)} for sak ${caseNumber}`);
  const y = await drawHeaderAndCode(
    doc,
    sheetNames.cover.toUpperCase(),
    'Legg dette arket øverst på dokumentet når det skannes eller sendes. Arket blir ikke en del av dokumentet.',
    codeText,
  );
  doc.x = MARGIN;
  doc.y = y;
  factLine(doc, 'Saksnummer', caseNumber);
  factLine(doc, 'Dokumenttype', facts.documentType ? (facts.documentTypeName ?? facts.documentType) : 'ikke angitt (leses av dokumentet)');
  // The case's own area is printed for the reader even when the code leaves the area open.
  if (facts.area || facts.areaName) factLine(doc, 'Saksområde', facts.areaName ?? facts.area!);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(facts.organisation ?? 'Postmottaket', MARGIN, A4.height - MARGIN - 24, { width: A4.width - 2 * MARGIN, align: 'center' });
  return collect(doc);
}

export async function renderSeparatorSheet(organisation?: string): Promise<Buffer> {
  const codeText = encodeSheetCode({ kind: 'separator' });
  const doc = newSheet(capitalised(sheetNames.separator));
  const y = await drawHeaderAndCode(
    doc,
    sheetNames.separator.toUpperCase(),
    'Legg dette arket mellom to dokumenter i en bunke som skannes samlet. Arket blir ikke en del av noe dokument.',
    codeText,
  );
  // Heavy bars top and bottom make the sheet easy to spot by eye in a stack of paper.
  doc.rect(MARGIN, y, A4.width - 2 * MARGIN, 12 * MM).fill('#000000');
  doc.rect(MARGIN, A4.height - MARGIN - 40 * MM, A4.width - 2 * MARGIN, 12 * MM).fill('#000000');
  doc.fillColor('#000000').font('Helvetica').fontSize(10).text(organisation ?? 'Postmottaket', MARGIN, A4.height - MARGIN - 24, { width: A4.width - 2 * MARGIN, align: 'center' });
  return collect(doc);
}
