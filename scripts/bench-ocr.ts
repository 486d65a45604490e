/**
 * OCR benchmark: the same page images through postmottak's OCR path (engines/ocr: sharp preparation +
 * tesseract.js worker pool) and through native Tesseract 5 (Debian's tesseract-ocr + tesseract-ocr-nor,
 * installed with apt if missing), same language. Prints pages per second, time per page, peak memory,
 * character error rate against the source text, and the ratio postmottak / native.
 *
 *   npm run bench:ocr [-- --pages 6] [-- --languages nor+eng+swe+dan] [-- --parallel-runs 3]
 *
 * Writes only under os.tmpdir(). A script, not a test: the figures depend on the machine and its load.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.ts';
import { characterErrorRate } from '../corpus/cer.ts';
import { degrade, renderPageImage, seededRandom, type DegradeOptions } from '../corpus/render.ts';

const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

// ---------------------------------------------------------------------------------------------
// Pages: full letters (~250 words), rendered at 300 dpi and degraded like real scans.

const PARAGRAPHS = [
  'Vi viser til vedtak datert 12.02.2025 om avslag på søknad om stønad til tannbehandling etter folketrygdloven § 5-6. Klagen kom inn til Helfo 24.02.2025 og er dermed fremsatt innen klagefristen.',
  'Helfo har vurdert klagen, men finner ikke grunn til å endre vedtaket. Behandlingen av periodontitt oppfyller ikke vilkårene i innslagspunkt 6, fordi det ikke er dokumentert tap av festevev på minst fire tenner.',
  'Klageren anfører at tannlegen har dokumentert alvorlig periodontitt og at behandlingen er nødvendig for å unngå ytterligere tanntap. Det er lagt ved en uttalelse fra tannlege datert 03.03.2025.',
  'Pasienten har vært sykmeldt siden 14. januar 2025 på grunn av kroniske smerter i korsryggen. Funksjonsevnen er nedsatt, og pasienten er etter min vurdering arbeidsufør i nåværende stilling.',
  'Jeg ber om at vedtaket omgjøres og at utgiftene til behandlingen dekkes. Dersom klagen ikke tas til følge, ber jeg om at saken sendes videre til klageinstansen for ny vurdering.',
  'Sakens dokumenter følger vedlagt: søknad fra tannlege, vedtak, klage, uttalelse fra tannlege og journalutskrift. Vi gjør oppmerksom på at klageren har rett til innsyn i sakens dokumenter.',
  'Arbeidsavklaringspenger kan gis når arbeidsevnen er nedsatt med minst halvparten på grunn av sykdom eller skade. NAV har lagt til grunn at vilkåret om nedsatt arbeidsevne ikke er oppfylt.',
  'Krav om dekning av saksomkostninger etter forvaltningsloven § 36 må settes frem senest tre uker etter at underretning om vedtaket er mottatt. Beløpet gjelder advokatutgifter på 12 500 kroner.',
];

function wrap(text: string, width = 78): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > width) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

function letter(seed: number): string[] {
  const random = seededRandom(seed);
  const order = [...PARAGRAPHS].sort(() => random() - 0.5).slice(0, 5);
  const head = [
    'Nasjonalt klageorgan for helsetjenesten',
    'Postboks 6355 Etterstad, 0604 Oslo',
    '',
    `Vår ref.: 25/${String(10000 + Math.floor(random() * 89999))}     Dato: ${String(1 + Math.floor(random() * 27)).padStart(2, '0')}.03.2025`,
    `Fødselsnummer: 1283851${String(Math.floor(random() * 9000) + 1000)}`,
    '',
    'OVERSENDELSE AV KLAGESAK',
    '',
  ];
  return [...head, ...order.flatMap((p) => [...wrap(p), '']), 'Med vennlig hilsen', 'Kari Nordmann, saksbehandler'];
}

const DEGRADATIONS: { name: string; options: DegradeOptions | null }[] = [
  { name: 'clean', options: null },
  { name: 'skew 0.8°, grey paper', options: { rotateDeg: 0.8, greyPaper: true } },
  { name: 'skew -1.5°, noise 1%, blur', options: { rotateDeg: -1.5, noise: 0.01, blur: 0.7 } },
  { name: 'noise 2%, JPEG q60, grey', options: { noise: 0.02, jpegQuality: 60, greyPaper: true } },
  { name: 'skew 1.2°, blur 1.0, JPEG q50', options: { rotateDeg: 1.2, blur: 1.0, jpegQuality: 50 } },
  { name: 'all of it', options: { rotateDeg: -0.9, noise: 0.015, blur: 0.8, jpegQuality: 55, greyPaper: true } },
];

interface BenchPage {
  file: string;
  reference: string;
  degradation: string;
}

async function makePages(dir: string, count: number): Promise<BenchPage[]> {
  const pages: BenchPage[] = [];
  for (let i = 0; i < count; i++) {
    const deg = DEGRADATIONS[i % DEGRADATIONS.length]!;
    const lines = letter(100 + i);
    const clean = await renderPageImage(lines, { dpi: 300 });
    const png = deg.options ? await degrade(clean, { ...deg.options, seed: 1000 + i }) : clean;
    const file = path.join(dir, `page-${i}.png`);
    await writeFile(file, png);
    pages.push({ file, reference: lines.join('\n'), degradation: deg.name });
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Child mode: postmottak's OCR path in its own process (its peak memory and cold start are its own),
// driven page by page over IPC so that each page runs right beside native Tesseract on the same
// page: the machine is shared and its load drifts, and paired runs see the same load.

type ChildRequest = { op: 'page'; file: string } | { op: 'parallel'; files: string[] } | { op: 'end' };
type ChildReply = { ms: number; text?: string; maxRssKb?: number; coldStartMs?: number; importMs?: number };

interface ChildSpec { languages: string[]; workers: number; targetDpi: number }

async function child(spec: ChildSpec): Promise<void> {
  const t0 = performance.now();
  const ocr = await import('../engines/ocr/index.ts');
  const importMs = performance.now() - t0;
  // Cold start: one worker, engine + language models; then the rest of the pool.
  const coldStartMs = await ocr.warmUpOcr({ languages: spec.languages, size: spec.workers, workers: 1 });
  await ocr.warmUpOcr({ languages: spec.languages, size: spec.workers });
  const options = { hasTextLayer: false, languages: spec.languages, targetDpi: spec.targetDpi };
  const send = (reply: ChildReply) => process.send!(reply);
  send({ ms: 0, coldStartMs, importMs });
  process.on('message', async (request: ChildRequest) => {
    if (request.op === 'page') {
      const bytes = await readFile(request.file);
      const started = performance.now();
      const { page } = await ocr.readPage(bytes, 'png', 0, options);
      send({ ms: performance.now() - started, text: page.text });
    } else if (request.op === 'parallel') {
      const files = await Promise.all(request.files.map((f) => readFile(f)));
      const started = performance.now();
      await Promise.all(files.map((bytes) => ocr.readPage(bytes, 'png', 0, options)));
      send({ ms: performance.now() - started });
    } else {
      await ocr.shutdownOcr();
      send({ ms: 0, maxRssKb: process.resourceUsage().maxRSS });
      process.disconnect();
    }
  });
}

class OursProcess {
  private readonly proc: ChildProcess;
  private readonly pending: ((r: ChildReply) => void)[] = [];
  private constructor(spec: ChildSpec) {
    const { workers } = spec;
    this.proc = fork(SELF, ['--child', JSON.stringify(spec)], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, POSTMOTTAK_OCR_WORKERS: String(workers) },
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    this.proc.on('message', (reply: ChildReply) => this.pending.shift()?.(reply));
    // Leptonica's chatter about boxes; not ours to print.
    this.proc.stderr?.resume();
    this.proc.on('exit', (code) => {
      if (code) throw new Error(`postmottak OCR child exited with ${code}`);
    });
  }
  private next(): Promise<ChildReply> {
    return new Promise((resolve) => this.pending.push(resolve));
  }
  static async start(spec: ChildSpec) {
    const p = new OursProcess(spec);
    const ready = await p.next();
    return { proc: p, coldStartMs: ready.coldStartMs!, importMs: ready.importMs! };
  }
  ask(request: ChildRequest): Promise<ChildReply> {
    const reply = this.next();
    this.proc.send(request);
    return reply;
  }
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const p = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ stdout, stderr, code: code ?? 1 }));
  });
}

/** /usr/bin/time -f reports the peak resident set of the process and its threads. */
const TIME = '/usr/bin/time';
function timed(command: string, argv: string[], env?: NodeJS.ProcessEnv) {
  return run(TIME, ['-f', '@@TIME@@ %M %e', command, ...argv], env).then((r) => {
    const m = /@@TIME@@ (\d+) ([\d.]+)/.exec(r.stderr);
    return { ...r, maxRssKb: m ? Number(m[1]) : NaN, seconds: m ? Number(m[2]) : NaN };
  });
}

