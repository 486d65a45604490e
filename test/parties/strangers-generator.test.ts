import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { lateKindLetters } from '../../corpus/parties/late-kinds.ts';
import { strangerLetters } from '../../corpus/parties/strangers.ts';
import { postcodeDoubt } from '../../domain/parties/postcodes.ts';

/** The third development slice of eval:parties is only a measure if its truth is what its letters say. */
describe('the strangers generator (third development slice)', () => {
  const table = norwegianPostcodes();
  const letters = strangerLetters(7, 600, table.places);
  const fold = (s: string) => s.toLowerCase();

  it('writes every word of every truth name and address into the letter', () => {
    for (const l of letters) {
      for (const p of [l.truth.appellant, l.truth.representative].filter((p) => p !== null)) {
        // A head in capitals writes the name in capitals there and in ordinary case under the signature.
        const words = [p.name, ...p.address].join(' ').split(/[\s,]+/u).filter((w) => w !== '');
        for (const word of words) expect(fold(l.text), `${l.id}: ${word}`).toContain(fold(word));
      }
    }
  });

  it('gives Norwegian addresses Posten’s postcodes', () => {
    const norwegian = letters.flatMap((l) => [l.truth.appellant?.address ?? [], l.truth.representative?.address ?? []]).filter((a) => /^\d{4}\s/u.test(a.at(-1) ?? ''));
    expect(norwegian.length).toBeGreaterThan(300);
    for (const a of norwegian) expect(postcodeDoubt(a, table), a.join(' | ')).toBeNull();
  });

  it('covers every kind and language, never names the helper and the appellant alike, and is the same for the same seed', () => {
    const kinds = ['relativeTyped-', 'guardian-', 'socialWorker-', 'lawFirm-', 'footer-', 'spouses-', 'regardingOnly-', 'rural-', 'deliveryLines-', 'prefixed-', 'capitals-', 'brokenName-', 'idInRelativeLetter-'];
    for (const kind of kinds) expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['nb', 'nn', 'sv', 'da', 'en']));
    for (const l of letters) if (l.truth.representative) expect(l.truth.representative.name, l.id).not.toBe(l.truth.appellant!.name);
    expect(strangerLetters(7, 600, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});

describe('the late-kinds generator (fourth development slice)', () => {
  const table = norwegianPostcodes();
  const letters = lateKindLetters(7, 300, table.places);

  it('writes every word of the truth name and address into the letter, postcodes Posten’s, the same for the same seed', () => {
    for (const l of letters) {
      const words = [l.truth.appellant!.name, ...l.truth.appellant!.address].join(' ').split(/[\s,]+/u).filter((w) => w !== '');
      for (const word of words) expect(l.text, `${l.id}: ${word}`).toContain(word);
      const postcode = l.truth.appellant!.address.at(-1)!;
      if (/^\d{4}\s/u.test(postcode)) expect(postcodeDoubt(l.truth.appellant!.address, table), postcode).toBeNull();
    }
    for (const kind of ['webForm-', 'careHome-', 'flatAbroad-', 'firstSentence-', 'forwardingTable-', 'roleAfterName-', 'phoneInHead-']) expect(letters.some((l) => l.style.startsWith(kind)), kind).toBe(true);
    expect(lateKindLetters(7, 300, table.places).map((l) => l.text)).toEqual(letters.map((l) => l.text));
  });
});
