import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseNumberOf, findCaseReferences } from '#domain/fields/case-references';
import { ID_A, spaced } from '../support/national-ids.ts';

describe('findCaseReferences', () => {
  it.each([
    // nb
    ['Saksnummer: 2025/04127', ['2025/04127']],
    ['Saksnr. 24/113188', ['24/113188']],
    ['Sak nr. 5123-4/KB', ['5123-4/KB']],
    ['Vår ref.: 25/01234-7', ['25/01234-7']],
    ['Vår referanse: 2024/998877', ['2024/998877']],
    ['Var ref. 25/01234', ['25/01234']], // OCR lost the ring of å
    ['Deres ref. 24/113188, vår ref. 2025/04127.', ['24/113188', '2025/04127']],
    ['Navs ref.: 2501-ABC-99', ['2501-ABC-99']],
    ['NAV-referanse: 12345678', ['12345678']],
    ['Helfos ref. HELFO-2025-77', ['HELFO-2025-77']],
    ['Trygderettens saksnr.: TR-2024-1234', ['TR-2024-1234']],
    ['TR-nr. 24/01234', ['24/01234']],
    ['SAKSNUMMER 2025/04127', ['2025/04127']],
    // nn
    ['Dykkar ref.: 24/113188', ['24/113188']],
    ['Saksnr: 2025/00312', ['2025/00312']],
    // sv
    ['Er referens: 2025-123456', ['2025-123456']],
    ['Vår referens 8899/25', ['8899/25']],
    ['Ärendenummer: FK 123-4567', []], // the reference ends at the first space: "FK" is no reference
    ['Ärendenummer: 12345-2025', ['12345-2025']],
    // da
    ['Jeres ref.: 2025-00871', ['2025-00871']],
    ['Vores ref. 25/4412', ['25/4412']],
    ['Sagsnummer: 25-98765', ['25-98765']],
    // en
    ['Your ref.: 24/113188', ['24/113188']],
    ['Our ref: 2025/04127', ['2025/04127']],
    ['Reference: ABC-12345', ['ABC-12345']],
    // punctuation around the value
    ['(Saksnr. 24/113188)', ['24/113188']],
    ['Saksnr.: «24/113188»;', ['24/113188']],
    // value on the next line
    ['Vår ref.:\n2025/04127', ['2025/04127']],
    // unlabelled archive numbers
    ['Vi viser til sak 2025/04127 og tidligere sak 2019/1234.', ['2025/04127', '2019/1234']],
    ['Klagen gjelder 2025/04127-3.', ['2025/04127-3']],
  ])('%j -> %j', (text, expected) => {
    expect(findCaseReferences(text)).toEqual(expected);
  });

  it('reads a header row of labels with the values on the next line', () => {
    const text = 'Deres ref.       Vår ref.        Dato\n24/113188        2025/04127      12. mars 2025\n';
    expect(findCaseReferences(text)).toEqual(['24/113188', '2025/04127']);
  });

  it('does not take the next label for a value', () => {
    expect(findCaseReferences('Vår ref.: Deres ref.: 24/113188')).toEqual(['24/113188']);
  });

  it('is unique and in order of appearance', () => {
    const text = 'Vår ref.: 2025/04127\nDeres ref.: 24/113188\n\nVi viser til sak 2025/04127 og deres ref. 24/113188.';
    expect(findCaseReferences(text)).toEqual(['2025/04127', '24/113188']);
  });

  it.each([
    ['a comma for the full stop (OCR)', 'Saksnr, NAV-333914 (NAV)', ['NAV-333914']],
    ['a comma after Vår ref (OCR)', 'Vår ref, 4129-6/KB Deres ref. 24/114930', ['4129-6/KB', '24/114930']],
    ['a doubled colon (OCR)', 'Vår referanse: : K9868 Deres referanse: : 2025/16389', ['K9868', '2025/16389']],
    ['a trailing comma on the value', 'Er referens: 2025/04127, tack.', ['2025/04127']],
  ])('reads a label with %s', (_, text, expected) => {
    expect(findCaseReferences(text)).toEqual(expected);
  });

  it.each([
    ['split at its hyphen', 'Saksnummer 2025- 11 126 (NAV)'],
    ['split at its hyphen before a word', 'Vår referanse:  7491- am'],
    ['split after the first digit of the number', 'Deres referanse: 2025/1 3512'],
  ])('drops a reference the scan cut off: %s', (_, text) => {
    expect(findCaseReferences(text)).toEqual([]);
  });

  it('keeps a labelled reference whole when it contains an archive number', () => {
    expect(findCaseReferences('Vår ref.: 2025/04127-3')).toEqual(['2025/04127-3']);
  });

  it.each([
    ['a date after a label', 'Deres ref.: 12.03.2025'],
    ['a written-out date after a label', 'Vår ref.: 12. mars 2025'],
    ['a national id after a label', `Deres ref.: ${ID_A}`],
    ['a spaced national id after a label', `Deres ref.: ${spaced(ID_A, [6, 5])}`],
    ['a name after a label', 'Deres ref.: Kari Nordmann'],
    ['a label word inside another word', 'Referansegruppen 2 møttes'],
    ['a span of years', 'Skoleåret 2024/2025 og budsjettåret 2025/2026'],
    ['an ISO date', 'Dato 2025-03-12'],
    ['a slash date', 'Datert 12/03/2025'],
    ['an account number', 'Konto 1234.56.78901'],
    ['a phone number', 'Tlf. 22 33 44 55'],
    ['a plain year-like number', 'Det gjelder 2025 og 1999.'],
    ['a fraction-like pair that is not year/number', 'Uføregrad 50/100'],
  ])('finds nothing in %s', (_, text) => {
    expect(findCaseReferences(text)).toEqual([]);
  });

  it('property: a labelled reference is found whatever the spacing and punctuation after the label', () => {
    const labels = ['Saksnummer', 'Saksnr.', 'Vår ref.', 'Deres ref.', 'Dykkar ref.', 'Your ref.', 'Er referens', 'Jeres ref.', 'Sagsnummer', 'TR-nr.'];
    fc.assert(
      fc.property(
        fc.constantFrom(...labels),
        fc.constantFrom('', ':', ' :'),
        fc.constantFrom(' ', '  ', '\t', ' \n'),
        fc.integer({ min: 10, max: 99 }),
        fc.integer({ min: 1000, max: 999999 }),
        fc.constantFrom('', ',', '.', ';'),
        (label, colon, space, yy, n, trail) => {
          const ref = `${yy}/${n}`;
          expect(findCaseReferences(`Brev\n${label}${colon}${space}${ref}${trail} Med hilsen`)).toEqual([ref]);
        },
      ),
    );
  });

  it('property: any unlabelled YYYY/NNN… number is found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.stringMatching(/^\d{3,7}$/), (year, n) => {
        fc.pre(!(n.length === 4 && Math.abs(Number(n) - year) === 1));
        expect(findCaseReferences(`Vi viser til sak ${year}/${n} i brevet.`)).toEqual([`${year}/${n}`]);
      }),
    );
  });
});