// ---------------------------------------------------------------------------------------------
// Native Tesseract

function ensureNativeTesseract(language: string): string {
  const has = () => {
    try {
      const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return langs.split('\n').map((l) => l.trim()).includes(language);
    } catch {
      return false;
    }
  };
  if (!has()) {
    process.stderr.write('native tesseract missing: apt-get update && apt-get install -y tesseract-ocr tesseract-ocr-nor\n');
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    const apt = (...a: string[]) => execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...a], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    apt('update');
    apt('install', '-y', 'tesseract-ocr', 'tesseract-ocr-nor');
    if (!has()) throw new Error('native tesseract could not be installed');
  }
  return execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0]!.trim();
}

/** One thread per process, as each of our workers has: pages are spread over the cores instead. */
const NATIVE_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };
function nativePage(file: string, languages: string[], tessdataDir?: string) {
  const dataArgs = tessdataDir ? ['--tessdata-dir', tessdataDir] : [];
  return timed('tesseract', [...dataArgs, file, 'stdout', '-l', languages.join('+'), '--psm', '3'], NATIVE_ENV);
}

/** postmottak's model files for native Tesseract too: the engine's cost alone, whatever data Debian has. */
async function npmModelsFor(dir: string, languages: string[]): Promise<string> {
  const { traineddataFile } = await import('../engines/ocr/languages.ts');
  const target = path.join(dir, 'tessdata-npm');
  await mkdir(target, { recursive: true });
  for (const lang of languages) await writeFile(path.join(target, `${lang}.traineddata`), gunzipSync(await readFile(traineddataFile(lang))));
  return target;
}

