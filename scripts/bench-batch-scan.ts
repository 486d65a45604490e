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
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { generateCorpus } from '../corpus/generate.ts';
import { scannedPage, toScannedPdf } from '../corpus/render.ts';
import { printedSheet } from '../corpus/faxed-sheets.ts';
import { loadConfig } from '../config/load.ts';
import { ProcessResult } from '../schemas/pipeline.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-batch-scan', {
  options: {
    pages: { type: 'string', default: '150' },
    'no-native': { type: 'boolean', default: false },
    'no-separators': { type: 'boolean', default: false },
    dpi: { type: 'string', default: '200' },
    'pages-per-file': { type: 'string', default: '30' },
    // Rendering 150 pages takes a minute or two: a-b-a-b comparisons reuse one generated batch.
    'batch-dir': { type: 'string' },
    // Extra node flags for the upload process (e.g. --cpu-prof --cpu-prof-dir=DIR).
    'node-arg': { type: 'string', multiple: true, default: [] },
    // Another checkout whose `postmottak upload` runs on the same batch (a-b comparisons of two commits).
    root: { type: 'string' },
    // Pages of the batch timed step by step in this process after the run (0: none).
    'stage-pages': { type: 'string', default: '10' },
  },
});
// One execution per file must finish inside Express's 5 minutes: a laptop reading
// two pages at a time gets ~30 pages through in that, so the morning's stack is scanned as a few files.
const pagesPerFile = Number(values['pages-per-file']);
// A mailroom scanner set to 200 dpi greyscale JPEG (the OCR's target resolution); 300 dpi doubles the file.
const scanDpi = Number(values.dpi);
const withSeparators = !values['no-separators'];
const wanted = Number(values.pages);
const root = values.root ? path.resolve(values.root) : fileURLToPath(new URL('../', import.meta.url));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const config = loadConfig();

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-batch-scan-'));
try {
  const params = { pages: wanted, withSeparators, scanDpi, pagesPerFile, targetDpi: config.ocr.targetDpi };
  const batchDir = values['batch-dir'] ? path.resolve(values['batch-dir']) : path.join(dir, 'batch');
  const made = path.join(batchDir, 'batch.json');
  const reused = existsSync(made) && JSON.stringify(JSON.parse(await readFile(made, 'utf8')).params) === JSON.stringify(params);
  if (!reused) await generateBatch(batchDir, params);
  const { truth, pages: pageCount, fileBytes, files } = JSON.parse(await readFile(made, 'utf8')) as Batch;
  const inbox = path.join(batchDir, 'morgenpost');
  const pagesDir = path.join(batchDir, 'pages');
  const pageFiles = (await readdir(pagesDir)).sort().map((f) => path.join(pagesDir, f));
  const images = { length: pageCount };
  const separators = pageCount - truth.reduce((n, t) => n + t.pages, 0);
  if (reused) console.log(`batch reused from ${batchDir}`);

  console.log(`machine: ${availableParallelism()} cores, node ${process.version}; load average before: ${load()}`);
  console.log(`batch: ${files} PDFs of ${(fileBytes / 1024 / 1024).toFixed(1)} MB in all, ${images.length} pages (${truth.length} letters, ${separators} separator sheets), ${scanDpi} dpi greyscale JPEG pages`);
  console.log(`postmottak: ${root}`);
  console.log(`OCR: languages ${config.ocr.languages.join('+')}, target ${config.ocr.targetDpi} dpi, page concurrency ${config.ocr.pageConcurrency}, workers ${process.env.POSTMOTTAK_OCR_WORKERS ?? 'default'}`);

  // /usr/bin/time reports the upload process's CPU (all its threads: OCR workers, libvips, dynalite), so
  // cores used = CPU seconds / wall seconds.
  const timeFile = path.join(dir, 'time.txt');
  const command = [process.execPath, ...(values['node-arg'] ?? []), path.join(root, 'bin/postmottak.js'), 'upload', '--json', '--received', '2025-03-20', '--data-dir', path.join(dir, 'state'), inbox];
  const started = performance.now();
  const stdout = execFileSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, ...command], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  const seconds = (performance.now() - started) / 1000;
  const [userS, sysS, maxKb] = (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
  const cpuSeconds = userS + sysS;
  const lines = stdout.split('\n').filter(Boolean).map((l) => ProcessResult.parse(JSON.parse(l)));
  for (const l of lines.filter((x) => x.status === 'rejected')) console.log(`rejected: ${l.reason}`);
  const ours = (images.length / seconds) * 60;
  console.log(`postmottak upload: ${images.length} pages in ${seconds.toFixed(1)} s = ${ours.toFixed(1)} pages/min end to end; load average after: ${load()}`);
  console.log(`upload process CPU: ${cpuSeconds.toFixed(1)} s (user ${userS.toFixed(1)}, system ${sysS.toFixed(1)}) = ${(cpuSeconds / seconds).toFixed(2)} cores used on average, ${((cpuSeconds / images.length) * 1000).toFixed(0)} ms CPU a page; peak RSS ${(maxKb / 1024).toFixed(0)} MiB`);

  // Accuracy: the parts found against the letters put in, in order.
  const exactSplit = lines.length === truth.length && lines.every((l, i) => (l.pageRange ? l.pageRange[1] - l.pageRange[0] + 1 : l.pages) === truth[i]!.pages);
  const typeRight = lines.filter((l, i) => truth[i] && l.documentType === truth[i]!.documentType).length;
  const routed = lines.filter((l) => l.status === 'routed').length;
  console.log(`split: ${lines.length} documents found of ${truth.length} (${exactSplit ? 'every boundary exact' : 'boundaries differ'}); type right ${typeRight}/${truth.length} (${((100 * typeRight) / truth.length).toFixed(1)}%); routed ${routed}, review ${lines.filter((l) => l.status === 'review').length}`);

  const stagePages = Number(values['stage-pages']);
  if (stagePages > 0) await timeStages(path.join(inbox, (await readdir(inbox)).sort()[0]!), stagePages);

  // Debian's tesseract is not a dependency of the product: without it the ratio is left out, the figures above stand.
  if (!values['no-native'] && !nativeTesseractFound()) {
    console.log('native tesseract: not installed (apt-get install tesseract-ocr tesseract-ocr-nor), so no ratio; --no-native skips this line');
  } else if (!values['no-native']) {
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

/**
 * Where a page's time goes: the first pages of the first file, one at a time in this process with one
 * OCR worker (as one Lambda reads a page), each step timed on the wall clock and in process CPU (all
 * threads), alternating the old pdf.js rendering with the JPEG taken out of the file.
 */
async function timeStages(file: string, count: number): Promise<void> {
  process.env.POSTMOTTAK_OCR_WORKERS = '1';
  const { recognizePrepared, recognizePreparedAsOneBlock, shutdownOcr, warmUpOcr } = await import('../engines/ocr/index.ts');
  const { readMissedText } = await import('../engines/ocr/skew-reading.ts');
  const { preparePage, toPng } = await import('../engines/images/prepare.ts');
  const { renderPdfPage } = await import('../engines/pdf/pages.ts');
  const { scannedPageImage } = await import('../engines/pdf/scanned-page-image.ts');
  const { readSheetCode, readSheetCodeOfPage } = await import('../engines/sheets/read-sheet-code.ts');
  const { classifyDocument } = await import('../domain/classify/index.ts');
  const bytes = await readFile(file);
  const languages = config.ocr.languages;
  await warmUpOcr({ languages, workers: 1 });
  const totals = new Map<string, { wall: number; cpu: number }>();
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await work();
    const used = process.cpuUsage(cpu);
    const total = totals.get(step) ?? { wall: 0, cpu: 0 };
    total.wall += performance.now() - started;
    total.cpu += (used.user + used.system) / 1000;
    totals.set(step, total);
    return result;
  };
  let pages = 0;
  let fired = 0;
  let reread = 0;
  for (let index = 0; index < count; index++) {
    const rendered = await timed('page image: pdf.js render (before)', () => renderPdfPage(bytes, index, config.ocr.targetDpi, config.limits.maxPixelsPerPage)).catch(() => null);
    if (!rendered) break;
    const taken = await timed('page image: JPEG taken out of the PDF (now)', () => scannedPageImage(bytes, index));
    const prepared = await timed('prepare (sharp: grey, resolution, specks)', () =>
      preparePage(taken ? taken.image : rendered, { targetDpi: config.ocr.targetDpi, knownDpi: taken ? taken.dpi : config.ocr.targetDpi, maxInputPixels: config.limits.maxPixelsPerPage }),
    );
    // Before session 7's second round the sheet check got a PNG of the prepared page (encoded, then
    // decoded again); now it looks at the grey pixels. Both on every page, alternately first, as a-b.
    const before = async () => readSheetCode(await toPng(prepared));
    const now = () => readSheetCodeOfPage(prepared);
    const steps: [string, () => Promise<unknown>][] = [
      ['sheet code from a PNG of the page (before)', before],
      ['sheet code on the prepared page (ink check, then zxing)', now],
    ];
    for (const [step, work] of index % 2 ? steps.reverse() : steps) await timed(step, work);
    const first = await timed('OCR (tesseract.js, inked area)', () => recognizePrepared(prepared, languages));
    // As readPage does (engines/ocr/index.ts): the unread-ink gate on every OCR'd page, and on a page whose
    // ink is unread and skewed >= 1 degree the straightened second reading (engines/ocr/skew-reading.ts).
    const look = await timed('second look (unread-ink gate; straighten + read again)', () =>
      readMissedText(prepared, first, { read: (page) => recognizePrepared(page, languages), readOneBlock: (page) => recognizePreparedAsOneBlock(page, languages) }),
    );
    if (look.fired) fired += 1;
    if (look.kept !== 'first' || look.skew !== 0) reread += 1;
    await timed('classification of the page text', async () => classifyDocument(look.recognized.text, config));
    pages += 1;
  }
  await shutdownOcr();
  console.log(`per page, ${pages} pages of ${path.basename(file)} one at a time, one OCR worker (load average ${load()}); the gate fired on ${fired}, a second reading kept on ${reread}:`);
  for (const [step, { wall, cpu }] of totals) console.log(`  ${step.padEnd(58)} ${(wall / pages).toFixed(0).padStart(6)} ms wall ${(cpu / pages).toFixed(0).padStart(6)} ms CPU`);
  const now = [...totals].filter(([step]) => !step.includes('(before)'));
  const sum = (key: 'wall' | 'cpu') => now.reduce((a, [, t]) => a + t[key], 0) / pages;
  console.log(`  ${'a page now, all steps'.padEnd(58)} ${sum('wall').toFixed(0).padStart(6)} ms wall ${sum('cpu').toFixed(0).padStart(6)} ms CPU`);
}

interface Batch {
  params: Record<string, unknown>;
  truth: { documentType: string; pages: number }[];
  pages: number;
  files: number;
  fileBytes: number;
}

/** Renders the morning's stack: the PDFs to upload (morgenpost/), the page images for native Tesseract (pages/), the truth. */
async function generateBatch(batchDir: string, params: Batch['params']): Promise<void> {
  await rm(batchDir, { recursive: true, force: true });
  const pagesDir = path.join(batchDir, 'pages');
  const inbox = path.join(batchDir, 'morgenpost');
  await mkdir(pagesDir, { recursive: true });
  await mkdir(inbox, { recursive: true });
  const images: Buffer[] = [];
  const truth: Batch['truth'] = [];
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
      const scanned = await scannedPage(lines, { dpi: scanDpi, fontSize: doc.style.fontSize, serif: doc.style.serif, seed: seed++ });
      images.push(await sharp(scanned).jpeg({ quality: 60 }).toBuffer());
    }
    truth.push({ documentType: doc.documentType, pages: doc.pages.length });
  }
  let fileBytes = 0;
  for (const [k, start] of fileStarts.entries()) {
    const bytes = await toScannedPdf(images.slice(start, fileStarts[k + 1] ?? images.length));
    fileBytes += bytes.length;
    await writeFile(path.join(inbox, `bunke-${String(k + 1).padStart(2, '0')}.pdf`), bytes);
  }
  // The same pages for native Tesseract, as the pipeline prepares them: greyscale at the target resolution.
  const scale = config.ocr.targetDpi / scanDpi;
  for (const [i, image] of images.entries()) {
    const meta = await sharp(image).metadata();
    const out = path.join(pagesDir, `page-${String(i).padStart(4, '0')}.png`);
    await sharp(image).resize(Math.round(meta.width! * scale)).toColourspace('b-w').withDensity(config.ocr.targetDpi).png({ compressionLevel: 1 }).toFile(out);
  }
  const batch: Batch = { params, truth, pages: images.length, files: fileStarts.length, fileBytes };
  await writeFile(path.join(batchDir, 'batch.json'), JSON.stringify(batch));
}

function nativeTesseractFound(): boolean {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function tesseract(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('tesseract', [file, '-', '-l', 'nor', '--dpi', String(config.ocr.targetDpi)], { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    p.on('error', reject);
    p.on('close', () => resolve());
  });
}
