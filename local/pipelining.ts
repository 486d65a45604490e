import { AsyncLocalStorage } from 'node:async_hooks';
import { availableParallelism } from 'node:os';
import { UsageError } from './usage-error.ts';

/**
 * Pipelining on the embedded runtime, as AWS runs documents. In AWS every document is its own execution
 * and every page its own Lambda: one document's registering, deadlines, letters and events run while
 * other documents' pages are in OCR. Locally the OCR workers are the scarce thing (one core each) and
 * the main thread is shared by every document's other stages, so the runner keeps documents in two
 * lanes (`pipelinedInLanes`): documents whose pages need OCR, enough of them to keep every worker busy
 * (two a worker before or in their reading: one page read, the next queued; a scan past its pages keeps
 * its place, only no longer counted as feeding the worker, see leaveLane), and text-layer documents, one at a time beside them, so a text
 * document's own time is not stretched by seven others on the main thread; in the batch's tail, with
 * no scan left to read, the text lane widens to the pool's size.
 * `--in-flight N` (or POSTMOTTAK_DOCUMENTS_IN_FLIGHT) asks for one pool of N instead (the session-6
 * runner; `--in-flight 1` is one file at a time). Memory grows with what is in flight: each document
 * holds its file and its pages' text (peak RSS in npm run bench:pipeline).
 */
export const IN_FLIGHT_ENV = 'POSTMOTTAK_DOCUMENTS_IN_FLIGHT';

/** The OCR workers the engine will start (engines/ocr/pool.ts reads the same setting). */
function ocrWorkers(): number {
  const configured = Number(process.env.POSTMOTTAK_OCR_WORKERS);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.max(1, availableParallelism());
}

/** A document's lane: its pages need OCR (a scan), or they carry a text layer. */
export type Lane = 'ocr' | 'text';
export interface LaneSizes {
  /** Scans before or in their reading (an OCR worker's queue), a worker's worth each. */
  ocr: number;
  /** Text-layer documents while an OCR worker has a scan to read. */
  text: number;
  /**
   * Text-layer documents in the batch's tail, once no scan is left before or in its reading: the OCR
   * workers have nothing more to read, so the main thread runs the last text letters side by side, as
   * the single pool does, and the batch ends sooner. Default: `text`.
   */
  textWhileOcrIdle?: number;
  /**
   * Text-layer documents mid-batch while no scan is before or in its reading and none waits for a place:
   * the next scan is out of reach, so the text lane, one at a time, is what holds the OCR worker back
   * (a scan gives its place up when its pages are read, so scans run ahead of the text lane until the
   * reach stops them). Default: `text`, no widening: 2 was measured (session 8, loaded machine) and
   * doubled the time of the letters started then (~230 → ~460 ms) for little less overhead.
   */
  textWhileOcrStarved?: number;
  /**
   * While no scan is before or in its reading and none waits for a place (scans past their pages may
   * still hold theirs: the embedded runtime says so, leaveLane('past-pages')), a text-layer document
   * gives its place up at the first Link or PartLink it starts (leaveLane('read')): after Classify that
   * is its pages read and classified; Link is also entered straight from IsArchivistDecision (an
   * archivist's decision, not read again) and after WaitForCase, where it has already given up whatever
   * it held. The next letter reads while this one registers and writes its letter. Default off: measured (session
   * 11, README "Robustness"), the overhead within the same spread and the text median longer.
   */
  textPastReadingWhenStarved?: boolean;
}

/** Scans a worker before or in their reading: one page read, the next scan's queued (3 measured, no better: README "Robustness", session 7). */
export const SCANS_PER_WORKER = 2;

export function defaultLanes(workers = ocrWorkers()): LaneSizes {
  return { ocr: SCANS_PER_WORKER * workers, text: 1, textWhileOcrIdle: defaultDocumentsInFlight(workers) };
}

/** The single pool's size when one is asked for without a number (the bench's old default). */
export function defaultDocumentsInFlight(workers = ocrWorkers()): number {
  return Math.max(8, 4 * workers);
}

/**
 * The flag's value, else the environment's: one pool of that many documents; neither: the lanes.
 * A value that is no whole number from 1 to 64 is a person's mistake.
 */
