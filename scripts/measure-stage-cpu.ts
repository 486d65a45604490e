/**
 * Process CPU of the two stages besides OCR that `npm run cost` bills most (inspect at 1,024 MB,
 * classify at 512 MB), warm, on this machine: what Lambda bills for them apart from waiting on S3,
 * DynamoDB and EventBridge, which no local run measures (the cost model adds an estimate for that).
 *   inspect: engines/inspect-file.ts (sniff, page count, text layer) on a generated 3-page scanner PDF
 *            (200 dpi JPEG pages, as scripts/bench-batch-scan.ts) and on samples/02-04;
 *   classify: stages/classify.ts on held-out corpus letters (split 'eval'), their pages in the state.
 *
 *   npx tsx scripts/measure-stage-cpu.ts [--runs 10] [--letters 60]
 *
 * A script, not a test: the figures depend on the machine and its load.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { loadConfig } from '../config/load.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { degrade, renderPageImage, toScannedPdf } from '../corpus/render.ts';
import { documentTextKey } from '../domain/page-keys.ts';
import { inspectFile } from '../engines/inspect-file.ts';
import { classifyStage } from '../stages/classify.ts';
import type { PageExtraction } from '../schemas/pipeline.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('measure-stage-cpu', { options: { runs: { type: 'string', default: '10' }, letters: { type: 'string', default: '60' } } });
const runs = Number(values.runs);
const config = loadConfig();
const cpuMs = async (fn: () => Promise<unknown>, times: number) => {
  await fn();
  const start = process.cpuUsage();
  for (let i = 0; i < times; i += 1) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
};
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const letters = generateCorpus({ seed: 4242, split: 'eval', count: Number(values.letters) });
const scanPages: Buffer[] = [];
for (const [i, lines] of letters.flatMap((d) => d.pages).slice(0, 3).entries()) {
  const clean = await renderPageImage(lines, { dpi: 200 });
  scanPages.push(await sharp(await degrade(clean, { noise: 0.003, seed: i + 1 })).jpeg({ quality: 60 }).toBuffer());
}
const files: [string, Uint8Array][] = [
  ['3-page scanner PDF (200 dpi JPEG)', await toScannedPdf(scanPages)],
  ['samples/02 text PDF', await readFile('samples/02-klage-tannbehandling.pdf')],
  ['samples/03 TIFF', await readFile('samples/03-legeerklaering-skannet.tif')],
  ['samples/04 photo', await readFile('samples/04-klage-sykepenger-foto.jpg')],
];
for (const [name, bytes] of files) {
  const ms = await cpuMs(() => inspectFile(bytes, config.limits, { renderDpi: config.ocr.targetDpi }), runs);
  console.log(`inspect  ${name.padEnd(34)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB  ${ms.toFixed(1).padStart(6)} ms CPU a file`);
}

const blobs = { size: async () => 1, get: async () => new Uint8Array(), getText: async () => '', put: async () => {}, copy: async () => {} };
const states = letters.map((doc) =>
  doc.pages.map((lines, pageIndex): PageExtraction => ({ pageIndex, source: 'ocr', textKey: documentTextKey('d'), chars: 1, confidence: 0.9, inline: { text: lines.join('\n'), words: [] } })),
);
const pages = states.reduce((sum, s) => sum + s.length, 0);
let i = 0;
const ms = await cpuMs(() => classifyStage(states[i++ % states.length]!, { config, blobs, idHashKey: async () => 'k'.repeat(64) }, { fileDocumentId: 'd' }), states.length * 2);
console.log(`classify ${states.length} held-out letters, ${(pages / states.length).toFixed(2)} pages each: ${ms.toFixed(1)} ms CPU a document (${(ms / (pages / states.length)).toFixed(1)} ms a page)`);
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
