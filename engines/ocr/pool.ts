import { availableParallelism } from 'node:os';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { languageFolder } from './languages.ts';

/**
 * A process-wide pool of tesseract.js workers. Creating a worker loads the engine and the language
 * models (~0.3 s, ~130 MB), so workers are created lazily, once per process, and reused: a Lambda warm
 * start, or the next page of the same run, pays nothing again. In Lambda one invocation reads one page,
 * so the pool holds one worker there; on a laptop one per core, as pages run in parallel.
 */
export interface OcrPoolOptions {
  languages: readonly string[];
  size?: number;
}

let workersCreated = 0;
const pools = new Map<string, Pool>();

export function defaultPoolSize(): number {
  const configured = Number(process.env.POSTMOTTAK_OCR_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  if (process.env.AWS_LAMBDA_FUNCTION_NAME) return 1;
  return Math.max(1, availableParallelism());
}

class Pool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private live = 0;
  private readonly all: Promise<Worker>[] = [];
  /** Jobs running now: terminate() lets them finish, since a job sent to a terminated worker crashes the process. */
  private readonly running = new Set<Promise<unknown>>();
  constructor(private readonly languages: readonly string[], private readonly size: number) {}

  async run<T>(job: (worker: Worker) => Promise<T>): Promise<T> {
    // Tracked from before the worker is acquired: a shutdown that comes while the worker is still
    // being created must wait for this job too.
    const running = (async () => {
      const worker = await this.acquire();
      try {
        return await job(worker);
      } finally {
        this.release(worker);
      }
    })();
    this.running.add(running);
    try {
      return await running;
    } finally {
      this.running.delete(running);
    }
  }

  private async acquire(): Promise<Worker> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.live < this.size) {
      this.live++;
      const creation = createOcrWorker(this.languages);
      this.all.push(creation);
      try {
        return await creation;
      } catch (err) {
        this.live--;
        throw err;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  async terminate(): Promise<void> {
    await Promise.allSettled([...this.running]);
    const workers = (await Promise.allSettled(this.all)).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    this.idle.length = 0;
    this.all.length = 0;
    await Promise.allSettled(workers.map((w) => w.terminate()));
  }
}

/** Tesseract's settings for every worker (scripts/bench-ocr-variants.ts measures changes to them). */
export const OCR_PARAMETERS = {
  tessedit_pageseg_mode: PSM.AUTO,
  // Pages are prepared to a known resolution; saying so spares Tesseract's guess and its warning.
  user_defined_dpi: '300',
  preserve_interword_spaces: '1',
  // Sauvola (local) binarisation instead of global Otsu: grey, unevenly lit paper and leftover
  // noise make Otsu fail on whole regions. Measured on a degraded scan: CER 32% -> 0%, 6.9 s -> 0.6 s.
  thresholding_method: '2',
  // Tesseract 5 re-reads every doubtful line upside-down-inverted (white on black): letters have no
  // such lines, and on a poor scan that doubles the work on exactly the slow lines.
  tessedit_do_invert: '0',
  // Letters have no vertical text and need no table structure (table cells are still read as text):
  // skipping both searches ~2% each of the page time (paired runs, bench pages; CER unchanged).
  textord_tabfind_vertical_text: '0',
  textord_tabfind_find_tables: '0',
};

async function createOcrWorker(languages: readonly string[]): Promise<Worker> {
  workersCreated++;
  const worker = await createWorker([...languages], OEM.LSTM_ONLY, {
    langPath: languageFolder(languages),
    gzip: true,
    // Never read or write a cache in the working directory (read-only in Lambda; no stray files locally).
    cacheMethod: 'none',
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  await worker.setParameters(OCR_PARAMETERS);
  return worker;
}

export function ocrPool(options: OcrPoolOptions): Pool {
  const key = options.languages.join('+');
  let pool = pools.get(key);
  if (!pool) {
    pool = new Pool(options.languages, options.size ?? defaultPoolSize());
    pools.set(key, pool);
  }
  return pool;
}

/**
 * Creates the workers ahead of the first page (a Lambda's init phase, the CLI's start), so the first
 * page does not wait for them. Returns how long it took.
 */
export async function warmUpOcr(options: OcrPoolOptions & { workers?: number }): Promise<number> {
  const started = performance.now();
  const pool = ocrPool(options);
  const count = options.workers ?? options.size ?? defaultPoolSize();
  await Promise.all(Array.from({ length: count }, () => pool.run(async () => undefined)));
  return performance.now() - started;
}

/** Ends every worker, so a CLI or a test can exit cleanly. The next page creates them again. */
export async function shutdownOcr(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.terminate()));
}

/** For tests and the benchmark: how many workers this process has created. */
export function ocrStats(): { workersCreated: number } {
  return { workersCreated };
}
