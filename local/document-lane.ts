import { readFile } from 'node:fs/promises';
import type { Lane } from './pipelining.ts';

/**
 * Which lane a file goes in (local/pipelining.ts), from a cheap look at its bytes before it is uploaded.
 * The lane must be known before the document is admitted, and Inspect runs inside the document's
 * execution, after admission; so the runner looks itself: an image (TIFF, JPEG, PNG) is a scan, and a PDF
 * with no font anywhere in it has no text layer to read, so its pages go to OCR. A PDF whose fonts sit
 * in compressed object streams looks like a scan here; a text PDF with one scanned page looks like text.
 * Either way only the scheduling is off (the document is read as Inspect decides), so a cheap guess is enough.
 */
export async function laneOfFile(filePath: string): Promise<Lane> {
  return laneOfBytes(await readFile(filePath));
}

const FONT = Buffer.from('/Font');

export function laneOfBytes(bytes: Uint8Array): Lane {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8));
  const tiff = (head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a) || (head[0] === 0x4d && head[1] === 0x4d && head[3] === 0x2a);
  const jpeg = head[0] === 0xff && head[1] === 0xd8;
  const png = head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  if (tiff || jpeg || png) return 'ocr';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(FONT) ? 'text' : 'ocr';
  // Anything else Inspect rejects at once: the quick lane.
  return 'text';
}
