import { describe, expect, it } from 'vitest';
import { examplesWrittenLines } from '../../local/examples-wording.ts';

/** `examples export`'s closing lines in bokmål: counts in the right form, the day as 20.03.2025, the training command as typed. */
describe("examples export's lines", () => {
  it('says how many were written and the command that trains on them', () => {
    expect(examplesWrittenLines({ written: 1, superseded: 0, withoutText: 0 }, 'ut.jsonl', null)).toBe('1 eksempel med arkivarens svar er skrevet til ut.jsonl\ntren med: npm run train -- --examples ut.jsonl');
  });

  it('names the day it counted from, and what it left out and why', () => {
    expect(examplesWrittenLines({ written: 12, superseded: 3, withoutText: 1 }, 'ut.jsonl', '2025-03-20')).toBe(
      '12 eksempler med arkivarens svar fra og med 20.03.2025 er skrevet til ut.jsonl; 3 eldre svar for de samme dokumentene er utelatt; 1 dokument uten tekst i dokumentlageret er utelatt\ntren med: npm run train -- --examples ut.jsonl',
    );
  });
});
