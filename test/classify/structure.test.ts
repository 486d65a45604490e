import { describe, expect, it } from 'vitest';
import { structureFeatures } from '../../domain/classify/structure.ts';

describe("a letter's shape as features (session 10)", () => {
  it('an appeal that names a dated decision, answers a letter and is signed by a lawyer on a client\'s behalf', () => {
    const letter = [
      'Til klageinstansen',
      'Deres ref. 2025/04127',
      'Klage på vedtak datert 12.03.2025',
      'Jeg skriver på vegne av min klient, som er uenig i vedtaket.',
      'Med vennlig hilsen',
      'Kari Nordmann',
      'advokat',
    ].join('\n');
    const features = structureFeatures(letter);
    expect(features).toEqual(expect.arrayContaining(['decision-date', 'reference', 'answers-letter', 'on-behalf', 'signed-lawyer', 'length-short']));
    expect(features).not.toContain('signed-doctor');
    expect(features).not.toContain('form');
  });

  it('a form of labelled fields with a ticked box, signed by a doctor', () => {
    const form = ['Navn: Ola Nordmann', 'Diagnose: M54.5', 'Arbeidsufør: [x] ja', 'Dato: 01.02.2025', 'Funksjonsevne: nedsatt', 'Underskrift', 'Per Hansen, fastlege'].join('\n');
    const features = structureFeatures(form);
    expect(features).toEqual(expect.arrayContaining(['form', 'checkbox', 'signed-doctor']));
    expect(features).not.toContain('decision-date');
    expect(features).not.toContain('signed-lawyer');
  });

  it('who signs is read from the last lines only: a lawyer named early is not the signer', () => {
    const lines = ['Min advokat har sagt at jeg kan klage selv.', ...Array.from({ length: 10 }, (_, i) => `Linje ${i + 1} om saken min.`), 'Hilsen Ola'];
    expect(structureFeatures(lines.join('\n'))).not.toContain('signed-lawyer');
  });
});

describe('structure features a sentence does not give (review of model10, finding 9)', () => {
  const shape = (text: string) => structureFeatures(text).filter((f) => !f.startsWith('length'));

  it.each([
    ['I am on the verge of losing my flat.', 'on-behalf'],
    ['Det er tungt for min mann også.', 'on-behalf'],
    ['Vedlagt er brev fra legen min.', 'answers-letter'],
    ['Vedlagt er brev fra legen min.', 'signed-doctor'],
    ['Jeg er ikke lege, men jeg vet at jeg ikke kan arbeide.', 'signed-doctor'],
    ['Med vennlig hilsen\nOla Nordmann\nKopi: fastlege Per Hansen', 'signed-doctor'],
  ])('"%s" is not %s', (text, feature) => {
    expect(shape(text)).not.toContain(feature);
  });

  it.each([
    ['Jeg skriver denne klagen for min mor, som er syk.', 'on-behalf'],
    ['Jeg er oppnevnt som verge for klageren.', 'on-behalf'],
    ['Hänvisar till ert brev av den 3 mars. Jag överklagar beslutet.', 'answers-letter'],
    ['Vi viser til er referens 2025/123.', 'answers-letter'],
    ['Pasienten er undersøkt.\n\nMed vennlig hilsen\nPer Hansen\nfastlege', 'signed-doctor'],
    ['Pasienten er undersøkt.\n\nVennlig hilsen Per Hansen, overlege', 'signed-doctor'],
  ])('"%s" is %s', (text, feature) => {
    expect(shape(text)).toContain(feature);
  });
});
