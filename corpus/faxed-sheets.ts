/**
 * Printed cover and separator sheets as they come back from a fax or a cheap scanner: rendered at
 * 200 dpi, fed crooked (up to ±3°), dusty, blurred, JPEG'd or thresholded to one bit (G4 TIFF).
 * Used by the read-rate test and `npm run eval`.
 */
import { renderCoverSheet, renderSeparatorSheet } from '../engines/sheets/sheet-pdf.ts';
import { renderPdfPage } from '../engines/pdf/pages.ts';
import type { SheetCode } from '../domain/sheets/sheet-code.ts';
import { seededRandom } from '../domain/seeded-random.ts';
import { degrade, toTiffG4 } from './render.ts';

export const FAX_DPI = 200;

export const sampleSheets: SheetCode[] = [
  { kind: 'cover', caseNumber: '2025/00001', documentType: 'appeal', area: 'dental' },
  { kind: 'cover', caseNumber: '2025/04127', documentType: 'medical_declaration', area: 'sick_pay' },
  { kind: 'cover', caseNumber: '2024/12999', documentType: null, area: null },
  { kind: 'cover', caseNumber: '2026/00310', documentType: 'appeal_deadline_interrupting', area: 'work_assessment' },
  { kind: 'cover', caseNumber: '2025/88888', documentType: 'legal_costs_claim', area: null },
  { kind: 'cover', caseNumber: '2025/00042', documentType: null, area: 'treatment_abroad' },
  { kind: 'cover', caseNumber: '2023/07070', documentType: 'expert_statement', area: 'occupational_injury' },
  { kind: 'cover', caseNumber: '2025/55555', documentType: 'consent', area: 'patient_travel' },
  { kind: 'cover', caseNumber: '2025/10000', documentType: 'tribunal_appeal', area: 'disability' },
  { kind: 'separator' },
];

/** The sheet as printed and put on the scanner glass cleanly, at fax resolution. */
export async function printedSheet(sheet: SheetCode, dpi = FAX_DPI): Promise<Buffer> {
  const pdf = sheet.kind === 'cover' ? await renderCoverSheet(sheet) : await renderSeparatorSheet();
  return renderPdfPage(pdf, 0, dpi);
}

/** One faxed copy of a printed page; the seed fixes the damage. */
export async function faxedCopy(page: Buffer, seed: number): Promise<Buffer> {
  const random = seededRandom(seed);
  const g4 = random() < 0.3;
  const jpeg = !g4 && random() < 0.5;
  const scan = await degrade(page, {
    rotateDeg: (random() * 2 - 1) * 3,
    noise: random() * 0.03,
    blur: random() < 0.5 ? 0.3 + random() * 0.7 : 0,
    greyPaper: random() < 0.5,
    ...(jpeg ? { jpegQuality: 30 + Math.floor(random() * 40) } : {}),
    seed,
  });
  return g4 ? toTiffG4([scan]) : scan;
}

/** `copies` faxed copies of each sample sheet, sheet by sheet. */
export async function* faxedSheets(copies: number): AsyncGenerator<{ sheet: SheetCode; seed: number; scan: Buffer }> {
  for (const [index, sheet] of sampleSheets.entries()) {
    const page = await printedSheet(sheet);
    for (let copy = 0; copy < copies; copy++) {
      const seed = 1000 + index * 10 + copy;
      yield { sheet, seed, scan: await faxedCopy(page, seed) };
    }
  }
}
