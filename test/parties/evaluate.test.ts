import { describe, expect, it } from 'vitest';
import { headLetters } from '../../corpus/parties/letter-heads.ts';
import { scoreLetter, summarise } from '../../domain/parties/evaluate.ts';

const truth = { appellant: { name: 'Kari Nordmann', address: ['Storgata 1', '0467 Oslo'] }, representative: null, firstInstance: 'Helfo' };

describe('scoring parties', () => {
  it('counts an exact appellant, and a wrong address apart from a withheld one', () => {
    const exact = scoreLetter([{ role: 'appellant', name: 'kari  nordmann', address: ['Storgata 1,', '0467 Oslo'] }], truth);
    const wrong = scoreLetter([{ role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 7', '0467 Oslo'] }], truth);
    const withheld = scoreLetter([{ role: 'appellant', name: 'Kari Nordmann', address: [], addressWithheld: 'unsure' }], truth);
    expect(exact).toMatchObject({ appellantExact: true, wrongAddress: false });
    expect(wrong).toMatchObject({ appellantExact: false, wrongAddress: true, misdirectingAddress: true });
    expect(withheld).toMatchObject({ appellantExact: false, wrongAddress: false, addressMissing: true, addressWithheld: true });
    expect(summarise([exact, wrong, withheld])).toMatchObject({ letters: 3, appellantExact: 1, wrongAddress: 1, addressMissing: 1 });
  });

  it('a lost diacritic is a wrong address but not a misdirecting one', () => {
    const s = scoreLetter([{ role: 'appellant', name: 'Kari Nordmann', address: ['Granasen 1', '6002 Alesund'] }], { ...truth, appellant: { name: 'Kari Nordmann', address: ['Granåsen 1', '6002 Ålesund'] } });
    expect(s).toMatchObject({ wrongAddress: true, misdirectingAddress: false });
  });

  it('an address given to the wrong person is wrong even when it is a real address in the letter', () => {
    const s = scoreLetter([{ role: 'appellant', name: 'Liv Berg', address: ['Storgata 1', '0467 Oslo'] }], truth);
    expect(s).toMatchObject({ appellantNameRight: false, wrongAddress: true });
  });
});

describe('the letter-head generator', () => {
  it('writes every truth address it records into the letter, and is the same for the same seed', () => {
    const letters = headLetters(3, 200);
    for (const l of letters) {
      for (const line of l.truth.appellant?.address ?? []) expect(l.text).toContain(line);
      for (const line of l.truth.representative?.address ?? []) expect(l.text).toContain(line);
    }
    expect(headLetters(3, 200).map((l) => l.text)).toEqual(letters.map((l) => l.text));
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['nb', 'nn', 'sv', 'da', 'en']));
  });
});

describe('scoring addresses by what reaches the person', () => {
  it('a country after a foreign postcode line is the same address with or without it', () => {
    const dk = { appellant: { name: 'Søren Jensen', address: ['Kongevejen 40', '3000 Helsingør'] }, representative: null, firstInstance: null };
    expect(scoreLetter([{ role: 'appellant', name: 'Søren Jensen', address: ['Kongevejen 40', '3000 Helsingør, Danmark'] }], dk)).toMatchObject({ appellantExact: true, wrongAddress: false });
    expect(scoreLetter([{ role: 'appellant', name: 'Søren Jensen', address: ['Kongevejen 41', '3000 Helsingør, Danmark'] }], dk)).toMatchObject({ appellantExact: false, wrongAddress: true });
  });

  it('case, commas and line breaks do not make an address different; no address given for none is right', () => {
    expect(scoreLetter([{ role: 'appellant', name: 'Kari Nordmann', address: ['STORGATA 1, 0467 OSLO'] }], truth)).toMatchObject({ appellantExact: true });
    const none = { appellant: { name: 'Kari Nordmann', address: [] }, representative: null, firstInstance: null };
    expect(scoreLetter([{ role: 'appellant', name: 'Kari Nordmann', address: [] }], none)).toMatchObject({ appellantExact: true, wrongAddress: false, addressMissing: false });
  });
});
