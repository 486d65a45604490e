import { availableParallelism } from 'node:os';
import { UsageError } from './usage-error.ts';

/**
 * Pipelining on the embedded runtime, as AWS runs documents. In AWS every document is its own execution
 * and every page its own Lambda: one document's registering, deadlines, letters and events run while
 * other documents' pages are in OCR. Locally the OCR workers are the scarce thing (one core each), so
 * the runner keeps more documents in flight than there are workers: while one document's pages wait
 * for or sit in OCR, the next documents' other stages run on the main thread. `--in-flight N` (or
 * POSTMOTTAK_DOCUMENTS_IN_FLIGHT) sets how many; the default, four a worker and at least eight,
 * keeps the workers fed through a day's mix of text PDFs and scans (npm run bench:pipeline, README).
 * Memory grows with it: each document in flight holds its file and its pages' text (peak RSS in the bench).
 */
export const IN_FLIGHT_ENV = 'POSTMOTTAK_DOCUMENTS_IN_FLIGHT';

/** The OCR workers the engine will start (engines/ocr/pool.ts reads the same setting). */
function ocrWorkers(): number {
  const configured = Number(process.env.POSTMOTTAK_OCR_WORKERS);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.max(1, availableParallelism());
}

export function defaultDocumentsInFlight(workers = ocrWorkers()): number {
  return Math.max(8, 4 * workers);
}

/** The flag's value, else the environment's, else the default; a value that is no whole number from 1 to 64 is a person's mistake. */
export function documentsInFlight(flag: string | undefined): number {
  const raw = flag ?? process.env[IN_FLIGHT_ENV];
  if (raw === undefined || raw === '') return defaultDocumentsInFlight();
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 64) throw new UsageError(`--in-flight must be a whole number from 1 to 64, not '${raw}'`);
  return value;
}

/**
 * Runs `work` on every item, at most `inFlight` at once, and hands each outcome to `done` in the items'
 * order (a line is printed when it and every line before it are ready), whatever order they end in.
 */
export async function pipelined<T, R>(items: readonly T[], inFlight: number, work: (item: T, index: number) => Promise<R>, done: (item: T, outcome: PromiseSettledResult<R>, index: number) => void | Promise<void>): Promise<void> {
  const outcomes: (PromiseSettledResult<R> | undefined)[] = new Array(items.length);
  let next = 0;
  let reported = 0;
  let reporting = Promise.resolve();
  /** What `done` threw: no new item starts, those running end, and it is thrown at the end. */
  let stopped: { error: unknown } | null = null;
  const report = () => {
    // One report at a time, in order: `done` may write and wait.
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
  await Promise.all(
    Array.from({ length: Math.min(inFlight, items.length) }, async () => {
      while (!stopped && next < items.length) {
        const index = next++;
        try {
          outcomes[index] = { status: 'fulfilled', value: await work(items[index]!, index) };
        } catch (reason) {
          outcomes[index] = { status: 'rejected', reason };
        }
        await report();
      }
    }),
  );
  await report();
  if (stopped) throw (stopped as { error: unknown }).error;
}