async function nativeParallel(files: string[], languages: string[], parallel: number): Promise<number> {
  const started = performance.now();
  const queue = [...files];
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) await nativePage(f, languages);
  }));
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------------------

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mib = (kb: number) => `${Math.round(kb / 1024)} MiB`;

async function main(): Promise<void> {
  const pageCount = Number(arg('pages', '6'));
  const languages = arg('languages', 'nor').split('+');
  // Variants of our side without touching the config: --our-languages nor+eng+swe+dan (default: the
  // native side's), POSTMOTTAK_OCR_DPI=240 (default: config.ocr.targetDpi).
  const ourLanguages = arg('our-languages', languages.join('+')).split('+');
  const targetDpi = Number(process.env.POSTMOTTAK_OCR_DPI) || loadConfig().ocr.targetDpi;
  const cores = availableParallelism();
  const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-ocr-'));
  try {
    process.stderr.write(`rendering ${pageCount} A4 pages at 300 dpi into ${dir}\n`);
    const pages = await makePages(dir, pageCount);
    const files = pages.map((p) => p.file);
    const version = ensureNativeTesseract(languages[0]!);

    process.stderr.write(`postmottak OCR path (${ourLanguages.join('+')} at ${targetDpi} dpi, ${cores} workers) beside native ${version}, page by page...\n`);
    const { proc: ours, coldStartMs, importMs } = await OursProcess.start({ languages: ourLanguages, workers: cores, targetDpi });
    const npmModels = await npmModelsFor(dir, languages);
    const measured: { oursMs: number; oursText: string; nativeMs: number; nativeText: string; nativeRssKb: number; sameModelMs: number; sameModelText: string }[] = [];
    for (const [i, file] of files.entries()) {
      const runOurs = () => ours.ask({ op: 'page', file });
      const runNative = async (tessdataDir?: string) => {
        const started = performance.now();
        const r = await nativePage(file, languages, tessdataDir);
        if (r.code !== 0) throw new Error(`tesseract failed: ${r.stderr.slice(-500)}`);
        return { ms: performance.now() - started, text: r.stdout, rss: r.maxRssKb };
      };
      // Alternate who goes first, so a drift in the machine's load favours neither.
      let o: ChildReply;
      let n: Awaited<ReturnType<typeof runNative>>;
      let same: Awaited<ReturnType<typeof runNative>>;
      if (i % 2 === 0) {
        o = await runOurs();
        n = await runNative();
        same = await runNative(npmModels);
      } else {
        same = await runNative(npmModels);
        n = await runNative();
        o = await runOurs();
      }
      measured.push({ oursMs: o.ms, oursText: o.text ?? '', nativeMs: n.ms, nativeText: n.text, nativeRssKb: n.rss, sameModelMs: same.ms, sameModelText: same.text });
      process.stderr.write(`  page ${i}: postmottak ${(o.ms / 1000).toFixed(2)} s, native ${(n.ms / 1000).toFixed(2)} s, native with the npm model ${(same.ms / 1000).toFixed(2)} s\n`);
    }
    // Throughput: repeated, alternating who goes first, median of the runs (one run drifts with the load).
    const parallelRuns = Math.max(1, Number(arg('parallel-runs', '3')));
    const oursRuns: number[] = [];
    const nativeRuns: number[] = [];
    for (let r = 0; r < parallelRuns; r++) {
      const runOurs = async () => oursRuns.push((await ours.ask({ op: 'parallel', files })).ms);
      const runNative = async () => nativeRuns.push(await nativeParallel(files, languages, cores));
      if (r % 2 === 0) await runOurs().then(runNative);
      else await runNative().then(runOurs);
    }
    const oursParallelMs = median(oursRuns);
    const nativeParallelMs = median(nativeRuns);
    const oursRssKb = (await ours.ask({ op: 'end' })).maxRssKb!;
    const ours_ = { parallelMs: oursParallelMs, coldStartMs, importMs, processRssKb: oursRssKb };
    const theirs = { parallelMs: nativeParallelMs, sequential: measured.map((m) => ({ maxRssKb: m.nativeRssKb })) };

    const rows = pages.map((p, i) => {
      const m = measured[i]!;
      return {
        page: i, degradation: p.degradation, oursMs: m.oursMs, nativeMs: m.nativeMs, sameModelMs: m.sameModelMs,
        oursCer: characterErrorRate(p.reference, m.oursText), nativeCer: characterErrorRate(p.reference, m.nativeText), sameModelCer: characterErrorRate(p.reference, m.sameModelText),
      };
    });
    const degraded = rows.filter((r) => r.degradation !== 'clean');

    console.log(`\nOCR benchmark — ${pageCount} A4 pages at 300 dpi (~${Math.round(mean(pages.map((p) => p.reference.split(/\s+/).length)))} words each), language ${languages.join('+')}${ourLanguages.join('+') !== languages.join('+') ? ` (postmottak: ${ourLanguages.join('+')})` : ''}, ${cores} cores`);
    console.log(`postmottak: tesseract.js 7 (WASM, LSTM, @postmottak/tessdata-fast: Debian's tessdata_fast files) + sharp preparation, OCR at ${targetDpi} dpi; native: ${version} (Debian tessdata_fast), OMP_THREAD_LIMIT=1\n`);
    console.log('page  degradation                      postmottak   native   CER postmottak  CER native');
    for (const r of rows) {
      console.log(`${String(r.page).padEnd(6)}${r.degradation.padEnd(33)}${(r.oursMs / 1000).toFixed(2).padStart(8)} s${(r.nativeMs / 1000).toFixed(2).padStart(8)} s${pct(r.oursCer).padStart(15)}${pct(r.nativeCer).padStart(12)}`);
    }
    const oursPerPage = mean(rows.map((r) => r.oursMs));
    const nativePerPage = mean(rows.map((r) => r.nativeMs));
    const oursPps = (pageCount / ours_.parallelMs) * 1000;
    const nativePps = (pageCount / theirs.parallelMs) * 1000;
    const nativePeak = Math.max(...theirs.sequential.map((s) => s.maxRssKb));
    const cerOurs = mean(degraded.map((r) => r.oursCer));
    const cerNative = mean(degraded.map((r) => r.nativeCer));
    console.log('\n                                          postmottak      native    ratio   target');
    const line = (label: string, a: string, b: string, ratio: string, target: string) => console.log(`${label.padEnd(40)}${a.padStart(12)}${b.padStart(12)}${ratio.padStart(9)}   ${target}`);
    const ratios = rows.map((r) => r.oursMs / r.nativeMs).sort((a, b) => a - b);
    line('median of per-page time ratios', '', '', `${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}x`, '<= 1.5x');
    line('time per page, one at a time (warm)', `${(oursPerPage / 1000).toFixed(2)} s`, `${(nativePerPage / 1000).toFixed(2)} s`, `${(oursPerPage / nativePerPage).toFixed(2)}x`, '<= 1.5x');
    line(`pages/s, ${cores} in parallel (median of ${parallelRuns})`, oursPps.toFixed(2), nativePps.toFixed(2), `${(nativePps / oursPps).toFixed(2)}x`, '(time ratio)');
    line('CER, degraded scans (mean)', pct(cerOurs), pct(cerNative), `${((cerOurs - cerNative) * 100).toFixed(1)} pp`, '<= +1 pp');
    line('CER, all pages (mean)', pct(mean(rows.map((r) => r.oursCer))), pct(mean(rows.map((r) => r.nativeCer))), '', '');
    line('peak memory (RSS)', `${mib(ours_.processRssKb)}`, `${mib(nativePeak)}`, '', '< 1 GiB (ours, whole process)');
    line('OCR worker cold start (one worker)', `${Math.round(ours_.coldStartMs)} ms`, '', '', '< 2 s');
    line('module import (tesseract.js, sharp, pdf.js)', `${Math.round(ours_.importMs)} ms`, '', '', '');
    const sameModel = mean(rows.map((r) => r.sameModelMs));
    line('native reading postmottak\'s model files, per page', '', `${(sameModel / 1000).toFixed(2)} s`, `${(oursPerPage / sameModel).toFixed(2)}x`, 'engine cost alone (WASM vs native)');
    line('  its CER, degraded scans', '', pct(mean(degraded.map((r) => r.sameModelCer))), '', '');
    console.log('\nNative times include loading the model in each process (how tesseract is run from a shell).');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (args[0] === '--child') await child(JSON.parse(args[1]!) as ChildSpec);
else await main();
