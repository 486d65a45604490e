/**
 * npm run bench:pipeline [-- --count N --scan-share S --concurrency C --in-flight D --text-in-flight T --lookahead L --scan-reach R --scan-reach-when-unfed U --ocr-lane K --fixed-text-lane]
 *
 * Generated mail (text PDFs and G4 TIFF scans, mixed) through the full embedded stack — the real ASL,
 * the real handlers, the loopback S3 and DynamoDB — as `postmottak process` runs it: `--concurrency` OCR
 * workers and, as the CLI's default, documents in two lanes (local/pipelining.ts: two scans a worker
 * before or in their reading, or `--ocr-lane K`; one text-layer document beside them, or
 * `--text-in-flight T`, widened in the batch's tail unless `--fixed-text-lane`, and to S mid-batch
 * while the next scan is out of reach with `--text-while-starved S`; `--text-past-reading on` lets a letter give its place up at Link while no scan is before or in its reading); `--in-flight D` is one pool of D instead (8 was session 6's
 * default; D equal to `--concurrency` the old one-document-per-worker runner), all of them one batch. Prints documents and pages per minute, the text-layer
 * document's end-to-end median, the overhead (below), CPU and peak RSS, the load average, the review
 * count and reasons, and whether anything was lost or duplicated, and where the unread time went
 * (scripts/batch-timeline.ts). `--cpu-prof FILE` writes the main
 * thread's CPU profile of the measured run; `--timeline FILE` each document's task spans on the batch's
 * clock (JSON), to look at where the unread time went. Figures only, no assertions.
 *
 * Overhead, three figures:
 *  - on the batch's clock, the issue's own ("time outside OCR and classification as a share of wall
 *    time"): the share of the batch's wall time (first upload to last line) during which no page was
 *    being read (ExtractPage: OCR, or a text layer) and no document classified, in any document — the
 *    union of every document's ExtractPage and Classify spans, measured against the batch's wall. It is
 *    what AWS pays for outside the reading: there other documents' registering, deadlines and letters run
 *    on other Lambdas while pages are read, and so they do here once documents are pipelined;
 *  - per document, orchestration proper: Σ(document wall − its task time) / Σ document wall — the ASL
 *    interpreter, state passing between states, the upload; what the pipeline costs beyond its stages.
 *    Split by where: a follow-up's pause for its case before a look again (WaitForCase: the batch rule
 *    or an announced opener; ExecutionRun.pauses) is the product's wait, not the interpreter's, and is
 *    printed apart from the rest of the time between tasks (session 19: it was ~all of it);
 *  - per document, outside reading and classification: the same with only ExtractPage and Classify
 *    counted as work, so every other stage (Inspect, the register's writes, letters) is overhead too.
 *    With documents in flight side by side a document's wall time includes waiting for the others, so
 *    the per-document figures grow with --in-flight; the batch's figure is the one that says whether
 *    the machine is kept reading.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector';
import { availableParallelism, loadavg } from 'node:os';
import { renderPageImage, toTiffG4 } from '../corpus/render.ts';
import { appealOf, declarationOf, personOf } from '../corpus/robustness-mail.ts';
import { auditTable, scanTable } from './table-audit.ts';
import { idleTimeline, ocrFeedLine, textByOcrBusy, type TimelineDocument } from './batch-timeline.ts';

const USAGE = 'usage: bench-pipeline [--count N] [--scan-share 0..1] [--concurrency C] [--in-flight D] [--text-in-flight T] [--lookahead L] [--scan-reach R] [--scan-reach-when-unfed U] [--ocr-lane K] [--text-while-starved S] [--leave-at-pages-read] [--text-past-reading on|off] [--fixed-text-lane] [--scans-only] [--cpu-prof FILE] [--timeline FILE]\n';
function usage(): never {
  process.stderr.write(USAGE);
  process.exit(2);
}
const { values } = (() => {
  try {
    return parseArgs({
      options: { 'cpu-prof': { type: 'string' }, timeline: { type: 'string' }, count: { type: 'string', default: '500' }, 'scan-share': { type: 'string', default: '0.2' }, concurrency: { type: 'string', default: '1' }, 'in-flight': { type: 'string' }, 'text-in-flight': { type: 'string' }, lookahead: { type: 'string' }, 'scans-only': { type: 'boolean', default: false }, 'fixed-text-lane': { type: 'boolean', default: false }, 'scan-reach': { type: 'string' }, 'scan-reach-when-unfed': { type: 'string' }, 'ocr-lane': { type: 'string' }, 'text-while-starved': { type: 'string' }, 'leave-at-pages-read': { type: 'boolean', default: false }, 'text-past-reading': { type: 'string' } },
    });
  } catch {
    // An unknown flag (--help included) is a person's mistake: the usage line, not a stack trace.
    return usage();
  }
})();
const count = Number(values.count);
const scanShare = values['scans-only'] ? 1 : Number(values['scan-share']);
const concurrency = Number(values.concurrency);
const { defaultLanes, pipelined, pipelinedInLanes } = await import('../local/pipelining.ts');
const { laneOfBytes } = await import('../local/document-lane.ts');
// No --in-flight: the CLI's default, the lanes; --in-flight D: one pool of D (the session-6 default was 8).
const lanes = { ...defaultLanes(concurrency), ...(values['text-in-flight'] === undefined ? {} : { text: Number(values['text-in-flight']) }), ...(values['fixed-text-lane'] ? { textWhileOcrIdle: 0 } : {}), ...(values['ocr-lane'] === undefined ? {} : { ocr: Number(values['ocr-lane']) }), ...(values['text-while-starved'] === undefined ? {} : { textWhileOcrStarved: Number(values['text-while-starved']) }), ...(values['text-past-reading'] === undefined ? {} : { textPastReadingWhenStarved: values['text-past-reading'] === 'on' }) };
const inFlight = values['in-flight'] === undefined ? null : Number(values['in-flight']);
if (!(count > 0 && scanShare >= 0 && scanShare <= 1 && Number.isInteger(concurrency) && concurrency >= 1 && (inFlight === null || (Number.isInteger(inFlight) && inFlight >= 1)) && Number.isInteger(lanes.text) && lanes.text >= 1 && [undefined, 'on', 'off'].includes(values['text-past-reading']))) usage();
process.env.POSTMOTTAK_OCR_WORKERS = String(concurrency);

async function scanOf(i: number): Promise<Buffer> {
  const p = personOf(i);
  const lines = ['Kongsberg legesenter', '', 'LEGEERKLÆRING', '', `Pasient: ${p.name}, fødselsnummer ${p.nationalId}`, '', 'Diagnose: K05.3 Kronisk periodontitt (ICD-10).', 'Pasienten har vært til behandling siden 2023.', 'Funksjonsevnen ved tygging er nedsatt.', '', 'Kongsberg, 14.03.2025', 'Ingrid Berg, lege'];
  return toTiffG4([await renderPageImage(lines, { dpi: 200 })]);
}

interface Doc {
  name: string;
  bytes: Buffer;
  scan: boolean;
}

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-'));
const docs: Doc[] = [];
const scans = Math.round(count * scanShare);
for (let n = 0; n < count; n++) {
  // Scans spread evenly through the day's mail; text letters alternate appeal / declaration per person.
  const scan = scans > 0 && Math.floor(((n + 1) * scans) / count) > Math.floor((n * scans) / count);
  const person = 7000 + Math.floor(n / 2);
  // Every document's bytes differ: the same bytes twice are one document (identity by content), and a
  // copy running beside its original waits for it, which is not what this measures.
  const bytes = scan ? await scanOf(7000 + n) : n % 2 === 0 ? await appealOf(person) : await declarationOf(person);
  docs.push({ name: `${n}-${scan ? 'skann.tif' : 'brev.pdf'}`, bytes, scan });
}
for (const d of docs) await writeFile(path.join(dir, d.name), d.bytes);

const { startLocalStack, localTable } = await import('../local/stack.ts');
const stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
const { loadLocalStateMachine } = await import('../local/state-machine.ts');
const { uploadScan } = await import('../local/intake.ts');
const { ProcessResult } = await import('../schemas/pipeline.ts');
const { ocrStats, shutdownOcr, warmUpOcr } = await import('../engines/ocr/index.ts');
const { loadConfig } = await import('../config/load.ts');
const { warmUpPdf } = await import('../engines/pdf/warm-up.ts');
// --leave-at-pages-read: a scan gives its OCR-lane place up at Classify (session 7's design), not when it ends.
const machine = await loadLocalStateMachine({ leaveOcrLaneWhenPagesRead: values['leave-at-pages-read'] });
// Workers are created before the clock starts, as a Lambda's init or the CLI's start would.
if (scans > 0) await warmUpOcr({ languages: loadConfig().ocr.languages, workers: concurrency });
// pdf.js's first document loads its worker code (engines/pdf/warm-up.ts): a Lambda does it in init, so here before the clock too.
const pdfWarmUpMs = await warmUpPdf(loadConfig().limits, loadConfig().ocr.targetDpi);
// The classifier model's parse (domain/classify/index.ts): a Lambda pays it in init as well.
const { warmUpModel } = await import('../domain/classify/index.ts');
const modelWarmUpMs = warmUpModel();

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);

const textMs: number[] = [];
/** Per document: its wall time, the union of its task spans, and of its ExtractPage/Classify spans. */
const perDocument: { wall: number; inTasks: number; paused: number; reading: number; spanMs: number; ocr: { start: number; end: number }[]; readingSpans: { state: string; start: number; end: number }[] }[] = [];
const taskTime = (spans: { state: string; start: number; end: number }[], states?: ReadonlySet<string>) => {
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of spans.filter((x) => !states || states.has(x.state)).sort((a, b) => a.start - b.start)) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
};
const readingStates = new Set(['ExtractPage', 'Classify']);
/** Each document's place on the batch's clock, for the timeline of the time in which nothing is read (scripts/batch-timeline.ts). */
const timeline: TimelineDocument[] = [];
/** Where a document's time inside no task goes (ms, summed over documents); `caseWait` is the part of the time between tasks paused for its case. */
const places = { upload: 0, beforeFirstTask: 0, betweenTasks: 0, caseWait: 0, afterLastTask: 0 };
/** Text-layer documents' end-to-end times, by whether they paused for their case (the batch rule, an announced opener). */
const textWaited: number[] = [];
const textNotWaited: number[] = [];
const statuses: Record<string, number> = {};
/** Why documents went to review, by the reason's wording with ids and numbers taken out (comparing c1 with c2). */
const reviewReasons: Record<string, number> = {};
/** Rejections and technical failures, by file: none is expected of this generated mail. */
const unusual: string[] = [];
/** Follow-ups that waited for a case being opened beside them (WaitForCase), with their outcome and number of waits. */
const waited: Record<string, number> = {};
/** Each document's outcome by its place in the batch: a declaration follows its appeal (the file before it). */
const outcomeOf: string[] = [];
let pages = 0;
let failures = 0;
/** Documents answered as a copy of an earlier one: 0 when every generated file is distinct, as it must be here. */
let duplicates = 0;
// --cpu-prof FILE: the main thread's CPU profile of the measured run only (not the mail's generation or the start-up).
const profiler = values['cpu-prof'] ? new Session() : null;
const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => profiler!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
if (profiler) {
  profiler.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
const loadAtStart = loadavg()[0]!.toFixed(2);
const cpuAtStart = process.cpuUsage();
const started = performance.now();
const runOne = async (doc: Doc, index: number) => {
    const t = performance.now();
    try {
      const input = await uploadScan(stack.bucket, path.join(dir, doc.name), { receivedDate: '2025-03-20', postmarkDate: null, batch: 'bench' });
      const uploaded = performance.now();
      const run = await machine.run(input as never);
      const result = ProcessResult.parse({ ...(run.output as object), file: doc.name });
      const end = performance.now();
      const inTasks = taskTime(run.spans);
      // Between two looks of Link, outside any task's span: waiting for its case, not the interpreter.
      const paused = taskTime(run.pauses);
      const first = Math.min(...run.spans.map((x) => x.start));
      const last = Math.max(...run.spans.map((x) => x.end));
      places.upload += uploaded - t;
      places.beforeFirstTask += first - uploaded;
      places.betweenTasks += last - first - inTasks - paused;
      places.caseWait += paused;
      places.afterLastTask += end - last;
      perDocument.push({ wall: end - t, inTasks, paused, reading: taskTime(run.spans, readingStates), spanMs: run.spans.reduce((a, x) => a + x.end - x.start, 0), ocr: run.spans.filter((x) => x.state === 'ExtractPage'), readingSpans: run.spans.filter((x) => readingStates.has(x.state)) });
      outcomeOf[index] = result.status;
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      if (result.duplicateOf) duplicates += 1;
      if (result.status === 'rejected' || result.reason?.startsWith('Technical failure')) unusual.push(`${doc.name} ${result.status}: ${result.reason}`);
      const looks = run.path.filter((state) => state === 'WaitForCase' || state === 'PartWaitForCase').length;
      if (looks > 0) waited[`${result.status} after ${looks}`] = (waited[`${result.status} after ${looks}`] ?? 0) + 1;
      if (result.status === 'review') {
        const reason = (result.reason ?? '').replace(/[0-9a-f]{8,}|\d+([.,]\d+)?/g, '…');
        reviewReasons[reason] = (reviewReasons[reason] ?? 0) + 1;
      }
      pages += result.pages ?? 0;
      if (!doc.scan) textMs.push(performance.now() - t);
      if (!doc.scan) (run.pauses.length ? textWaited : textNotWaited).push(performance.now() - t);
      timeline.push({ scan: doc.scan, start: t - started, end: end - started, spans: run.spans.map((x) => ({ state: x.state, start: x.start - started, end: x.end - started })) });
    } catch {
      failures += 1;
    }
  };
// The lane from the file's bytes, as the CLI looks (local/document-lane.ts), not from what the bench made.
const lookahead = values.lookahead === undefined ? undefined : Number(values.lookahead);
if (lookahead !== undefined && !(Number.isInteger(lookahead) && lookahead >= 1)) usage();
if (values['scan-reach-when-unfed'] !== undefined && !(Number.isInteger(Number(values['scan-reach-when-unfed'])) && Number(values['scan-reach-when-unfed']) >= 1)) usage();
const laneOptions = { ...(lookahead === undefined ? {} : { lookahead }), ...(values['scan-reach'] === undefined ? {} : { scanReach: Number(values['scan-reach']) }), ...(values['scan-reach-when-unfed'] === undefined ? {} : { scanReachWhenUnfed: Number(values['scan-reach-when-unfed']) }) };
await (inFlight === null ? pipelinedInLanes(docs, lanes, (doc) => laneOfBytes(doc.bytes), runOne, () => undefined, laneOptions) : pipelined(docs, inFlight, runOne, () => undefined));
const wallMs = performance.now() - started;
if (profiler) {
  const { profile } = (await post('Profiler.stop')) as { profile: object };
  await writeFile(values['cpu-prof']!, JSON.stringify(profile));
  profiler.disconnect();
}
const cpu = process.cpuUsage(cpuAtStart);
if (values.timeline) await writeFile(values.timeline, JSON.stringify({ wallMs, documents: timeline }));
const ocrSpans = perDocument.flatMap((d) => d.ocr);
clearInterval(sampler);

const audit = auditTable(await scanTable(localTable));
await shutdownOcr();
await stack.stop();
await rm(dir, { recursive: true, force: true });

const ms = machine.stats.taskMs;
/** Of the time some page was being read, the share in which two or more were: do the OCR workers run side by side? */
function overlap(spans: { start: number; end: number }[]): number {
  const edges = spans.flatMap((x) => [[x.start, 1] as const, [x.end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inFlight = 0;
  let last = 0;
  let busy = 0;
  let together = 0;
  for (const [at, step] of edges) {
    if (inFlight >= 1) busy += at - last;
    if (inFlight >= 2) together += at - last;
    inFlight += step;
    last = at;
  }
  return busy ? together / busy : 0;
}
const documentWall = perDocument.reduce((a, d) => a + d.wall, 0);
/** The issue's figure on the batch's clock: the batch's wall time in which no document was being read or classified. */
const batchReading = taskTime(perDocument.flatMap((d) => d.readingSpans));
const reviews = statuses.review ?? 0;
const share = (outside: (d: (typeof perDocument)[number]) => number) => ((perDocument.reduce((a, d) => a + outside(d), 0) / documentWall) * 100).toFixed(1);
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const perMinute = (n: number) => (n / wallMs) * 60_000;
const perDocumentByTask = (byTask: Record<string, number>) =>
  Object.entries(byTask)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${(v / count).toFixed(1)}`)
    .join(', ');
const done = Object.values(statuses).reduce((a, b) => a + b, 0);
const lines = [
  `documents: ${count} (${scans} scans, ${count - scans} text PDFs), OCR workers ${concurrency}, documents in flight ${inFlight === null ? `in lanes: ${lanes.ocr} needing OCR, ${lanes.text} with a text layer` : `${inFlight}, one pool`}, wall ${(wallMs / 1000).toFixed(1)} s`,
  `throughput: ${perMinute(count).toFixed(0)} documents/min, ${perMinute(pages).toFixed(0)} pages/min`,
  `text-layer document end to end: median ${median(textMs).toFixed(0)} ms (p90 ${([...textMs].sort((a, b) => a - b)[Math.floor(textMs.length * 0.9)] ?? NaN).toFixed(0)} ms)`,
  textByOcrBusy(timeline),
  `  text-layer documents that paused for their case: ${textWaited.length}, median ${median(textWaited).toFixed(0)} ms; that did not: ${textNotWaited.length}, median ${median(textNotWaited).toFixed(0)} ms`,
  `time in tasks (ms per document): ${perDocumentByTask(ms)}`,
  `process CPU in tasks (ms per document, all threads; a stage's own only with --in-flight 1): ${perDocumentByTask(machine.stats.taskCpuMs)}`,
  `overhead on the batch's clock (the issue's figure: the batch's wall time in which no page was being read and no document classified, any document): ${(((wallMs - batchReading) / wallMs) * 100).toFixed(1)}%`,
  ...idleTimeline(timeline, wallMs),
  ...(scans > 0 ? [ocrFeedLine(timeline)] : []),
  `overhead, orchestration proper (document wall time inside no task: ASL interpreter, state passing, upload, paused for its case): ${share((d) => d.wall - d.inTasks)}%; without the pauses for a case ${share((d) => d.wall - d.inTasks - d.paused)}%`,
  `  where (ms per document): the upload ${(places.upload / count).toFixed(1)}, before the first task (guard, child start, Choice) ${(places.beforeFirstTask / count).toFixed(1)}, paused for its case before a look again (WaitForCase: the batch rule, an announced opener) ${(places.caseWait / count).toFixed(1)}, between tasks otherwise (state passing, Map, Choice) ${(places.betweenTasks / count).toFixed(1)}, after the last task (child and guard end, the line) ${(places.afterLastTask / count).toFixed(1)}`,
  `  the same without the upload and the pauses for a case (the ASL interpreter and state passing alone): ${((((places.beforeFirstTask + places.betweenTasks + places.afterLastTask) / documentWall) * 100).toFixed(1))}%`,
  `overhead, outside page reading and classification (every stage but ExtractPage and Classify counts): ${share((d) => d.wall - d.reading)}%`,
  `CPU: the process used ${((cpu.user + cpu.system) / 1000 / wallMs).toFixed(2)} cores on average (all threads), ${((cpu.user + cpu.system) / 1000 / count).toFixed(0)} ms of CPU a document (what load does not change much); OCR workers (worker threads) ${ocrStats().workersCreated}; pages read side by side ${(overlap(ocrSpans) * 100).toFixed(0)}% of the time pages were read`,
  // A check on the split: every task's time must be found in the spans of its own document.
  `task time attributed to documents: ${((perDocument.reduce((a, d) => a + d.spanMs, 0) / Object.values(ms).reduce((a, b) => a + b, 0)) * 100).toFixed(1)}%`,
  `before the clock: the PDF reader warmed in ${pdfWarmUpMs.toFixed(0)} ms (engines/pdf/warm-up.ts), the classifier model parsed in ${modelWarmUpMs.toFixed(0)} ms (domain/classify/index.ts)`,
  `peak RSS: ${(peakRss / 1024 ** 2).toFixed(0)} MiB; load average at the start ${loadAtStart}, at the end ${load} (${availableParallelism()} cores)`,
  `review: ${reviews} of ${count}; reasons: ${
    Object.entries(reviewReasons)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${v}× ${k}`)
      .join('; ') || 'none'
  }`,
  `waited for a case in flight: ${Object.values(waited).reduce((a, b) => a + b, 0)} (${Object.entries(waited)
    .map(([k, v]) => `${v}× ${k}`)
    .join(', ')})`,
  `declarations in review although the appeal before them was routed (they missed its case): ${
    docs
      .map((d, n) => ({ d, n }))
      .filter(({ d, n }) => n % 2 === 1 && !d.scan && !docs[n - 1]!.scan && outcomeOf[n] === 'review' && outcomeOf[n - 1] === 'routed')
      .map(({ d }) => d.name)
      .join(', ') || 'none'
  }`,
  // A scan here is a medical declaration for the person whose appeal is the text PDF at twice its place:
  // one document at a time it always comes first and goes to review; pipelined, the appeal may overtake it.
  `scans (medical declarations) routed because their appeal, later in the batch, overtook them: ${docs.filter((d, n) => d.scan && outcomeOf[n] === 'routed').length}`,
  `rejected or failed: ${unusual.length ? unusual.join('; ') : 'none'}`,
  `outcomes: ${JSON.stringify(statuses)}; duplicates ${duplicates}; pipeline failures ${failures}; lost ${count - done}; duplicates found by the table audit: ${audit.problems.length ? audit.problems.join('; ') : 'none'}`,
];
process.stdout.write(lines.join('\n') + '\n');
