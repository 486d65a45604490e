import type { FileFormat } from '#schemas/pipeline';

export type RejectCode = 'empty' | 'unsupported_type' | 'corrupt' | 'encrypted' | 'too_many_pages' | 'too_many_pixels' | 'too_large';

export type InspectOutcome =
  | { ok: true; format: FileFormat; pageCount: number; textLayer: boolean[] }
  | { ok: false; code: RejectCode; reason: string };

export type Rejection = Extract<InspectOutcome, { ok: false }>;

export const reject = (code: RejectCode, reason: string): Rejection => ({ ok: false, code, reason });

/** Format names as a clerk knows them. */
export const FORMAT_NAME: Record<FileFormat, string> = { pdf: 'PDF', tiff: 'TIFF', jpeg: 'JPEG', png: 'PNG' };

export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

export function megapixels(pixels: number): string {
  const mp = pixels / 1_000_000;
  return `${mp >= 10 ? Math.round(mp) : mp.toFixed(1)} megapixels`;
}

export const ASK_AGAIN = 'Please scan or send it again.';
