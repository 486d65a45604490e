import { describe, expect, it } from 'vitest';
import { readWritersAppeal, tellsOnlyOfEarlierAppeal } from '../../domain/classify/deadline-interrupting.ts';
import { readLodgedAppeal } from '../../domain/classify/lodged-appeal.ts';
import { readOnce } from '../../domain/text/read-once.ts';

describe('readOnce', () => {
  it('reads the same text once, and a different text anew', () => {
    const seen: string[] = [];
    const length = readOnce((text: string) => {
      seen.push(text);
      return text.length;
    });
    expect([length('klage'), length('klage'), length('anke'), length('klage')]).toEqual([5, 5, 4, 5]);
    expect(seen).toEqual(['klage', 'anke', 'klage']);
  });

  it('keeps no reading of one letter for the next (letters read in turn answer as each read alone)', () => {
    const promises = 'Jeg klager på vedtaket om uføretrygd. Begrunnelsen ettersendes så snart legen har skrevet.';
    const earlier = 'Jeg sendte klage i mars. Skal jeg sende begrunnelsen senere?';
    const plain = 'Jeg klager herved på vedtaket av 3. mars 2025 om sykepenger.';
    const alone = [promises, earlier, plain].map((t) => ({ writer: readWritersAppeal(t), earlierOnly: tellsOnlyOfEarlierAppeal(t), lodged: readLodgedAppeal(t) }));
    expect(alone[0]!.writer.interruption).not.toBeNull();
    expect(alone[1]!.earlierOnly).toBe(true);
    expect(alone[2]!.lodged).not.toBeNull();
    for (const order of [[0, 1, 2, 0], [2, 0, 2, 1, 1, 0]]) {
      for (const i of order) {
        const t = [promises, earlier, plain][i]!;
        expect({ writer: readWritersAppeal(t), earlierOnly: tellsOnlyOfEarlierAppeal(t), lodged: readLodgedAppeal(t) }).toEqual(alone[i]);
      }
    }
  });
});