export function documentsInFlight(flag: string | undefined): LaneSizes | number {
  const raw = flag ?? process.env[IN_FLIGHT_ENV];
  if (raw === undefined || raw === '') return defaultLanes();
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 64) throw new UsageError(`--in-flight må være et helt tall fra 1 til 64, ikke «${raw}»`);
  return value;
}

export interface LaneOptions {
  /** How far past the first item not yet reported a lane may start one (default 16 × the lanes' sizes). */
  lookahead?: number;
  /** Items keep their place until they end, even when they leave their lane early (the single pool). */
  holdPlaces?: boolean;
  /**
   * How far past the first item not yet reported a scan may start (default: the lookahead). Farther,
   * scans run ahead of the text lane and the batch ends with a long text-only tail (4 × the lookahead
   * was measured: the same overhead, the text median several times longer).
   */
  scanReach?: number;
  /**
   * How far past the first item not yet reported a scan may start while the OCR worker has nothing to
   * read (no scan before or in its reading, none waiting for a place): the next scan is sorted out past
   * the scan reach, one at a time, rather than the worker idling until the text lane reports its way to
   * it (default: the scan reach, no further). The lines stay in the items' order; only outcomes wait
   * longer for their turn, and `maxActive` still bounds what is in flight. Off by default: measured
   * (session 12, README "Robustness", loaded machine) the overhead a little lower, part of the worker's idle
   * time moved to the batch's tail (the one text lane sets the pace at c1), the text median longer in every pair.
   */
  scanReachWhenUnfed?: number;
  /**
   * At most this many items started and not yet ended, whatever places they gave up (default
   * `ACTIVE_PER_PLACE` × the lanes' sizes, never fewer than the tail's places). An item past its pages
   * or waiting for its case holds no place, yet holds its file and its pages' text: without this only
   * the lookahead bounds them (80 with two workers).
   */
  maxActive?: number;
}

/**
 * Items in flight a lane place, at most. What a waiting follow-up waits for started before it looked,
 * so it is already in flight: this bound never holds back what ends a wait.
 */
export const ACTIVE_PER_PLACE = 4;

/** The running item's way to give up its lane place (see leaveLane), found by async context. */
const laneContext = new AsyncLocalStorage<(why: LeaveReason) => void>();

/**
 * Why an item gives its place up early: its pages are read (an OCR-lane place only), it waits, using
 * nothing (any place), or it reaches Link or a bundle's first PartLink (a text-lane place, only while the
 * OCR worker is starved and the lanes say textPastReadingWhenStarved): after Classify, read and classified;
 * Link is also reached from IsArchivistDecision and after WaitForCase, and a place is given up once.
 * 'past-pages': a scan's pages are read, said whether or not it gives its place up then; it keeps its
 * place, and the lanes count it as no longer feeding the OCR worker.
 */
export type LeaveReason = 'pages-read' | 'waiting' | 'read' | 'past-pages' | 'woke';

/**
 * Called from inside an item's work, through async context (the embedded state machine calls it):
 *  - 'pages-read' when a document's Classify starts (the embedded runtime's leaveOcrLaneWhenPagesRead,
 *    off by default: measured worse, README "Robustness", session 8): its pages have all been read, so its place in the
 *    OCR lane goes to the next scan while it goes on through Link, Register and its letters. The OCR
 *    lane thus counts scans before or in their reading — its size is the OCR workers' queue depth — not
 *    scans anywhere in the pipeline: a scan waiting for its case or writing its letter no longer keeps
 *    a worker's next page from being queued. A text document keeps its place.
 *  - 'waiting' when a document pauses for its case (the batch rule): it uses nothing while it waits
 *    (in AWS it is a Wait state), so whatever place it holds goes to the next document of its lane,
 *    and it is not counted against the cap (`maxActive`) until
 *  - 'woke': its wait is over (its last look found no reason to pause again); it registers and archives
 *    now, counted against the cap again (review s19: uncounted to its end, the items in flight were not
 *    bounded). Its place stays given up.
 * Once given up, a place is not taken back: what is left of the document is short. Outside an item, or
 * in the single pool, nothing happens.
 */
