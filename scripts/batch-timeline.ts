/**
 * Where the batch's unread time goes (issue 14 item 5): of the wall time in which no page is being read
 * and no document classified (the overhead on the batch's clock), what was running instead, millisecond
 * by millisecond. Each such millisecond is put in the first of these that holds:
 *  - no scan in flight: before the first scan was admitted, after the last scan's line (the text
 *    lane's tail), or between scans (the OCR lane empty mid-batch);
 *  - a scan before its pages (uploaded, in Inspect, or its page queued and not yet started): the OCR
 *    worker about to be fed;
 *  - a scan waiting for its case between two looks of Link (WaitForCase, the batch rule);
 *  - scans past their pages only (Classify is reading; so Link, Register, Deadlines, letters, Route).
 * Also what share of those milliseconds a text-layer document was in flight (the text lane busy in its
 * own non-reading stages), and the OCR worker's busy share of the wall (any scan's ExtractPage).
 * Printed by scripts/bench-pipeline.ts; no assertion.
 */
export interface TimelineDocument {
  scan: boolean;
  /** ms on the batch's clock (0 = the batch's start). */
  start: number;
  end: number;
  spans: readonly { state: string; start: number; end: number }[];
}

const reading = new Set(['ExtractPage', 'Classify']);
const looks = new Set(['Link', 'PartLink']);

export function idleTimeline(documents: readonly TimelineDocument[], wallMs: number): string[] {
  const size = Math.ceil(wallMs) + 2;
  const track = () => new Int32Array(size);
  const read = track();
  const ocr = track();
  const scanIn = track();
  const scanBefore = track();
  const scanWaiting = track();
  const textIn = track();
  const add = (t: Int32Array, from: number, to: number) => {
    const a = Math.max(0, Math.floor(from));
    const b = Math.max(a, Math.min(size - 1, Math.floor(to)));
    if (b <= a) return;
    t[a]! += 1;
    t[b]! -= 1;
  };
  let firstScan = Infinity;
  let lastScanEnd = -Infinity;
  for (const d of documents) {
    const spans = [...d.spans].sort((a, b) => a.start - b.start);
    for (const s of spans) {
      if (reading.has(s.state)) add(read, s.start, s.end);
      if (d.scan && s.state === 'ExtractPage') add(ocr, s.start, s.end);
    }
    if (!d.scan) {
      add(textIn, d.start, d.end);
      continue;
    }
    firstScan = Math.min(firstScan, d.start);
    lastScanEnd = Math.max(lastScanEnd, d.end);
    add(scanIn, d.start, d.end);
    const firstPage = spans.find((s) => s.state === 'ExtractPage');
    add(scanBefore, d.start, firstPage ? firstPage.start : d.end);
    const linkLooks = spans.filter((s) => looks.has(s.state));
    for (let i = 1; i < linkLooks.length; i++) add(scanWaiting, linkLooks[i - 1]!.end, linkLooks[i]!.start);
  }
  for (const t of [read, ocr, scanIn, scanBefore, scanWaiting, textIn]) for (let i = 1; i < size; i++) t[i]! += t[i - 1]!;
  const idle = { beforeFirstScan: 0, tail: 0, between: 0, scanBeforePages: 0, scanWaiting: 0, scansPastPages: 0 };
  let idleMs = 0;
  let withText = 0;
  let ocrBusy = 0;
  const end = Math.min(size - 1, Math.floor(wallMs));
  for (let ms = 0; ms < end; ms++) {
    if (ocr[ms]! > 0) ocrBusy += 1;
    if (read[ms]! > 0) continue;
    idleMs += 1;
    if (textIn[ms]! > 0) withText += 1;
    if (scanIn[ms]! === 0) {
      if (ms < firstScan) idle.beforeFirstScan += 1;
      else if (ms >= lastScanEnd) idle.tail += 1;
      else idle.between += 1;
    } else if (scanBefore[ms]! > 0) idle.scanBeforePages += 1;
    else if (scanWaiting[ms]! > 0) idle.scanWaiting += 1;
    else idle.scansPastPages += 1;
  }
  const pct = (ms: number) => `${((ms / wallMs) * 100).toFixed(1)}%`;
  return [
    `  timeline of that time (share of the wall): no scan in flight ${pct(idle.beforeFirstScan + idle.tail + idle.between)} (before the first ${pct(idle.beforeFirstScan)}, between scans ${pct(idle.between)}, the tail after the last scan ${pct(idle.tail)}); a scan before its pages (upload, Inspect, page queued) ${pct(idle.scanBeforePages)}; scans waiting for their case (WaitForCase) ${pct(idle.scanWaiting)}; scans past their pages only (Link, Register, letters…) ${pct(idle.scansPastPages)}; a text-layer document in flight during ${idleMs ? ((withText / idleMs) * 100).toFixed(0) : 0}% of it`,
    `  a scan in ExtractPage (its page read or queued for a worker) ${pct(ocrBusy)} of the wall`,
  ];
}

