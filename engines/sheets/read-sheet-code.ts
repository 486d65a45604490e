import sharp, { type Sharp } from 'sharp';
import type { ReaderOptions } from 'zxing-wasm/reader';
import { decodeSheetCode, type SheetCode } from '../../domain/sheets/sheet-code.ts';
import { estimateDpi } from '../images/prepare.ts';
import { readBarcodesOnThread } from './barcode-thread.ts';
import { mayHoldSheetCode } from './code-ink-check.ts';

/**
 * Finds a cover or separator sheet's code on a page image, with zxing-wasm on a thread of its own
 * (barcode-thread.ts): its search is synchronous and would stop the main thread for ~65 ms a try.
 */
const readerOptions: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  // A morphological closing before the search: fills the pinholes a fax and dust leave in modules.
  tryDenoise: true,
  maxNumberOfSymbols: 4,
};

export interface FoundSheetCode {
  code: SheetCode;
  text: string;
}

/**
 * zxing-wasm 3.1.6 is handed the page as an encoded greyscale image file (binary PGM: a header and
 * the pixels, so encoding and decoding cost next to nothing), not as RGBA pixels: with pixels, a page
 * read after a page with a code was found to carry codes it does not have (a letter after a
 * separator sheet was taken for a sheet).
 */
function pgm(page: GreyPage): Uint8Array {
  const header = Buffer.from(`P5\n${page.width} ${page.height}\n255\n`, 'ascii');
  // Its own buffer (never Node's shared pool), so it can be handed to the barcode thread without a copy.
  const file = new Uint8Array(header.length + page.pixels.length);
  file.set(header);
  file.set(page.pixels, header.length);
  return file;
}

export interface GreyPage {
  pixels: Uint8Array;
  width: number;
  height: number;
}

async function grey(image: Sharp): Promise<GreyPage> {
  const { data, info } = await image.removeAlpha().greyscale().raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one grey channel, got ${info.channels}`);
  return { pixels: data, width: info.width, height: info.height };
}

async function search(page: GreyPage): Promise<{ found: FoundSheetCode | null; foreign: number }> {
  const results = await readBarcodesOnThread(pgm(page), readerOptions);
  let foreign = 0;
  for (const result of results) {
    if (!result.isValid) continue;
    const decoded = decodeSheetCode(result.text);
    if (decoded.ok) return { found: { code: decoded.code, text: result.text }, foreign };
    foreign += 1;
  }
  return { found: null, foreign };
}

/**
 * The sheet code on a page, or null when the page carries none (a QR code of someone else's, such
 * as a payment slip's, is not ours and is passed over). Takes any image sharp reads: a scanned page,
 * or the prepared page the OCR stage stores. A page with no solid dark patch the size of a finder
 * pattern's centre cannot hold our code and is not searched (code-ink-check.ts); otherwise a first
 * look at the page as it is, and when that finds nothing, a second after a median filter, which
 * removes salt-and-pepper specks that break modules.
 */
export async function readSheetCode(image: Uint8Array): Promise<FoundSheetCode | null> {
  const open = () => sharp(image, { failOn: 'none' }).autoOrient();
  const [page, meta] = await Promise.all([grey(open()), open().metadata()]);
  return readSheetCodeOfPage({ ...page, dpi: estimateDpi(page.width, page.height, meta.density) });
}

/**
 * The same, from a page already in grey pixels (the page OCR prepared, engines/images/prepare.ts): no
 * image file is encoded for it and decoded again (a PNG's encode and decode were ~25 ms of a page's
 * CPU in extract-page, scripts/bench-batch-scan.ts --stage-pages).
 */
export async function readSheetCodeOfPage(page: GreyPage & { dpi: number }): Promise<FoundSheetCode | null> {
  if (!mayHoldSheetCode(page.pixels, page.width, page.height, page.dpi)) return null;
  const first = await search(page);
  if (first.found) return first.found;
  return (await search(await grey(sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } }).median(3)))).found;
}
