import bwipjs from 'bwip-js';
import { describe, expect, it } from 'vitest';
import { renderCoverSheet, renderSeparatorSheet } from '../../engines/sheets/sheet-pdf.ts';
import { readSheetCode } from '../../engines/sheets/read-sheet-code.ts';
import { renderPdfPage } from '#domain/ocr/pdf-pages';
import { preparePage, toPng } from '#domain/ocr/prepare';
import { encodeSheetCode, type SheetCode } from '#domain/sheets/sheet-code';
import { seededRandom } from '#domain/seeded-random';
import { degrade, renderPageImage, toTiffG4 } from '../support/render.ts';
import sharp from 'sharp';

// A fax: 200 dpi, fed crooked (up to ±3°), dusty, blurred, JPEG'd or thresholded to 1 bit (G4).
const FAX_DPI = 200;

const sheets: SheetCode[] = [
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

async function printed(sheet: SheetCode): Promise<Buffer> {
  const pdf = sheet.kind === 'cover' ? await renderCoverSheet(sheet) : await renderSeparatorSheet();
  return renderPdfPage(pdf, 0, FAX_DPI);
}

async function faxed(page: Buffer, seed: number): Promise<Buffer> {
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

describe('reading a sheet code from a faxed page', () => {
  it('reads every one of 50 degraded 200 dpi renders, as scanned and as prepared for OCR', async () => {
    const misses: string[] = [];
    let reads = 0;
    for (const [index, sheet] of sheets.entries()) {
      const page = await printed(sheet);
      for (let copy = 0; copy < 5; copy++) {
        const seed = 1000 + index * 10 + copy;
        const scan = await faxed(page, seed);
        const prepared = await toPng(await preparePage(scan, { targetDpi: FAX_DPI }));
        for (const [what, image] of [['scan', scan], ['prepared', prepared]] as const) {
          const found = await readSheetCode(image);
          reads += 1;
          if (found?.text !== encodeSheetCode(sheet)) misses.push(`${what} of sheet ${index}, seed ${seed}: ${found?.text ?? 'nothing'}`);
        }
      }
    }
    expect(reads).toBe(100);
    expect(misses).toEqual([]);
  });

  it('finds nothing on a letter page', async () => {
    const letter = await renderPageImage(['Klage på vedtak', '', 'Jeg klager på vedtaket om tannbehandling.'], { dpi: FAX_DPI });
    expect(await readSheetCode(await degrade(letter, { rotateDeg: 1.5, noise: 0.01, seed: 3 }))).toBeNull();
  });

  it("passes over somebody else's QR code and still finds ours on the same page", async () => {
    const foreign = await bwipjs.toBuffer({ bcid: 'qrcode', text: 'https://example.org/faktura/12345', scale: 6 });
    const page = await printed({ kind: 'separator' });
    const withForeign = await sharp(page).composite([{ input: foreign, left: 60, top: 1900 }]).png().toBuffer();
    expect((await readSheetCode(withForeign))?.code).toEqual({ kind: 'separator' });
    const onlyForeign = await sharp({ create: { width: 1600, height: 2200, channels: 3, background: '#ffffff' } }).composite([{ input: foreign, left: 200, top: 200 }]).png().toBuffer();
    expect(await readSheetCode(onlyForeign)).toBeNull();
  });
});
