import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { qa22Letters } from '../../corpus/parties/qa22-writers.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { letterheadLeftColumn } from '../../domain/parties/letterhead-columns.ts';
import { livesWithWriter } from '../../domain/parties/same-home.ts';
import { withoutTitle } from '../../domain/parties/titled-name.ts';

/**
 * QA session 22 (issue #16, qaparties22): addresses in running text and letterheads. The slice's letters
 * (corpus/parties/qa22-writers.ts, `scripts/qa22-parties-slice.ts`) gave 12 of 30 exactly on main, 0 wrong.
 */
const postcodes = norwegianPostcodes();
const role = (text: string, r: string) => extractParties(text, { postcodes }).find((p) => p.role === r);
const slice = qa22Letters();
const letter = (id: string) => slice.find((l) => l.id === id)!;

describe('the QA s22 slice: no address that is not the party’s', () => {
  for (const l of slice) {
    it(`${l.id} ${l.style}: neither party is given an address the letter does not give them`, () => {
      for (const [r, want] of [['appellant', l.truth.appellant], ['representative', l.truth.representative]] as const) {
        const got = role(l.text, r);
        if (!want) {
          expect(got).toBeUndefined();
          continue;
        }
        if (got && got.address.length > 0) expect(got.address).toEqual(want.address);
      }
    });
  }
});

