import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFields } from '#domain/fields/index';
import { parseDate } from '#domain/fields/dates';
import type { IsoDate } from '#schemas/taxonomy';

/**
 * The decision date as writers give it (session 19, fields19): «vedtaket av 3. mars», «brevet dykkar frå 14.
 * februar», «Ni avslog min ansökan … den 5 mars 2025», OCR's «3 . mars», a year left out. A wrong decision date
 * gives a wrong appeal deadline, so every case of the slice is first a precision case: the date read is the
 * truth or none, and never one of the dates the case names as someone else's.
 */
interface SliceCase {
  id: string;
  text: string;
  mailReceived?: IsoDate;
  decisionDate: IsoDate | null;
  decisionReceivedDate: IsoDate | null;
  mustNotTake?: IsoDate[];
}
const slice = (JSON.parse(readFileSync(new URL('./fixtures/written-decision-dates.json', import.meta.url), 'utf8')) as { cases: SliceCase[] }).cases;
const read = (c: SliceCase) => extractFields(c.text, 'first_instance', { receivedDate: c.mailReceived ?? null });

/** Truths the reader still misses (it reads none, which sends the appeal to review), with why. */
const NOT_READ_YET: Record<string, string> = {
  'nb-04 decisionReceivedDate': '«2/3» without a year is not read as a date at all',
  'nb-15 decisionDate': '«det er datert 3. mars 2025»: a pronoun for the decision',
  'nb-15 decisionReceivedDate': 'its year would come from the pronoun sentence above',
  'nn-05 decisionReceivedDate': '«eg fekk det ikkje før 20. mars»: a pronoun for the decision',
};

describe('the written slice: never a wrong decision date', () => {
  it.each(slice.map((c) => [c.id, c] as const))('%s reads the truth or none, never a date that is not the decision’s', (_, c) => {
    const fields = read(c);
    expect([c.decisionDate, null]).toContain(fields.decisionDate);
    expect([c.decisionReceivedDate, null]).toContain(fields.decisionReceivedDate);
    for (const other of c.mustNotTake ?? []) expect(fields.decisionDate).not.toBe(other);
  });
});

describe('the written slice: the dates the writer gives are read', () => {
  const expected = slice.flatMap((c) =>
    (['decisionDate', 'decisionReceivedDate'] as const).filter((f) => c[f] !== null && !NOT_READ_YET[`${c.id} ${f}`]).map((f) => [`${c.id} ${f}`, c, f] as const),
  );
  it.each(expected)('%s', (_, c, field) => {
    expect(read(c)[field]).toBe(c[field]);
  });
});