describe('caseNumberOf', () => {
  it.each([
    ['2025/04127-3', '2025/04127'],
    ['2025/04127', '2025/04127'],
    ['24/113188', '24/113188'],
    ['5123-4/KB', '5123-4/KB'],
  ])('%s -> %s', (ref, expected) => {
    expect(caseNumberOf(ref)).toBe(expected);
  });
});

describe('findCaseReferences: an agency named between the label and its reference (QA s14 f MEDIUM-4)', () => {
  it.each([
    ['Kunde: Klageorganet\nDeres ref.: Helfo 26/12345 (Solberg)\n', ['26/12345']],
    ['Deres ref: NAV klageinstans 2026/55123', ['2026/55123']],
    ['Your ref: Helfo, 26/12345', ['26/12345']],
    ['Dykkar ref.: Nav 26/778899', ['26/778899']],
    ['Er referens: Försäkringskassan 123-4567-89', ['123-4567-89']],
    ['Jeres ref.: Udbetaling Danmark 4471-22', ['4471-22']],
    ['Navs ref. 2026/12345', ['2026/12345']],
  ])('%j -> %j', (text, refs) => {
    expect(findCaseReferences(text)).toEqual(refs);
  });

  it.each([
    'Deres ref.: Helfo\nSakkyndig uttalelse, 3 timer',
    'Vår ref.: Kari Nordmann',
    'Deres ref.: Nav 12.11.2026',
    'Ref: Faktura 2026-118',
    'Deres ref.: Solberg 26/12345',
  ])('no reference from %j', (text) => {
    expect(findCaseReferences(text)).toEqual([]);
  });
});
