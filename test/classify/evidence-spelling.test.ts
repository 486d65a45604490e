import { describe, expect, it } from 'vitest';
import { areaEvidence } from '../../domain/classify/evidence.ts';

const areasIn = (text: string) => [...new Set(areaEvidence(text).map((h) => h.area))].sort();

describe('benefit names in their inflected and hyphenated forms (review of model9, item 10)', () => {
  it.each(['sykepengene', 'sykepengane', 'sjukepengane', 'sykepengedager', 'sykepengeperioden', 'sykepenger', 'sjukepengar'])('"%s" is sick-pay evidence', (word) => {
    expect(areasIn(`Nav har stanset ${word} mine.`)).toEqual(['sick_pay']);
  });

  it('a word a line break hyphenated is read whole', () => {
    expect(areasIn('Nav har stanset arbeidsavklarings-\npengene mine.')).toEqual(['work_assessment']);
    expect(areasIn('Jeg har brukt opp syke-\npengedagene.')).toEqual(['sick_pay']);
  });

  it('a hyphen before a capital (a new word, a name) is left as it is', () => {
    expect(areasIn('Nav har stanset arbeidsavklarings-\nPengene mine.')).toEqual([]);
  });
});
