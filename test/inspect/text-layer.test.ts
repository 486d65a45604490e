import { describe, expect, it } from 'vitest';
import { hasRealTextLayer } from '#domain/inspect/index';
import { checkSize } from '#domain/inspect/limits';

describe('hasRealTextLayer', () => {
  it.each([
    ['a letter', 'Klage på vedtak om sykepenger. Jeg er uenig i vedtaket.', true],
    ['page separators only (a scan)', '\n\n-- 1 of 2 --\n\n', false],
    ['a stamped page number', 'Side 1', false],
    ['fonts without a Unicode map', '\uE001\uE002\uE003 \uE004\uE005\uE006\uE007 \uE008\uE009\uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010\uE011\uE012\uE013\uE014\uE015 ab', false],
    ['replacement characters', '\uFFFD'.repeat(30) + 'abcdefghijklmnopqrstu', false],
  ])('%s -> %s', (_name, text, expected) => {
    expect(hasRealTextLayer(text)).toBe(expected);
  });
});

describe('checkSize (from HeadObject, before download)', () => {
  const limits = { maxBytes: 10 * 1024 * 1024, maxPages: 10, maxPixelsPerPage: 1_000_000 };
  it('empty, too large, fine', () => {
    expect(checkSize(0, limits)?.code).toBe('empty');
    expect(checkSize(25 * 1024 * 1024, limits)?.reason).toContain('The file is 25 MB; the limit is 10 MB.');
    expect(checkSize(1024, limits)).toBeNull();
  });
});

describe('sniffFormat', () => {
  it('accepts a PDF header after a little junk, as readers do', async () => {
    const { sniffFormat } = await import('#domain/inspect/index');
    expect(sniffFormat(Buffer.from('\r\n\r\n%PDF-1.4\n'))).toEqual({ format: 'pdf' });
    expect(sniffFormat(Buffer.from('MM\0*'))).toEqual({ format: 'tiff' });
  });
});
