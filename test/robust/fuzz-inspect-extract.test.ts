import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { inspectFile } from '#engines/inspect-file';
import { readPage, shutdownOcr } from '#engines/ocr/index';
import { renderPageImage, renderTextPdf, toJpeg, toPng, toScannedPdf, toTiffG4 } from '../../corpus/render.ts';

/**
 * Issue 14 item 4: mutated PDFs, TIFFs, JPEGs and PNGs through inspection and extraction. Whatever the
 * bytes, each file ends in an outcome (rejected, or pages read, or an Error the state machine catches):
 * no crash, no hang past the task timeout, memory bounded. Bounded: a fixed number of runs with a
 * fixed seed, small pages so OCR is quick. Figures are printed (README "Robustness").
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
/** Far under extract-page's 300 s and inspect's 120 s: a hang shows as a failure, not a slow test. */
const STEP_TIMEOUT_MS = 30_000;
const RSS_LIMIT = 1.5 * 1024 ** 3;

const config = loadConfig();
const seeds: Record<string, Buffer> = {};

beforeAll(async () => {
  const page = await renderPageImage(['Klage på vedtak', 'Per Hansen, Storgata 1'], { dpi: 40 });
  seeds.pdf = await renderTextPdf([['Klage på vedtak om stønad til tannbehandling. Jeg mener at vedtaket er feil, og at jeg har rett til stønad.']]);
  seeds.scannedPdf = await toScannedPdf([page]);
  seeds.tiff = await toTiffG4([page, page]);
  seeds.jpeg = await toJpeg(page);
  seeds.png = await toPng(page);
}, 60_000);
afterAll(() => shutdownOcr());

const HEADERS = [Buffer.from('%PDF-1.7\n'), Buffer.from('II*\0'), Buffer.from('MM\0*'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; bits: { at: number; bit: number }[] }
  | { kind: 'header'; header: number }
  | { kind: 'huge'; at: number; width: number }
  | { kind: 'nested'; depth: number; dict: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), bits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('header' as const), header: fc.integer({ min: 0, max: HEADERS.length - 1 }) }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.integer({ min: 0, max: 400 }), width: fc.constantFrom(4, 2) }),
  fc.record({ kind: fc.constant('nested' as const), depth: fc.integer({ min: 1_000, max: 200_000 }), dict: fc.boolean() }),
);

/** Sets declared sizes to their maximum: a PNG's IHDR, a JPEG's SOF, a TIFF's tags all sit near the start. */
function mutate(seed: Buffer, m: Mutation): Buffer {
  const bytes = Buffer.from(seed);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length * m.at));
    case 'flip':
      for (const { at, bit } of m.bits) {
        const i = Math.min(bytes.length - 1, Math.floor(bytes.length * at));
        bytes[i] = bytes[i]! ^ (1 << bit);
      }
      return bytes;
    case 'header': {
      const header = HEADERS[m.header]!;
      return Buffer.concat([header, bytes.subarray(Math.min(bytes.length, header.length))]);
    }
    case 'huge':
      if (m.at + m.width <= bytes.length) bytes.fill(0xff, m.at, m.at + m.width);
      return bytes;
    case 'nested': {
      // A PDF object nested `depth` deep, placed before the trailer so the reader meets it.
      const open = m.dict ? '<< /A ' : '[';
      const close = m.dict ? ' >>' : ']';
      const object = `\n99 0 obj\n${open.repeat(m.depth)}1${close.repeat(m.depth)}\nendobj\n`;
      const at = bytes.lastIndexOf('xref');
      return at > 0 ? Buffer.concat([bytes.subarray(0, at), Buffer.from(object), bytes.subarray(at)]) : Buffer.concat([bytes, Buffer.from(object)]);
    }
  }
}

function within<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HANG: ${what} took more than ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('fuzz: mutated scans through inspection and extraction', () => {
  it(`${RUNS} mutated files per format end in an outcome, in time, in bounded memory`, { timeout: 900_000 }, async () => {
    const tally = { rejected: 0, read: 0, readFailed: 0, slowestMs: 0, peakRssMb: 0 };
    const formats = Object.keys(seeds);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...formats), mutation, async (format, m) => {
        const bytes = mutate(seeds[format]!, m);
        const started = performance.now();
        const outcome = await within(`inspect ${format} ${m.kind}`, inspectFile(bytes, config.limits, { renderDpi: config.ocr.targetDpi }));
        if (!outcome.ok) {
          expect(outcome.reason.length).toBeGreaterThan(0);
          tally.rejected++;
        } else {
          expect(outcome.pageCount).toBeGreaterThan(0);
          try {
            await within(`extract ${format} ${m.kind}`, readPage(bytes, outcome.format, 0, { hasTextLayer: outcome.textLayer[0] ?? false, languages: ['nor'], targetDpi: 100, maxPixelsPerPage: config.limits.maxPixelsPerPage }));
            tally.read++;
          } catch (error) {
            // A thrown Error is caught by the state machine (Retry, then RecordFailure: review). A hang is not.
            if ((error as Error).message.startsWith('HANG')) throw error;
            expect(error).toBeInstanceOf(Error);
            tally.readFailed++;
          }
        }
        tally.slowestMs = Math.max(tally.slowestMs, performance.now() - started);
        const rss = process.memoryUsage().rss;
        tally.peakRssMb = Math.max(tally.peakRssMb, Math.round(rss / 1024 ** 2));
        expect(rss).toBeLessThan(RSS_LIMIT);
      }),
      { numRuns: RUNS * formats.length, seed: SEED, endOnFailure: true },
    );
    process.stderr.write(`fuzz: ${RUNS * formats.length} files: ${tally.rejected} rejected, ${tally.read} read, ${tally.readFailed} failed to read (caught); slowest ${Math.round(tally.slowestMs)} ms; peak RSS ${tally.peakRssMb} MB\n`);
  });
});
