import { describe, expect, it } from 'vitest';
import { foldDiacritics, readable, widened, widenLetters } from '../../domain/text/fold.ts';

describe('widened patterns read a word as writers without the letter write it (domain/text/fold.ts)', () => {
  it('widens a letter outside a class to its spellings, inside a class to its one-letter ones, not in a negated class', () => {
    expect(widenLetters('på')).toBe('p(?:å|a|aa)');
    expect(widenLetters('[øæ]')).toBe('[øöoæäa]');
    expect(widenLetters('[^å]')).toBe('[^å]');
    expect(widenLetters('ø\\p{L}*\\u00e5')).toBe('(?:ø|ö|o|oe)\\p{L}*\\u00e5');
  });

  it('reads spelled, one-letter and digraph spellings, in capitals too, and nothing a rule word does not have', () => {
    const word = widened(/^(uføretrygd|EØS-land|lægehjælp)$/iu);
    for (const text of ['uføretrygd', 'uforetrygd', 'ufoeretrygd', 'uföretrygd', 'EOES-land', 'EOS-LAND', 'laegehjaelp', 'lagehjalp', 'lägehjälp']) expect(word.test(text), text).toBe(true);
    expect(widened(/^poeng$/iu).test('pøng')).toBe(false);
    expect(widened(/^MERKNAD$/u).test('merknad')).toBe(false);
  });

  it('reads ligatures, a decomposed letter and format characters as the text they stand for', () => {
    expect(readable('beneﬁt Uføre\u00ADtrygd o\u0308')).toBe('benefit Uføretrygd ö');
    expect(foldDiacritics('poeng, maal, Ærlig')).toBe('poeng, maal, Aerlig');
  });
});
