import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { apologisesForLateness, deadlineInterruptionSignal, readWritersAppeal } from '../../domain/classify/deadline-interrupting.ts';
import { linkThreshold } from '../../domain/config.ts';

// QA s19 L31: «Jeg vil klage på dette. Jeg beklager at det er sent, men jeg lå på sykehuset …» was typed
// deadline-interrupting (51 %): the apology was no late-appeal cue, so nothing kept the model's guess from
// the type whose `grounds` deadline nobody owes. Letters written for this test (late19), synthetic ids
// (birth month + 80): late appeals that apologise or explain, in nb, nn, sv, da, en, typed, e-mail,
// handwritten and as OCR reads a scan; and deadline-interrupting appeals, some apologising too.
interface Letter {
  id: string;
  lang: string;
  style: string;
  truth: 'appeal' | 'appeal_deadline_interrupting';
  text: string;
}
const letters: Letter[] = JSON.parse(readFileSync(new URL('./fixtures/late-and-interrupting-appeals.json', import.meta.url), 'utf8'));
const late = letters.filter((l) => l.truth === 'appeal');
const interrupting = letters.filter((l) => l.truth === 'appeal_deadline_interrupting');
const config = loadConfig();
const classify = (l: Letter) => classifyDocument(l.text, config);

describe('a late appeal that apologises or explains the lateness (late19)', () => {
  // Red before: late-nn-03, late-da-01, late-da-03, late-en-01, late-en-05, late-nb-13 (deadline-interrupting), late-da-06 (comments).
  it.each(late.map((l) => [l.id, l] as const))('%s is an ordinary appeal', (_id, letter) => {
    expect(classify(letter).documentType).toBe('appeal');
  });

  it.each(late.map((l) => [l.id, l] as const))('%s reads as late and promises nothing', (_id, letter) => {
    const reading = readWritersAppeal(letter.text);
    expect(reading.late).toBe(true);
    expect(reading.interruption).toBeNull();
  });
});

describe('a deadline-interrupting appeal stays one, also when it apologises (late19)', () => {
  it.each(interrupting.map((l) => [l.id, l] as const))('%s is never an ordinary appeal with confidence', (_id, letter) => {
    const c = classify(letter);
    expect(c.documentType === 'appeal' && c.confidence >= linkThreshold(config, 'newCase')).toBe(false);
    expect(c.documentType).toBe('appeal_deadline_interrupting');
  });

  const apologising = interrupting.filter((l) => apologisesForLateness(l.text));
  it('the apology beside a promise leaves the letter deadline-interrupting', () => {
    expect(apologising.map((l) => l.id)).toEqual(['adi-nb-07', 'adi-nb-11', 'adi-nn-02', 'adi-da-02']);
    for (const letter of apologising) {
      const reading = readWritersAppeal(letter.text);
      expect(reading.late).toBe(false);
      expect(reading.interruption).not.toBeNull();
    }
  });
});

describe('the words of a late writer are no promise of later grounds (late19)', () => {
  it.each([
    // red before: «klagen kommer … etter fristen» read as «grounds follow later»
    'Jeg klager på vedtaket om AAP. Klagen kommer dessverre etter fristen, da jeg har vært innlagt.',
    // red before: «not able to write» read as «cannot write it all now»
    'I am appealing the decision about my occupational injury. I have been very ill and was not able to write earlier.',
  ])('%s', (text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
  });

  it.each([
    'Jeg klager på vedtaket om tannbehandling. Beklager at det er kort, jeg skriver mer seinere når jeg har fått papirene.',
    'Jeg klager over afgørelsen om min arbejdsskade. Jeg beder om længere frist til at sende begrundelsen.',
  ])('a promise the reader missed before is read: %s', (text) => {
    expect(deadlineInterruptionSignal(text)).not.toBeNull();
  });

  it.each([
    'Sorry, I sent the wrong form last week. Here is the right one.',
    'Jeg klager på vedtaket om sykepenger. Jeg har ikke fått svar på søknaden tidligere.',
    'Jeg klager på vedtaket. Beklager at det er kort.',
  ])('is no apology for lateness: %s', (text) => {
    expect(apologisesForLateness(text)).toBe(false);
  });
});
