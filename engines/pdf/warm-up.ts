import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Limits } from '#schemas/config';
import { inspectPdf } from './inspect-pdf.ts';

/**
 * pdf.js's first document in a process is slow: it loads its worker code (1.1 MB, run on this thread in
 * Node) and the canvas module the first time a file is parsed, not when it is imported — 6–12 s of this
 * thread on a loaded 2-core machine under tsx, ~1 s quiet (README "Robustness", session 13). Every
 * document in flight then waits for that one Inspect: a scan's Inspect stalls behind a text letter's,
 * and the OCR worker idles at the batch's start. A Lambda pays it in init and the CLI before its first
 * file is admitted, by inspecting a one-line letter here as any PDF is inspected (text layer included).
 * The configuration's limits and resolution, as Inspect gives them. Answers how long it took (ms).
 */
export async function warmUpPdf(limits: Limits, renderDpi: number): Promise<number> {
  const started = performance.now();
  const outcome = await inspectPdf(await warmUpLetter(), limits, renderDpi);
  // A warm-up that did not get through the text layer warmed only part of what the first letter needs.
  if (!outcome.ok || !outcome.textLayer[0]) throw new Error('the PDF warm-up letter was not read as a text PDF');
  warmUps += 1;
  return performance.now() - started;
}

let warmUps = 0;
/** For tests: how many warm-ups this process has finished (a Lambda's init makes one, a local process none). */
export function pdfWarmUps(): number {
  return warmUps;
}

/** A one-page letter with a text layer, made here rather than kept as a file of bytes nobody can read. */
export async function warmUpLetter(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Klage på vedtak om tannbehandling. Jeg ber om at saken vurderes på nytt.', { x: 50, y: 780, size: 11, font });
  return pdf.save();
}
