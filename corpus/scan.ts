import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileFormat } from '../schemas/pipeline.ts';
import { degrade, renderPageImage, renderTextPdf, toJpeg, toScannedPdf, toTiffG4, type DegradeOptions } from './render.ts';
import type { CorpusDoc } from './letter.ts';
import { Rng } from './rng.ts';

/** How one document is put on paper and back: format and scan damage, fixed per document by its id. */
export interface ScanPlan {
  format: FileFormat;
  textLayer: boolean;
  dpi: number;
  degrade: DegradeOptions;
}

function idSeed(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0);
}

/** Scan damage from clean office scanner to a phone photo of a crumpled copy. */
export function planScan(doc: CorpusDoc, textPdfShare = 0): ScanPlan {
  const rng = new Rng(idSeed(`scan:${doc.id}`));
  if (rng.chance(textPdfShare)) return { format: 'pdf', textLayer: true, dpi: 300, degrade: {} };
  const level = rng.weighted([['light', 5], ['medium', 3], ['heavy', 1.2]] as const);
  const format = rng.weighted([['tiff', 3], ['png', 2], ['jpeg', 2], ['pdf', 2]] as const);
  const rotate = (level === 'light' ? 0.4 : level === 'medium' ? 1.2 : 2.2) * (rng.float() * 2 - 1);
  const degradeOptions: DegradeOptions = {
    rotateDeg: Math.round(rotate * 100) / 100,
    noise: level === 'light' ? rng.float() * 0.004 : level === 'medium' ? 0.004 + rng.float() * 0.01 : 0.012 + rng.float() * 0.02,
    blur: level === 'light' ? 0 : level === 'medium' ? (rng.chance(0.5) ? 0.5 + rng.float() * 0.4 : 0) : 0.7 + rng.float() * 0.6,
    greyPaper: rng.chance(level === 'light' ? 0.15 : 0.45),
    seed: rng.int(1, 1e6),
    ...(format === 'jpeg' ? { jpegQuality: level === 'heavy' ? rng.int(30, 55) : rng.int(55, 90) } : {}),
  };
  return { format, textLayer: false, dpi: rng.chance(0.25) ? 200 : 300, degrade: degradeOptions };
}

/** The file the mailroom would upload for this document. */
export async function renderScan(doc: CorpusDoc, plan: ScanPlan): Promise<Buffer> {
  const titleLines = doc.pages.flat().filter((l) => l.length > 3 && l === l.toUpperCase() && /[A-ZÆØÅ]{4}/.test(l));
  if (plan.textLayer) return renderTextPdf(doc.pages, { fontSize: doc.style.fontSize, boldLines: titleLines });
  const images: Buffer[] = [];
  for (const [i, lines] of doc.pages.entries()) {
    const clean = await renderPageImage(lines, { dpi: plan.dpi, fontSize: doc.style.fontSize, serif: doc.style.serif });
    images.push(await degrade(clean, { ...plan.degrade, seed: (plan.degrade.seed ?? 1) + i }));
  }
  switch (plan.format) {
    case 'tiff':
      return toTiffG4(images);
    case 'png':
      return images[0]!;
    case 'jpeg':
      return toJpeg(images[0]!, { quality: plan.degrade.jpegQuality ?? 80 });
    case 'pdf':
      return toScannedPdf(images);
  }
}

/** PNG and JPEG hold one page: a multi-page letter in those formats is sent as a scanned PDF. */
export function effectiveFormat(doc: CorpusDoc, plan: ScanPlan): FileFormat {
  return (plan.format === 'png' || plan.format === 'jpeg') && doc.pages.length > 1 ? 'pdf' : plan.format;
}

export interface ReadDoc {
  id: string;
  text: string;
  /** Mean OCR confidence over the pages. */
  confidence: number;
  format: FileFormat;
  textLayer: boolean;
  seconds: number;
}

export type PageReader = (bytes: Uint8Array, format: FileFormat, pageIndex: number, textLayer: boolean) => Promise<{ text: string; confidence: number }>;

/**
 * Renders, degrades and reads a document, with the result cached on disk by the content it depends
 * on (the printed lines, the scan plan and the reader's version), so a rerun costs no OCR.
 */
export async function readCorpusDoc(doc: CorpusDoc, plan: ScanPlan, reader: PageReader, cacheDir: string, readerVersion: string): Promise<ReadDoc> {
  const fmt = effectiveFormat(doc, plan);
  const key = createHash('sha256').update(JSON.stringify({ pages: doc.pages, style: doc.style, plan: { ...plan, format: fmt }, readerVersion })).digest('hex').slice(0, 24);
  const file = path.join(cacheDir, `${key}.json`);
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as ReadDoc;
    return { ...cached, id: doc.id };
  } catch {
    // not cached yet
  }
  const started = performance.now();
  const bytes = await renderScan(doc, { ...plan, format: fmt });
  const pages: { text: string; confidence: number }[] = [];
  for (let i = 0; i < doc.pages.length; i++) pages.push(await reader(bytes, fmt, i, plan.textLayer));
  const result: ReadDoc = {
    id: doc.id,
    text: pages.map((p) => p.text).join('\n\f\n'),
    confidence: pages.reduce((s, p) => s + p.confidence, 0) / Math.max(1, pages.length),
    format: fmt,
    textLayer: plan.textLayer,
    seconds: (performance.now() - started) / 1000,
  };
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, JSON.stringify(result));
  return result;
}