/**
 * The text-layer documents' end-to-end median split by whether a scan was in ExtractPage when the
 * document started (the OCR worker busy: the text lane at its narrow size) or not (the lane widened:
 * letters side by side). Says how much of the text median the widening costs.
 */
export function textByOcrBusy(documents: readonly TimelineDocument[]): string {
  const reads = documents.flatMap((d) => (d.scan ? d.spans.filter((s) => s.state === 'ExtractPage') : []));
  const busy: number[] = [];
  const idle: number[] = [];
  for (const d of documents) {
    if (d.scan) continue;
    (reads.some((s) => s.start <= d.start && d.start < s.end) ? busy : idle).push(d.end - d.start);
  }
  const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0) : '–');
  return `  text-layer documents started while a scan was in ExtractPage: ${busy.length}, median ${median(busy)} ms; while none was: ${idle.length}, median ${median(idle)} ms`;
}

/**
 * How well the OCR worker was fed, in figures the machine's load does not drown (counts and shares of
 * the scans' own stretch, not of milliseconds on a clock others share):
 *  - scans started dry: scans admitted while no other scan was before or in its reading (from its
 *    admission to the end of its last ExtractPage) — the OCR lane had run empty before them, so their
 *    upload and Inspect are the worker's idle time. The first scan is not counted.
 *  - the worker fed: of the scans' stretch (the first scan's admission to the last scan's last page),
 *    the share in which some scan was in ExtractPage (a page read or queued for a worker).
 */
export interface OcrFeed {
  scans: number;
  startedDry: number;
  fedShare: number;
}

export function ocrFeed(documents: readonly TimelineDocument[]): OcrFeed {
  const scans = documents
    .filter((d) => d.scan)
    .map((d) => {
      const pages = d.spans.filter((s) => s.state === 'ExtractPage');
      return { start: d.start, readEnd: pages.length ? Math.max(...pages.map((s) => s.end)) : d.start, pages };
    })
    .sort((a, b) => a.start - b.start);
  if (scans.length === 0) return { scans: 0, startedDry: 0, fedShare: 0 };
  let startedDry = 0;
  for (let i = 1; i < scans.length; i++) {
    const s = scans[i]!;
    if (!scans.some((t, j) => j !== i && t.start <= s.start && s.start < t.readEnd)) startedDry += 1;
  }
  const from = scans[0]!.start;
  const to = Math.max(...scans.map((s) => s.readEnd));
  let fed = 0;
  let reach = from;
  for (const p of scans.flatMap((s) => s.pages).sort((a, b) => a.start - b.start)) {
    const a = Math.max(p.start, reach);
    if (p.end > a) {
      fed += p.end - a;
      reach = p.end;
    }
  }
  return { scans: scans.length, startedDry, fedShare: to > from ? fed / (to - from) : 0 };
}

export function ocrFeedLine(documents: readonly TimelineDocument[]): string {
  const feed = ocrFeed(documents);
  return `  the OCR worker fed (load-robust): ${feed.startedDry} of ${feed.scans} scans started with no other scan before or in its reading; a scan in ExtractPage ${(feed.fedShare * 100).toFixed(1)}% of the scans' stretch (first scan's start to last scan's last page)`;
}