describe('decision dates as people write them', () => {
  const decisionDate = (text: string, of: 'first_instance' | 'appeals_body' | 'any' = 'first_instance', mail: IsoDate | null = null) =>
    extractFields(text, of, { receivedDate: mail }).decisionDate;

  it.each([
    ['OCR spaces the day off its full stop', '3 . mars 2025', '2025-03-03'],
    ['day and month by a slash, the year by a hyphen', '2/3-25', '2025-03-02'],
    ['the same with a four-digit year', '4/4-2025', '2025-04-04'],
  ])('a date: %s', (_, raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([
    ['nb: the office refused, the date right after', 'Helfo avslo 19.10.2026 søknad om individuell stønad til semaglutid.', '2026-10-19'],
    ['nb: «gav DATE avslag»', 'Helfo gav 25.08.2026 avslag på søknad om stønad til implantatbehandling.', '2026-08-25'],
    ['sv: the application refused «den …»', 'Ni avslog min ansökan om ersättning för resor den 5 mars 2025.', '2025-03-05'],
    ['en: the application refused «on …»', 'You refused my application on 3 March 2025.', '2025-03-03'],
    ['nn: «brevet dykkar frå»', 'Eg klagar på brevet dykkar frå 14. februar 2025.', '2025-02-14'],
    ['nn: «dagsett» in running text is no letter-date label', 'Vedtaket dykkar er dagsett 3. mars 2025.', '2025-03-03'],
    ['da: «dateret» in running text', 'Jeg klager over jeres afgørelse dateret 12.03.2025.', '2025-03-12'],
    ['nb: what the decision is about, in an «at» clause, then its date', 'Jeg klager på vedtaket om at jeg må betale tilbake, datert 3. mars 2025.', '2025-03-03'],
  ])('%s', (_, text, iso) => {
    expect(decisionDate(text)).toBe(iso);
  });

  it('a blank line inside a sentence of a scan does not part the phrase from its date', () => {
    expect(decisionDate('Jeg ber om at saken tas opp igjen. Klageinstansen avgjorde\n\nsaken 17. mars 2026 og mente noe annet.', 'any')).toBe('2026-03-17');
  });

  it('the appeals body refusing the appeal is not the first instance’s decision', () => {
    expect(decisionDate('Klageinstansen avslo klagen min 5. mai 2025.', 'first_instance')).toBeNull();
    expect(decisionDate('Klageinstansen avslo klagen min 5. mai 2025.', 'appeals_body')).toBe('2025-05-05');
    expect(decisionDate('Klageinstansen avslo den 5. mai 2025 klagen min.', 'first_instance')).toBeNull();
  });

  it('Trygderetten’s ruling dates a document about any decision, never an appeal or the ruling’s own record', () => {
    const text = 'Trygderetten har i kjennelse av 13.11.2026 endret klageorganets vedtak til gunst for min klient.';
    expect(decisionDate(text, 'any')).toBe('2026-11-13');
    expect(decisionDate(text, 'first_instance')).toBeNull();
    expect(decisionDate(`${text} Klageinstansens vedtak av 02.05.2026 er opphevet.`, 'appeals_body')).toBe('2026-05-02');
  });

  it.each([
    ['the writer refusing an offer', 'Jeg avslo 12.03.2025 tilbudet om arbeidstrening. Jeg klager på vedtaket.'],
    ['sv: the writer refusing', 'Jag avslog den 12 mars 2025 erbjudandet. Jag överklagar beslutet.'],
    ['an earlier decision alone', 'Jeg klaget på et tidligere vedtak av 12.06.2023. Nå klager jeg igjen.'],
  ])('no decision date: %s', (_, text) => {
    expect(decisionDate(text)).toBeNull();
  });

  describe('a day without a year', () => {
    it('takes the last such day on or before the letter’s own date', () => {
      expect(decisionDate('Bodø, 10. januar 2026\n\nJeg klager på vedtaket av 18. desember om AAP.')).toBe('2025-12-18');
    });
    it('without the letter’s date, the last such day on or before the day the mail came', () => {
      expect(decisionDate('I wish to appeal your decision of 3 March.', 'first_instance', '2025-03-20')).toBe('2025-03-03');
    });
    it('none when that day would be more than half a year before the letter (a misdated letter, not a year-old decision)', () => {
      expect(decisionDate('Oslo, 2. mars 2025\n\nJeg klager på vedtaket av 3. mars om AAP.')).toBeNull();
      expect(decisionDate('Oslo, 2. mars 2025\n\nJeg klager på vedtaket av 3. februar om AAP.')).toBe('2025-02-03');
    });
    it('with neither, none: a guessed year would move the appeal deadline', () => {
      expect(decisionDate('I wish to appeal your decision of 3 March.')).toBeNull();
    });
    it('the received day without a year then takes the decision’s year', () => {
      const fields = extractFields('Jeg klager på vedtaket av 3. mars. Jeg mottok vedtaket 10. mars.', 'first_instance', { receivedDate: '2025-03-20' });
      expect(fields).toMatchObject({ decisionDate: '2025-03-03', decisionReceivedDate: '2025-03-10' });
    });
  });
});
