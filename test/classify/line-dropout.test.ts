import { describe, expect, it } from 'vitest';
import { dropLines } from '../../corpus/line-dropout.ts';
import { Rng } from '../../corpus/rng.ts';

const letter = Array.from({ length: 40 }, (_, i) => (i % 5 === 4 ? '' : `line ${i} of the letter`)).join('\n');
const textLines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

describe('dropLines (training letters with lines left out)', () => {
  it('leaves the letter as it is at share 0, and draws nothing', () => {
    const rng = new Rng(5);
    expect(dropLines(letter, 0, rng)).toBe(letter);
    expect(rng.float()).toBe(new Rng(5).float());
  });

  it('leaves out about the share asked for, keeping order, empty lines and page breaks', () => {
    const text = `${letter}\n\f\n${letter}`;
    const kept = dropLines(text, 0.3, new Rng(11));
    const before = textLines(text).filter((l) => l !== '\f');
    const after = textLines(kept).filter((l) => l !== '\f');
    expect(after.length).toBeGreaterThan(before.length * 0.5);
    expect(after.length).toBeLessThan(before.length * 0.9);
    // Every kept line is one of the letter's, in the letter's order.
    let at = 0;
    for (const line of after) {
      at = before.indexOf(line, at);
      expect(at).toBeGreaterThanOrEqual(0);
      at++;
    }
    expect(kept.split('\n').filter((l) => l === '').length).toBe(text.split('\n').filter((l) => l === '').length);
    expect(kept).toContain('\f');
  });

  it('is the same for the same draws and differs for others', () => {
    expect(dropLines(letter, 0.3, new Rng(3))).toBe(dropLines(letter, 0.3, new Rng(3)));
    expect(dropLines(letter, 0.3, new Rng(3))).not.toBe(dropLines(letter, 0.3, new Rng(4)));
  });

  it('keeps at least three lines with text, from the top, however much is asked', () => {
    const kept = textLines(dropLines(letter, 0.99, new Rng(1)));
    expect(kept.length).toBeGreaterThanOrEqual(3);
    const short = 'one\ntwo';
    expect(dropLines(short, 0.99, new Rng(1))).toBe(short);
  });
});
