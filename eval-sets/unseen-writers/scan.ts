/**
 * Puts an unseen-writer letter on paper the way the mailroom receives it, and back: born-digital PDFs
 * for some e-mails and lawyers' letters, office scans from light to heavy damage (G4 TIFF, scanned
 * PDF, PNG), phone photos (JPEG with an EXIF turn) for notes, and handwritten-style notes in an
 * oblique, uneven hand. The plan is fixed per letter by its id, so a re-render gives the same bytes.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { FileFormat } from '../../schemas/pipeline.ts';
import { degrade, renderTextPdf, toJpeg, toScannedPdf, toTiffG4, type DegradeOptions } from '../../corpus/render.ts';
import { Rng } from '../../corpus/rng.ts';

export interface LetterScanPlan {
  format: FileFormat;
  textLayer: boolean;
  dpi: number;
  fontSize: number;
  hand: 'sans' | 'serif' | 'mono' | 'handwritten';
  degrade: DegradeOptions;
  exifOrientation: 1 | 3 | 6 | 8;
  quality: 'text' | 'light' | 'medium' | 'heavy' | 'phone';
}

const A4 = { widthIn: 8.27, heightIn: 11.69, widthPt: 595.28, heightPt: 841.89 };
const MARGIN_PT = 64;

function idSeed(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0);
}

/** Scan damage and format by the kind of letter: notes come by phone, clinics' and agencies' letters by scanner. */
export function planLetterScan(id: string, style: string): LetterScanPlan {
  const rng = new Rng(idSeed(`unseen-writers-scan:${id}`));
  const handwritten = style === 'handwritten-note';
  const bornDigital = ['email', 'lawyer', 'typed-letter', 'first-instance-letter'].includes(style);
  const hand: LetterScanPlan['hand'] = handwritten ? 'handwritten' : style.startsWith('gp-epj') && rng.chance(0.4) ? 'mono' : rng.chance(0.4) ? 'serif' : 'sans';
  const fontSize = handwritten ? 12 + rng.int(0, 2) : hand === 'mono' ? 9.5 : 10 + rng.int(0, 2) * 0.5;
  if (bornDigital && rng.chance(0.15)) {
    return { format: 'pdf', textLayer: true, dpi: 300, fontSize, hand: hand === 'handwritten' ? 'sans' : hand, degrade: {}, exifOrientation: 1, quality: 'text' };
  }
  const phone = handwritten ? rng.chance(0.6) : rng.chance(0.08);
  const quality: LetterScanPlan['quality'] = phone ? 'phone' : rng.weighted([['light', 5], ['medium', 3], ['heavy', 1.2]] as const);
  const level = quality === 'phone' ? 'medium' : quality;
  const format: FileFormat = phone ? 'jpeg' : rng.weighted([['tiff', 3], ['png', 1.5], ['pdf', 3]] as const);
  const rotate = (level === 'light' ? 0.4 : level === 'medium' ? 1.2 : 2.2) * (rng.float() * 2 - 1);
  const degradeOptions: DegradeOptions = {
    rotateDeg: Math.round(rotate * 100) / 100,
    noise: level === 'light' ? rng.float() * 0.004 : level === 'medium' ? 0.004 + rng.float() * 0.01 : 0.012 + rng.float() * 0.02,
    blur: level === 'light' ? 0 : level === 'medium' ? (rng.chance(0.5) ? 0.5 + rng.float() * 0.4 : 0) : 0.7 + rng.float() * 0.6,
    greyPaper: phone || rng.chance(level === 'light' ? 0.15 : 0.45),
    seed: rng.int(1, 1e6),
    ...(phone ? { jpegQuality: rng.int(45, 85) } : {}),
  };
  const exifOrientation = phone ? rng.weighted([[1, 3], [6, 1], [8, 0.5]] as const) : 1;
  return { format, textLayer: false, dpi: phone ? 200 : rng.chance(0.25) ? 200 : 300, fontSize, hand, degrade: degradeOptions, exifOrientation, quality };
}

/** Characters per line that fit the printable width at this size (a conservative average glyph width). */
function lineWidthChars(plan: LetterScanPlan): number {
  const glyph = plan.hand === 'mono' ? 0.6 : plan.hand === 'handwritten' ? 0.5 : 0.56;
  return Math.floor((A4.widthPt - 2 * MARGIN_PT) / (plan.fontSize * glyph));
}

