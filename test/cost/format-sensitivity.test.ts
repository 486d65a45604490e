import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 15 item 7, session 11: the scanner's format moves the originals' bytes and, by its resolution,
 * the OCR seconds. The sensitivity lines of `npm run cost` take the 200 dpi seconds for a 200 dpi
 * format and the 300 dpi seconds for a 300 dpi one, each for a page as full as the stored one, so no
 * line stores one scan and OCRs another.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

function run(...args: string[]) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cost.ts', ...args], { cwd: root, encoding: 'utf8' });
  const formats = new Map<string, number>();
  for (const match of out.matchAll(/^ {2}((?:200|300) dpi .*?)\s+\d+ KB\s+\$(\d+\.\d{4})$/gm)) formats.set(match[1]!, Number(match[2]));
  const total = Number(/TOTAL, all services\s+\$(\d+\.\d{4})/.exec(out)?.[1]);
  return { formats, total };
}

describe('npm run cost, the scanner format sensitivity', () => {
  const base = run();
  const cheap200 = run('--ocr-seconds-at200-dpi', '0');
  const cheap300 = run('--ocr-seconds', '0');
  const generatedDensity = run('--ocr-stored-page-factor', '1');

  it('prints every measured format, and the estimate\'s line is the total', () => {
    expect(base.formats.size).toBe(7);
    expect(base.formats.get('300 dpi greyscale JPEG q75 in PDF (the estimate)')).toBe(base.total);
  });

  it('moves the 200 dpi formats with the 200 dpi OCR seconds, and only them', () => {
    for (const [format, usd] of base.formats) {
      if (format.startsWith('200 dpi')) expect(cheap200.formats.get(format)!).toBeLessThan(usd);
      else expect(cheap200.formats.get(format)).toBe(usd);
    }
    expect(cheap200.total).toBe(base.total);
  });

  it('moves the 300 dpi formats and the total with the 300 dpi OCR seconds, and only them', () => {
    for (const [format, usd] of base.formats) {
      if (format.startsWith('300 dpi')) expect(cheap300.formats.get(format)!).toBeLessThan(usd);
      else expect(cheap300.formats.get(format)).toBe(usd);
    }
    expect(cheap300.total).toBeLessThan(base.total);
  });

  it('times OCR on the stored page\'s words for a format measured at them, and on generated pages for the one measured as generated', () => {
    for (const [format, usd] of base.formats) {
      if (format.includes('generated pages as they are')) expect(generatedDensity.formats.get(format)).toBe(usd);
      else expect(generatedDensity.formats.get(format)!).toBeLessThan(usd);
    }
    expect(generatedDensity.total).toBeLessThan(base.total);
  });
});