export function leaveLane(why: LeaveReason = 'pages-read'): void {
  laneContext.getStore()?.(why);
}

type Work<T, R> = (item: T, index: number) => Promise<R>;
type Done<T, R> = (item: T, outcome: PromiseSettledResult<R>, index: number) => void | Promise<void>;

/**
 * Runs `work` on every item, at most `inFlight` at once, and hands each outcome to `done` in the items'
 * order (a line is printed when it and every line before it are ready), whatever order they end in.
 */
export function pipelined<T, R>(items: readonly T[], inFlight: number, work: Work<T, R>, done: Done<T, R>): Promise<void> {
  return pipelinedInLanes(items, { ocr: inFlight, text: 0 }, () => 'ocr', work, done, { lookahead: items.length, holdPlaces: true });
}

/** How far past the first item not yet reported the lanes may start one: no item past it has started. */
export function lookaheadOf(sizes: LaneSizes, options: Pick<LaneOptions, 'lookahead'> = {}): number {
  return Math.max(1, options.lookahead ?? 16 * (sizes.ocr + sizes.text));
}

/**
 * As `pipelined`, with each item in the lane `laneOf` says (asked in the items' order) and at most
 * `sizes[lane]` items holding a place in a lane at once (an item may give its place up before it ends:
 * leaveLane); a lane of size 0 takes its items into the other lane.
 * A lane starts its items in the items' order, and never one more than `lookahead` places past the
 * first item not yet reported: outcomes waiting for an earlier line stay few (memory stays bounded)
 * and a slow scan holds the text lane back by at most that many documents. Items that gave their place
 * up still count against `maxActive`.
 * `done` runs one at a time, in order; what it throws stops new items (those running end) and is thrown.
 */
