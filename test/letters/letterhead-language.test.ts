import { describe, expect, it } from 'vitest';
import { composeLetter, letterText, type LetterFacts } from '../../domain/letters/compose.ts';
import { defaultLettersConfig } from '../../config/letters.ts';

/** QA session 10: a nynorsk letter's letterhead said «… for helsetjenesten» while its body and signature said «… for helsetenesta». */
const facts: LetterFacts = {
  kind: 'appeal_acknowledgement',
  language: 'nn',
  caseNumber: '2025/00004',
  letterDate: '2025-03-21',
  receivedDate: '2025-03-20',
  expectedDate: '2025-06-20',
  recipient: { name: 'Ola Nordmann', address: ['Fjellvegen 2', '6800 Førde'] },
  appellantName: 'Ola Nordmann',
};

describe("the letterhead in the letter's own written language", () => {
  it('spells the name in nynorsk on a nynorsk letter, as its signature does, and nowhere in bokmål', () => {
    const letter = composeLetter(facts, defaultLettersConfig());
    expect(letter.letterhead.name).toBe('Nasjonalt klageorgan for helsetenesta');
    expect(letter.signature.lines).toContain(letter.letterhead.name);
    expect(letterText(letter)).not.toContain('helsetjenesten');
  });

  it('keeps the bokmål name on a bokmål letter, with the same address', () => {
    const nb = composeLetter({ ...facts, language: 'nb' }, defaultLettersConfig());
    expect(nb.letterhead.name).toBe('Nasjonalt klageorgan for helsetjenesten');
    expect(nb.letterhead.address).toEqual(composeLetter(facts, defaultLettersConfig()).letterhead.address);
  });
});
