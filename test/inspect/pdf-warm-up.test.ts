import { describe, expect, it } from 'vitest';
import { inspectPdf } from '#engines/pdf/inspect-pdf';
import { warmUpLetter, warmUpPdf } from '#engines/pdf/warm-up';
import type { Limits } from '#schemas/config';

const limits: Limits = { maxBytes: 50 * 1024 * 1024, maxPages: 200, maxPixelsPerPage: 80_000_000 };

describe('warmUpPdf: pdf.js loaded before the first document', () => {
  it('inspects its letter as any PDF is inspected, down to the text layer', async () => {
    const outcome = await inspectPdf(await warmUpLetter(), limits, 300);
    expect(outcome).toEqual({ ok: true, format: 'pdf', pageCount: 1, textLayer: [true] });
    expect(await warmUpPdf(limits, 300)).toBeGreaterThan(0);
  });

  it('says so when its letter is not read through (a limit that rejects it)', async () => {
    // An A4 page at 300 dpi is 8.7 Mpx: a 1 Mpx limit rejects it before the text layer is read.
    await expect(warmUpPdf({ ...limits, maxPixelsPerPage: 1_000_000 }, 300)).rejects.toThrow(/not read as a text PDF/);
  });
});