export async function pipelinedInLanes<T, R>(items: readonly T[], sizes: LaneSizes, laneOf: (item: T, index: number) => Lane | Promise<Lane>, work: Work<T, R>, done: Done<T, R>, options: LaneOptions = {}): Promise<void> {
  if (sizes.ocr < 1 && sizes.text < 1) throw new RangeError('a lane must take at least one item');
  const lookahead = lookaheadOf(sizes, options);
  const reach = Math.max(lookahead, options.scanReach ?? lookahead);
  const unfedReach = Math.max(reach, options.scanReachWhenUnfed ?? reach);
  const maxActive = Math.max(1, options.maxActive ?? Math.max(ACTIVE_PER_PLACE * (sizes.ocr + sizes.text), sizes.ocr + Math.max(sizes.text, sizes.textWhileOcrIdle ?? 0)));
  const outcomes: (PromiseSettledResult<R> | undefined)[] = new Array(items.length);
  const waiting: Record<Lane, number[]> = { ocr: [], text: [] };
  /** Places held in each lane: an OCR-lane item gives its place up when its pages are read (leaveLane). */
  const running: Record<Lane, number> = { ocr: 0, text: 0 };
  /** Items started and not yet ended, whatever lane place they hold. */
  let active = 0;
  /**
   * Of those, items that paused for their case (leaveLane('waiting')): not counted against `maxActive`. What
   * they wait for may not have started yet (the CLI's batch is on its roll before its first file runs,
   * local/batch-roll-ahead.ts): counted, twenty waiting follow-ups kept their openers from starting.
   */
  let resting = 0;
  /** OCR-lane items holding their place past their pages ('past-pages'): no page of theirs is left for the worker. */
  let scansPastPages = 0;
  let sorted = 0;
  let reported = 0;
  let reporting = Promise.resolve();
  let stopped: { error: unknown } | null = null;
  /** Wakes the dispatcher: an item ended (and its report, if its turn, was made) or gave its place up. */
  let wake: () => void = () => undefined;
  const report = () => {
    reporting = reporting
      .then(async () => {
        while (!stopped && reported < items.length && outcomes[reported] !== undefined) {
          const index = reported++;
          await done(items[index]!, outcomes[index]!, index);
          // Reported: its result is not kept for the rest of the batch.
          outcomes[index] = { status: 'fulfilled', value: undefined as R };
        }
      })
      .catch((error: unknown) => {
        stopped ??= { error };
      });
    return reporting;
  };
  const start = (lane: Lane, index: number) => {
    running[lane] += 1;
    active += 1;
    let holds = true;
    let pastPages = false;
    let rested = false;
    const giveUp = () => {
      if (!holds) return;
      holds = false;
      running[lane] -= 1;
      if (pastPages) scansPastPages -= 1;
      wake();
    };
    const leave = (why: LeaveReason) => {
      if (options.holdPlaces) return;
      if (why === 'past-pages') {
        if (lane === 'ocr' && holds && !pastPages) {
          pastPages = true;
          scansPastPages += 1;
        }
        return;
      }
      if (why === 'read') {
        if (lane === 'text' && sizes.textPastReadingWhenStarved && ocrUnfed()) giveUp();
        return;
      }
      if (why === 'woke') {
        if (rested) resting -= 1;
        rested = false;
        return;
      }
      if (why === 'waiting' && !rested) {
        rested = true;
        resting += 1;
        // Under the cap again though its place was given up before (a second pause): the next may start.
        wake();
      }
      if (lane === 'ocr' || why === 'waiting') giveUp();
    };
    void laneContext.run(leave, async () => {
      try {
        outcomes[index] = { status: 'fulfilled', value: await work(items[index]!, index) };
      } catch (reason) {
        outcomes[index] = { status: 'rejected', reason };
      }
      await report();
      active -= 1;
      if (rested) resting -= 1;
      holds ? giveUp() : wake();
    });
  };
  // The batch's tail: every item sorted, no scan left before or in its reading: the text lane widens to
  // textWhileOcrIdle. Mid-batch, with no scan before or in its reading and none waiting for a place, the
  // next scan is out of reach: the text lane, behind the scans, is what the worker waits for, and widens
  // a little (textWhileOcrStarved). Widening there to the tail's size (session 7, measured) put most
  // text letters side by side and their median from ~0.2 s to ~1 s on a loaded machine.
  const ocrStarved = () => running.ocr === 0 && waiting.ocr.length === 0;
  const ocrIdle = () => sorted === items.length && ocrStarved();
  // No scan before or in its reading (those in flight are past their pages): nothing left for the worker.
  const ocrUnfed = () => running.ocr === scansPastPages && waiting.ocr.length === 0;
  const places = (lane: Lane) => (lane === 'ocr' ? sizes.ocr : ocrIdle() ? Math.max(sizes.text, sizes.textWhileOcrIdle ?? 0) : ocrStarved() ? Math.max(sizes.text, sizes.textWhileOcrStarved ?? 0) : sizes.text);
  // Scans are sorted out as far as `reach`; everything else starts within `lookahead`.
  const mayStart = (lane: Lane) => waiting[lane].length > 0 && (lane === 'ocr' && sizes.ocr > 0 ? true : waiting[lane][0]! < reported + lookahead);
  const startWhatMay = () => {
    for (const lane of ['ocr', 'text'] as const) {
      while (!stopped && active - resting < maxActive && running[lane] < places(lane) && mayStart(lane)) start(lane, waiting[lane].shift()!);
    }
  };
  while (!stopped) {
    const changed = new Promise<void>((resolve) => (wake = resolve));
    // Past the scan reach only while the worker has nothing to read: once a scan is found it waits for
    // (or takes) a place, the worker is fed, and sorting stops again.
    while (!stopped && sorted < items.length && (sorted < reported + reach || (sizes.ocr > 0 && ocrUnfed() && sorted < reported + unfedReach))) {
      const index = sorted++;
      let lane: Lane;
      try {
        lane = await laneOf(items[index]!, index);
      } catch {
        // Which lane is a matter of speed only: a file that cannot be looked at goes where its pipeline says.
        lane = 'text';
      }
      waiting[sizes[lane] > 0 ? lane : lane === 'ocr' ? 'text' : 'ocr'].push(index);
      startWhatMay();
    }
    startWhatMay();
    if (active === 0 && (sorted === items.length || stopped)) break;
    if (active > 0) await changed;
  }
  // Items already running end before the batch does.
  while (active > 0) await new Promise<void>((resolve) => (wake = resolve));
  await report();
  if (stopped) throw (stopped as { error: unknown }).error;
}
