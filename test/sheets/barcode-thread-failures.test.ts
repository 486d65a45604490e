import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { barcodeThread, SEARCH_DEADLINE_MS, type BarcodeThread } from '../../engines/sheets/barcode-thread.ts';
import { TransientError } from '#domain/errors';

/**
 * The barcode thread's failures, with a stand-in thread script: a search that never ends is cut off at
 * its deadline (on a fake clock, so no wall clock is asserted; the thread's messages are real) and fails as transient, so the ASL's
 * Retry reads the page again; a thread that once replied with an error is not given the next search.
 * The stand-in answers with its thread's id, hangs (a busy loop: the thread takes no other message)
 * on an image whose first byte is 1, and on one whose first byte is 2 fails and stays failed, as
 * zxing's WebAssembly may after an abort.
 */
const STAND_IN = `
const { parentPort, threadId } = require('node:worker_threads');
let broken = false;
parentPort.on('message', ({ id, image }) => {
  if (image && image[0] === 1) for (;;) {}
  if (broken || (image && image[0] === 2)) {
    broken = true;
    return parentPort.postMessage({ id, error: 'memory access out of bounds' });
  }
  parentPort.postMessage({ id, results: [{ isValid: true, text: 'thread ' + threadId }] });
});
`;

let thread: BarcodeThread;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await thread.stop();
});

const page = (firstByte: number) => new Uint8Array([firstByte, 0, 0]);
const failure = (search: Promise<unknown>) => search.then(() => null, (error: Error) => error);

describe('the barcode thread when a search fails', () => {
  it('ends a search past its deadline as transient, and gives the next one to a new thread', async () => {
    thread = barcodeThread({ script: STAND_IN });
    const before = (await thread.read(page(0), {}))[0]?.text;
    const hung = failure(thread.read(page(1), {}));
    vi.advanceTimersByTime(SEARCH_DEADLINE_MS);
    expect(await hung).toBeInstanceOf(TransientError);
    expect((await hung)?.message).toMatch(/longer than 30000 ms/);
    const after = (await thread.read(page(0), {}))[0]?.text;
    expect(after).toMatch(/^thread \d+$/);
    expect(after).not.toBe(before);
  });

  it('fails the other searches of a thread ended at a deadline as transient too', async () => {
    thread = barcodeThread({ script: STAND_IN, deadlineMs: 1000 });
    const hanging = failure(thread.read(page(1), {}));
    vi.advanceTimersByTime(500);
    // Behind the hung search on the same thread; its own deadline is not reached.
    const queued = failure(thread.read(page(0), {}));
    vi.advanceTimersByTime(500);
    expect(await hanging).toBeInstanceOf(TransientError);
    expect(await queued).toBeInstanceOf(TransientError);
    expect((await queued)?.message).toMatch(/barcode thread exited/);
  });

  it('starts a new thread after an error reply', async () => {
    thread = barcodeThread({ script: STAND_IN });
    const failed = await failure(thread.read(page(2), {}));
    expect(failed?.message).toMatch(/barcode search failed: memory access out of bounds/);
    expect(failed).not.toBeInstanceOf(TransientError);
    expect((await thread.read(page(0), {}))[0]?.text).toMatch(/^thread \d+$/);
  });
});
