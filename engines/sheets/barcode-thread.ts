import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ReaderOptions } from 'zxing-wasm/reader';
// Not used on this thread: imported so the bundler sees the package (infra/bundling.ts nodeModulesFor
// installs zxing-wasm into extract-page's asset only when its import graph reaches it); the barcode
// thread loads it by the path resolved below. Loading the module instantiates no WebAssembly.
import 'zxing-wasm/reader';

/**
 * zxing-wasm's search runs synchronously once called (~65 ms a scan, twice on a page that finds nothing
 * the first time); on the main thread it stopped every other letter's requests for that long. It runs
 * here on a thread of its own, in Lambda (extract-page) as on a laptop, so both take the same path.
 *
 * The thread's script is inline (eval) rather than a file beside this one: the Lambda bundle is one
 * file plus node_modules, and a script loaded by path would need copying into every asset. It loads
 * the reader by the absolute path resolved here, and reads the WebAssembly binary from the installed
 * package, never from zxing-wasm's default CDN (a Lambda has no network to spare).
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
    const results = await reader.readBarcodes(image, options);
    parentPort.postMessage({ id, results: results.map((r) => ({ isValid: r.isValid, text: r.text })) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

export interface BarcodeResult {
  isValid: boolean;
  text: string;
}

type Reply = { id: number; results?: BarcodeResult[]; error?: string };

let thread: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (results: BarcodeResult[]) => void; reject: (error: Error) => void }>();

function start(): Worker {
  const require = createRequire(import.meta.url);
  const worker = new Worker(THREAD_SCRIPT, {
    eval: true,
    workerData: {
      readerPath: require.resolve('zxing-wasm/reader'),
      wasmPath: require.resolve('zxing-wasm/reader/zxing_reader.wasm'),
    },
  });
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting.reject(new Error(`barcode search failed: ${reply.error}`));
    else waiting.resolve(reply.results ?? []);
    if (pending.size === 0) worker.unref();
  });
  // A thread that dies takes its searches with it; the next search starts a new one.
  const fail = (error: Error) => {
    if (thread === worker) thread = undefined;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(error);
    }
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`barcode thread exited (${code})`)));
  return worker;
}

/**
 * zxing-wasm's readBarcodes on the barcode thread. `image` is an encoded image file (the caller's PGM);
 * its buffer is handed over, not copied, so the caller must not use it again. The thread holds the
 * process open only while a search is pending.
 */
export function readBarcodesOnThread(image: Uint8Array, options: ReaderOptions): Promise<BarcodeResult[]> {
  thread ??= start();
  const worker = thread;
  const id = nextId++;
  const answer = new Promise<BarcodeResult[]>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.ref();
  const whole = image.byteOffset === 0 && image.byteLength === image.buffer.byteLength && image.buffer instanceof ArrayBuffer;
  worker.postMessage({ id, image, options }, whole ? [image.buffer as ArrayBuffer] : []);
  return answer;
}

/** Ends the barcode thread (a search pending on it fails); the next search starts a new one. */
export async function stopBarcodeThread(): Promise<void> {
  const worker = thread;
  thread = undefined;
  await worker?.terminate();
}
