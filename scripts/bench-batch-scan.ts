/**
 * A morning's batch scan (issue 15, item 7): held-out corpus letters fed through the scanner in a few
 * stacks of ~30 pages (one file each, --pages-per-file), a separator sheet between letters, light scan damage, 200 dpi greyscale JPEG pages in a PDF. The file
 * goes through `postmottak upload` into a fresh data dir, end to end (inspection, OCR, sheet codes,
 * splitting, classification, registration, deadlines, routing); then native Tesseract (Debian's
 * tesseract-ocr, fast nor model) reads the same page images at the same resolution, two processes at
 * a time on the machine's cores, for the ratio. Prints everything the figure needs to be re-measured:
 * load average before and after, the OCR settings, pages per minute, the ratio, and whether the
 * split and the classification were right (documents found, type accuracy against the corpus labels).
 * --no-separators: the same letters stacked without sheets, split by what each page looks like.
 *
 *   npx tsx scripts/bench-batch-scan.ts [--pages 150] [--no-native]
 *
 * Writes only under os.tmpdir(). A script, not a test: the figures depend on the machine and its load.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { generateCorpus } from '../corpus/generate.ts';
import { degrade, renderPageImage, toScannedPdf } from '../corpus/render.ts';
import { printedSheet } from '../corpus/faxed-sheets.ts';
import { loadConfig } from '../config/load.ts';
import { ProcessResult } from '../schemas/pipeline.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '150' }, 'no-native': { type: 'boolean', default: false }, 'no-separators': { type: 'boolean', default: false }, dpi: { type: 'string', default: '200' }, 'pages-per-file': { type: 'string', default: '30' } } });
// One execution per file must finish inside the guard's 330 s (Express's 5 minutes): a laptop reading
// two pages at a time gets ~30 pages through in that, so the morning's stack is scanned as a few files.
const pagesPerFile = Number(values['pages-per-file']);
// A mailroom scanner set to 200 dpi greyscale JPEG (the OCR's target resolution); 300 dpi doubles the file.
const scanDpi = Number(values.dpi);
const withSeparators = !values['no-separators'];
const wanted = Number(values.pages);
const root = fileURLToPath(new URL('../', import.meta.url));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const config = loadConfig();

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-batch-scan-'));
try {
  const pagesDir = path.join(dir, 'pages');
  await mkdir(pagesDir);
  const images: Buffer[] = [];
  const truth: { documentType: string; pages: number }[] = [];
  /** Index into images where each file starts. */
  const fileStarts: number[] = [0];
  const separator = await sharp(await printedSheet({ kind: 'separator' }, scanDpi)).jpeg({ quality: 60 }).toBuffer();
  let seed = 1;
  for (const doc of generateCorpus({ seed: 4242, split: 'eval', count: wanted * 2 })) {
    if (images.length + doc.pages.length + 1 > wanted) break;
    const fileStart = fileStarts.at(-1)!;
    const newFile = truth.length > 0 && images.length + doc.pages.length + 1 - fileStart > pagesPerFile;
    if (newFile) fileStarts.push(images.length);
    if (truth.length && !newFile && withSeparators) images.push(separator);
    for (const lines of doc.pages) {
      const clean = await renderPageImage(lines, { dpi: scanDpi, fontSize: doc.style.fontSize, serif: doc.style.serif });
      const scanned = await degrade(clean, { rotateDeg: ((seed % 7) - 3) * 0.2, noise: 0.003, greyPaper: seed % 4 === 0, seed: seed++ });
      images.push(await sharp(scanned).jpeg({ quality: 60 }).toBuffer());
    }
    truth.push({ documentType: doc.documentType, pages: doc.pages.length });
  }
  const inbox = path.join(dir, 'morgenpost');
  await mkdir(inbox);
  let fileBytes = 0;
  for (const [k, start] of fileStarts.entries()) {
    const bytes = await toScannedPdf(images.slice(start, fileStarts[k + 1] ?? images.length));
    fileBytes += bytes.length;
    await writeFile(path.join(inbox, `bunke-${String(k + 1).padStart(2, '0')}.pdf`), bytes);
  }
  // The same pages for native Tesseract, as the pipeline prepares them: greyscale at the target resolution.
  const scale = config.ocr.targetDpi / scanDpi;
  const pageFiles: string[] = [];
  for (const [i, image] of images.entries()) {
    const meta = await sharp(image).metadata();
    const out = path.join(pagesDir, `page-${String(i).padStart(4, '0')}.png`);
    await sharp(image).resize(Math.round(meta.width! * scale)).toColourspace('b-w').withDensity(config.ocr.targetDpi).png({ compressionLevel: 1 }).toFile(out);
    pageFiles.push(out);
  }
  const separators = images.length - truth.reduce((n, t) => n + t.pages, 0);

  console.log(`machine: ${availableParallelism()} cores, node ${process.version}; load average before: ${load()}`);
  console.log(`batch: ${fileStarts.length} PDFs of ${(fileBytes / 1024 / 1024).toFixed(1)} MB in all, ${images.length} pages (${truth.length} letters, ${separators} separator sheets), ${scanDpi} dpi greyscale JPEG pages`);
  console.log(`OCR: languages ${config.ocr.languages.join('+')}, target ${config.ocr.targetDpi} dpi, page concurrency ${config.ocr.pageConcurrency}, workers ${process.env.POSTMOTTAK_OCR_WORKERS ?? 'default'}`);

  const started = performance.now();
  const stdout = execFileSync(process.execPath, [path.join(root, 'bin/postmottak.js'), 'upload', '--json', '--received', '2025-03-20', '--data-dir', path.join(dir, 'state'), inbox], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  const seconds = (performance.now() - started) / 1000;
  const lines = stdout.split('\n').filter(Boolean).map((l) => ProcessResult.parse(JSON.parse(l)));
  for (const l of lines.filter((x) => x.status === 'rejected')) console.log(`rejected: ${l.reason}`);
  const ours = (images.length / seconds) * 60;
  console.log(`postmottak upload: ${images.length} pages in ${seconds.toFixed(1)} s = ${ours.toFixed(1)} pages/min end to end; load average after: ${load()}`);

  // Accuracy: the parts found against the letters put in, in order.
  const exactSplit = lines.length === truth.length && lines.every((l, i) => (l.pageRange ? l.pageRange[1] - l.pageRange[0] + 1 : l.pages) === truth[i]!.pages);
  const typeRight = lines.filter((l, i) => truth[i] && l.documentType === truth[i]!.documentType).length;
  const routed = lines.filter((l) => l.status === 'routed').length;
  console.log(`split: ${lines.length} documents found of ${truth.length} (${exactSplit ? 'every boundary exact' : 'boundaries differ'}); type right ${typeRight}/${truth.length} (${((100 * typeRight) / truth.length).toFixed(1)}%); routed ${routed}, review ${lines.filter((l) => l.status === 'review').length}`);

  if (!values['no-native']) {
    const nativeStarted = performance.now();
    const queue = [...pageFiles];
    const lanes = Array.from({ length: availableParallelism() }, async () => {
      for (let page = queue.shift(); page; page = queue.shift()) await tesseract(page);
    });
    await Promise.all(lanes);
    const nativeSeconds = (performance.now() - nativeStarted) / 1000;
    const native = (images.length / nativeSeconds) * 60;
    console.log(`native tesseract (nor, fast, ${availableParallelism()} processes): ${images.length} pages in ${nativeSeconds.toFixed(1)} s = ${native.toFixed(1)} pages/min (OCR alone); load average after: ${load()}`);
    console.log(`ratio postmottak end to end / native OCR alone: ${(ours / native).toFixed(2)}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

function tesseract(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('tesseract', [file, '-', '-l', 'nor', '--dpi', String(config.ocr.targetDpi)], { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    p.on('error', reject);
    p.on('close', () => resolve());
  });
}