/** Word-wraps the letter's lines and cuts them into A4 pages (a form feed also starts a page). */
export function layoutLetter(text: string, plan: LetterScanPlan): string[][] {
  const width = lineWidthChars(plan);
  const perPage = Math.floor((A4.heightPt - MARGIN_PT * 1.5) / (plan.fontSize * 1.45)) - 1;
  const pages: string[][] = [];
  for (const pageText of text.split('\f')) {
    const lines: string[] = [];
    for (const raw of pageText.split('\n')) {
      if (raw.length <= width) {
        lines.push(raw);
        continue;
      }
      const indent = /^\s*/.exec(raw)![0];
      let line = '';
      for (const word of raw.trim().split(/\s+/)) {
        if (line && (indent + line + ' ' + word).length > width) {
          lines.push(indent + line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(indent + line);
    }
    for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  }
  return pages.filter((p) => p.some((l) => l.trim() !== ''));
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** A clean page image; the handwritten hand is oblique, larger and wanders a little per line. */
async function renderPage(lines: string[], plan: LetterScanPlan, seed: number): Promise<Buffer> {
  const rng = new Rng(seed);
  const width = Math.round(A4.widthIn * plan.dpi);
  const height = Math.round(A4.heightIn * plan.dpi);
  const px = (pt: number) => (pt * plan.dpi) / 72;
  const margin = px(MARGIN_PT);
  const lineHeight = px(plan.fontSize * 1.45);
  const family = { sans: 'DejaVu Sans', serif: 'DejaVu Serif', mono: 'DejaVu Sans Mono', handwritten: 'DejaVu Sans Condensed' }[plan.hand];
  const style = plan.hand === 'handwritten' ? ' font-style="oblique"' : '';
  const texts = lines
    .map((line, i) => ({ line, y: margin + px(plan.fontSize) + i * lineHeight }))
    .filter(({ line, y }) => line.trim() !== '' && y < height - margin / 2)
    .map(({ line, y }) => {
      const dx = plan.hand === 'handwritten' ? px(rng.float() * 10 - 3) : 0;
      const dy = plan.hand === 'handwritten' ? px(rng.float() * 2 - 1) : 0;
      const tilt = plan.hand === 'handwritten' ? ` transform="rotate(${(rng.float() * 1.2 - 0.6).toFixed(2)} ${(margin + dx).toFixed(1)} ${(y + dy).toFixed(1)})"` : '';
      return `<text x="${(margin + dx).toFixed(1)}" y="${(y + dy).toFixed(1)}"${tilt} xml:space="preserve">${escapeXml(line)}</text>`;
    })
    .join('\n');
  const ink = plan.hand === 'handwritten' ? '#1a2a6a' : '#111111';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#ffffff"/>
<g font-family="${family}"${style} font-size="${px(plan.fontSize).toFixed(2)}" fill="${ink}">
${texts}
</g></svg>`;
  return sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#ffffff' }).toColourspace('b-w').withDensity(plan.dpi).png({ compressionLevel: 6 }).toBuffer();
}

/** The file the mailroom would upload; PNG and JPEG hold one page, so a longer letter goes as a scanned PDF. */
export async function renderLetterScan(pages: string[][], plan: LetterScanPlan): Promise<{ bytes: Buffer; format: FileFormat }> {
  if (plan.textLayer) return { bytes: await renderTextPdf(pages, { fontSize: plan.fontSize }), format: 'pdf' };
  const images: Buffer[] = [];
  for (const [i, lines] of pages.entries()) {
    const seed = (plan.degrade.seed ?? 1) + i;
    images.push(await degrade(await renderPage(lines, plan, seed), { ...plan.degrade, seed }));
  }
  const format: FileFormat = (plan.format === 'png' || plan.format === 'jpeg') && images.length > 1 ? 'pdf' : plan.format;
  switch (format) {
    case 'tiff':
      return { bytes: await toTiffG4(images), format };
    case 'png':
      return { bytes: images[0]!, format };
    case 'jpeg':
      return { bytes: await toJpeg(images[0]!, { quality: plan.degrade.jpegQuality ?? 80, exifOrientation: plan.exifOrientation }), format };
    case 'pdf':
      return { bytes: await toScannedPdf(images), format };
  }
}
