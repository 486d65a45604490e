import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ReaderOptions } from 'zxing-wasm/reader';
// Not used on this thread: imported so the bundler sees the package (infra/bundling.ts nodeModulesFor
// installs zxing-wasm into extract-page's asset only when its import graph reaches it); the barcode
// thread loads it by the path resolved below. Loading the module instantiates no WebAssembly. Kept
// rather than a package list in infra: the need for zxing-wasm then stays with the code that has it,
// and a function that stops reaching this module stops getting the package without a second edit.
import 'zxing-wasm/reader';
import { TransientError } from '../../domain/errors.ts';

/**
 * zxing-wasm's search runs synchronously once called (~65 ms a scan, twice on a page that finds nothing
 * the first time); on the main thread it stopped every other letter's requests for that long. It runs
 * here on a thread of its own, in Lambda (extract-page) as on a laptop, so both take the same path.
 *
 * The thread's script is inline (eval) rather than a file beside this one: the Lambda bundle is one
 * file plus node_modules, and a script loaded by path would need copying into every asset. It loads
 * the reader by the absolute path resolved here, and reads the WebAssembly binary from the installed
 * package, never from zxing-wasm's default CDN (a Lambda has no network to spare). A message without
 * an image only waits for the module to be ready (the warm-up).
 */
const THREAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const reader = require(workerData.readerPath);
const ready = (async () => {
  const wasmBinary = readFileSync(workerData.wasmPath);
  await reader.prepareZXingModule({ overrides: { wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) }, fireImmediately: true });
})();
parentPort.on('message', async ({ id, image, options }) => {
  try {
    await ready;
    if (!image) return parentPort.postMessage({ id, results: [] });
    const results = await reader.readBarcodes(image, options);
    parentPort.postMessage({ id, results: results.map((r) => ({ isValid: r.isValid, text: r.text })) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

/**
 * How long one search may take before its thread is ended and the page's task fails as transient (the
 * ASL's Retry reads the page again on a fresh thread). A search takes ~65 ms, the wasm's first
 * preparation ~1 s; 30 s is far past both even on a starved core, and leaves most of extract-page's
 * 120 s timeout for the retry instead of spending it on a search that will not end.
 */
export const SEARCH_DEADLINE_MS = 30_000;

export interface BarcodeResult {
  isValid: boolean;
  text: string;
}

type Reply = { id: number; results?: BarcodeResult[]; error?: string };

interface Waiting {
  resolve: (results: BarcodeResult[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** One worker and the searches it was given: a thread that dies fails only its own searches. */
interface Thread {
  worker: Worker;
  pending: Map<number, Waiting>;
}

export interface BarcodeThreadOptions {
  /** The worker's inline script; tests give one that hangs or fails. */
  script?: string;
  deadlineMs?: number;
}

export interface BarcodeThread {
  read(image: Uint8Array | null, options: ReaderOptions): Promise<BarcodeResult[]>;
  stop(): Promise<void>;
}

/**
 * A barcode thread, started by its first search and started again after it dies, after an error reply
 * (zxing's WebAssembly may be left broken by the failure) or after a search passes its deadline.
 */
export function barcodeThread({ script = THREAD_SCRIPT, deadlineMs = SEARCH_DEADLINE_MS }: BarcodeThreadOptions = {}): BarcodeThread {
  let current: Thread | undefined;
  let nextId = 0;

  const start = (): Thread => {
    const require = createRequire(import.meta.url);
    const worker = new Worker(script, {
      eval: true,
      workerData: {
        readerPath: require.resolve('zxing-wasm/reader'),
        wasmPath: require.resolve('zxing-wasm/reader/zxing_reader.wasm'),
      },
    });
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (reply: Reply) => {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      clearTimeout(waiting.timer);
      if (reply.error !== undefined) {
        waiting.reject(new Error(`barcode search failed: ${reply.error}`));
        // zxing's WebAssembly may be left broken by the failure: new searches go to a new thread, and
        // this one ends once the searches it already has are answered.
        if (current === thread) current = undefined;
      } else waiting.resolve(reply.results ?? []);
      if (thread.pending.size > 0) return;
      if (current === thread) worker.unref();
      else void worker.terminate();
    });
    // A thread that dies takes its own searches with it, as transient failures: the page is worth
    // reading again, and the next search starts a new thread.
    const fail = (why: string) => {
      if (current === thread) current = undefined;
      for (const [id, waiting] of thread.pending) {
        thread.pending.delete(id);
        clearTimeout(waiting.timer);
        waiting.reject(new TransientError(why));
      }
    };
    worker.on('error', (error) => fail(`barcode thread failed: ${error.message}`));
    worker.on('exit', (code) => fail(`barcode thread exited (${code})`));
    return thread;
  };

  return {
    read(image, options) {
      current ??= start();
      const thread = current;
      const id = nextId++;
      const answer = new Promise<BarcodeResult[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (!thread.pending.delete(id)) return;
          reject(new TransientError(`barcode search took longer than ${deadlineMs} ms`));
          // A search that does not end holds the thread's only core: end it (its other searches fail
          // as transient with it) rather than queue more behind it.
          if (current === thread) current = undefined;
          void thread.worker.terminate();
        }, deadlineMs);
        thread.pending.set(id, { resolve, reject, timer });
      });
      thread.worker.ref();
      const whole = image !== null && image.byteOffset === 0 && image.byteLength === image.buffer.byteLength && image.buffer instanceof ArrayBuffer;
      thread.worker.postMessage({ id, image, options }, whole ? [image.buffer as ArrayBuffer] : []);
      return answer;
    },
    async stop() {
      const thread = current;
      current = undefined;
      await thread?.worker.terminate();
    },
  };
}

const shared = barcodeThread();

/**
 * zxing-wasm's readBarcodes on the barcode thread. `image` is an encoded image file (the caller's PGM);
 * its buffer is handed over, not copied, so the caller must not use it again. The thread holds the
 * process open only while a search is pending.
 */
export function readBarcodesOnThread(image: Uint8Array, options: ReaderOptions): Promise<BarcodeResult[]> {
  return shared.read(image, options);
}

/** Starts the barcode thread and waits until zxing's WebAssembly is ready (Lambda's init). */
export async function warmUpBarcodeThread(): Promise<void> {
  await shared.read(null, {});
}

/** Ends the barcode thread (a search pending on it fails); the next search starts a new one. */
export function stopBarcodeThread(): Promise<void> {
  return shared.stop();
}