describe('the represented person’s address after the id, the sentence wrapped by the page', () => {
  for (const id of ['qa22-01', 'qa22-02', 'qa22-03', 'qa22-04', 'qa22-05', 'qa22-06', 'qa22-27', 'qa22-29']) {
    it(`${id} ${letter(id).style}: the appellant's address is read over the line break`, () => {
      expect(role(letter(id).text, 'appellant')).toMatchObject(letter(id).truth.appellant!);
    });
  }
  for (const id of ['qa22-17', 'qa22-18', 'qa22-19', 'qa22-20']) {
    it(`${id} ${letter(id).style}: a hospital, a GP office, a care home or a first instance on the next line gives none`, () => {
      expect(role(letter(id).text, 'appellant')).toMatchObject({ name: letter(id).truth.appellant!.name, address: [] });
    });
  }
  it('a line that ends the sentence after the id continues nothing (no comma, no address)', () => {
    const text = ['Siv Bakken', 'Lia 3', '2609 Lillehammer', '', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage', '', 'Jeg skriver på vegne av min far, Tor Bakken, fnr. 02867819161', 'Storgata 1, 2609 Lillehammer er legekontoret hans.', '', 'Med vennlig hilsen', 'Siv Bakken'].join('\n');
    expect(role(text, 'appellant')?.address ?? []).toEqual([]);
  });
});

describe('a practitioner’s title before the name in a first instance’s field', () => {
  it('«Klager: fysioterapeut Kari Dahl Moen» over «Adresse:»: the practitioner appeals, at that address (QA T03)', () => {
    expect(role(letter('qa22-08').text, 'appellant')).toMatchObject({ name: 'Kari Dahl Moen', address: ['Torget 9', '9008 Tromsø'] });
  });
  it('nynorsk «Klagar: tannlege …»', () => {
    expect(role(letter('qa22-09').text, 'appellant')).toMatchObject({ name: 'Per Lid Nes', address: ['Kaigata 4', '6900 Florø'] });
  });
  it('the title is dropped only before a whole person’s name', () => {
    expect(withoutTitle('fysioterapeut Vegard Nilsen-Åsen')).toBe('Vegard Nilsen-Åsen');
    expect(withoutTitle('Lege Hansen')).toBe('Lege Hansen');
    expect(withoutTitle('tannlege Tannhelse Sentrum AS')).toBe('tannlege Tannhelse Sentrum AS');
  });
});

describe('a GP’s declaration: «Gjelder: NN, født …» over the id and the patient’s address', () => {
  it('the address under the id is the patient’s, not the practice’s line at the top (QA M04)', () => {
    expect(role(letter('qa22-10').text, 'appellant')).toMatchObject({ name: 'Odd Ås', address: ['Øvre gate 3', '2815 Gjøvik'] });
  });
  it('a guard: with no address under the id the practice’s line is never the patient’s', () => {
    expect(role(letter('qa22-23').text, 'appellant')).toMatchObject({ name: 'Ole Ring', address: [] });
  });
});

describe('«vi bor sammen»: the writer’s head is the represented person’s address', () => {
  for (const id of ['qa22-11', 'qa22-12', 'qa22-14']) {
    it(`${id} ${letter(id).style}`, () => expect(role(letter(id).text, 'appellant')).toMatchObject(letter(id).truth.appellant!));
  }
  it('a guard: «vi bor ikke sammen lenger», «vi bodde sammen» say no such thing', () => {
    expect(livesWithWriter('Vi bor ikke sammen lenger, men jeg hjelper henne.', 'Anne Lunde')).toBe(false);
    expect(livesWithWriter('Vi bodde sammen til i fjor.', 'Hege Moe')).toBe(false);
    expect(livesWithWriter('Vi bor sammen lenger enn før.', 'Hege Moe')).toBe(false);
    for (const id of ['qa22-21', 'qa22-22']) expect(role(letter(id).text, 'appellant')?.address).toEqual([]);
  });
});

describe('a two-column letterhead as OCR reads it', () => {
  it('the firm’s left column is put back together over the right one (QA A15)', () => {
    const gap = ' '.repeat(30);
    const text = [`Advokatfirma Kvist og Berg DA${gap}Tlf 32 20 10 00`, `Nedre Torggate 5${gap}post@kvistberg.no`, '', 'Org.nr. 912 345 678', `3015 Drammen${gap}Medlem av Advokatforeningen`, '', 'Nav', 'Postboks 6600 Etterstad', '0607 Oslo'].join('\n');
    expect(letterheadLeftColumn(text).split('\n').slice(0, 4)).toEqual(['Advokatfirma Kvist og Berg DA', 'Nedre Torggate 5', '3015 Drammen', '']);
  });
  for (const id of ['qa22-15', 'qa22-16']) {
    it(`${id} ${letter(id).style}: the lawyer represents, at the firm's address`, () => {
      expect(role(letter(id).text, 'representative')).toMatchObject({ name: letter(id).truth.representative!.name, address: letter(id).truth.representative!.address });
    });
  }
  it('a guard: a right column that holds an address (a branch office) is not folded away', () => {
    const gap = ' '.repeat(30);
    const text = [`Advokatfirmaet Holt AS${gap}Avdeling Hamar`, `Storgata 5${gap}Torggata 1`, `2815 Gjøvik${gap}2317 Hamar`].join('\n');
    expect(letterheadLeftColumn(text)).toBe(text);
  });
  it('a guard: a left column that ends in no postcode line is left as OCR gave it', () => {
    const gap = ' '.repeat(30);
    const text = [`Advokatfirmaet Holt AS${gap}Tlf 22 00 00 00`, `Storgata 5${gap}post@holt.no`, '', 'Klage'].join('\n');
    expect(letterheadLeftColumn(text)).toBe(text);
  });
});

describe('«vi bor sammen» only as the writer’s own statement', () => {
  it('reported speech, a negation before it or «… med far» give the writer’s head to nobody', () => {
    expect(livesWithWriter('Nav mener at vi bor sammen, men det stemmer ikke.', 'Anne Lunde')).toBe(false);
    expect(livesWithWriter('Det er feil, vi bor sammen med far.', 'Anne Lunde')).toBe(false);
    expect(livesWithWriter('Svar kan sendes til meg. Vi bor sammen.', 'Anne Lunde')).toBe(true);
    expect(livesWithWriter('Hun er syk og vi bor sammen.', 'Anne Lunde')).toBe(true);
  });
});
