import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { qa22Letters } from '../../corpus/parties/qa22-writers.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { letterheadLeftColumn } from '../../domain/parties/letterhead-columns.ts';
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

describe('an address the sentence says is a hospital’s, a care home’s or a GP’s is not the person’s (review s22)', () => {
  const HEAD = ['Ivar Berge', 'Bakkeveien 2', '1710 Sarpsborg', '', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage', ''];
  const TAIL = ['Fullmakt ligger ved.', '', 'Med vennlig hilsen', 'Ivar Berge'];
  const appellantOf = (body: string[]) => role([...HEAD, ...body, ...TAIL].join('\n'), 'appellant');
  const cases: [string, string[]][] = [
    ['C01 one line, «der hun er innlagt»', ['Jeg skriver for min mor, Astrid Berge, fnr. 15838416168, Kyrre Grepps gate 11, 2819 Gjøvik, der hun er innlagt.']],
    ['C03 wrapped, «som er sykehjemmet»', ['Jeg skriver for min mor, Astrid Berge, fnr. 15838416168,', 'Solhaugveien 2, 4022 Stavanger, som er sykehjemmet der hun bor.']],
    ['C04 wrapped, «hvor fastlegen hennes har kontor»', ['Jeg skriver for min mor, Astrid Berge, fnr. 15838416168,', 'Torget 2, 3017 Drammen, hvor fastlegen hennes har kontor, har skrevet erklæring.']],
    ['P02 wrapped, «der hun er innlagt på sykehuset»', ['Jeg skriver for min mor, Astrid Berge, fnr. 15838416168,', 'Kyrre Grepps gate 11, 2819 Gjøvik, der hun er innlagt på sykehuset.']],
    ['P04 wrapped, «(fastlegens kontor)»', ['Jeg skriver for min mor, Astrid Berge, fnr. 15838416168,', 'Torget 2, 3017 Drammen (fastlegens kontor) kan bekrefte dette.']],
    ['en one line, «where she is a patient»', ['I write for my mother, Astrid Berge, national identity number 15838416168, Kirkeveien 166, 0450 Oslo, where she is a patient.']],
  ];
  for (const [name, body] of cases) {
    it(`${name}: no address`, () => expect(appellantOf(body)).toMatchObject({ name: 'Astrid Berge', address: [] }));
  }
  it('a must: a clause that names no such place keeps the address («og legg ved fullmakt», «c/o …»)', () => {
    expect(appellantOf(['Eg skriv for mor mi, Astrid Berge, fnr. 15838416168,', 'Lidvegen 3, 6800 Førde, og legg ved fullmakt.'])?.address).toEqual(['Lidvegen 3', '6800 Førde']);
    expect(appellantOf(['Jeg skriver for min mor, Astrid Berge, fnr. 15838416168, Storgata 4, 2815 Gjøvik, se vedlagte fullmakt.'])?.address).toEqual(['Storgata 4', '2815 Gjøvik']);
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

describe('«vi bor sammen» never says who «vi» is (review s22, S01–S07, S10)', () => {
  for (const id of ['qa22-11', 'qa22-12', 'qa22-13', 'qa22-14', 'qa22-21', 'qa22-22']) {
    it(`${id} ${letter(id).style}: the writer's head is not given to the person they write for`, () => {
      expect(role(letter(id).text, 'appellant')).toMatchObject({ name: letter(id).truth.appellant!.name, address: [] });
    });
  }
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
  it('a guard: the recipient’s block under a blank line is never glued onto the firm’s (review s22 H05–H07)', () => {
    const gap = ' '.repeat(30);
    const firm = [`Advokatfirma Kvist og Berg DA${gap}Tlf 32 20 10 00`, `Nedre Torggate 5${gap}post@kvistberg.no`, ''];
    for (const recipient of [['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'], ['Nav Drammen', 'Postboks 300', '3001 Drammen'], ['Roald Bakke', 'Elveveien 3', '2815 Gjøvik']]) {
      const text = [...firm, ...recipient, '', 'Klage'].join('\n');
      expect(letterheadLeftColumn(text)).toBe(text);
    }
  });
  it('the letterhead ends at the blank line under the firm’s postcode (H08)', () => {
    const gap = ' '.repeat(30);
    const text = [`Advokatfirma Kvist og Berg DA${gap}Tlf 32 20 10 00`, `Nedre Torggate 5${gap}post@kvistberg.no`, `3015 Drammen${gap}Org.nr. 912 345 678`, '', 'Nav Drammen', 'Postboks 300', '3001 Drammen'].join('\n');
    expect(letterheadLeftColumn(text).split('\n')).toEqual(['Advokatfirma Kvist og Berg DA', 'Nedre Torggate 5', '3015 Drammen', '', 'Tlf 32 20 10 00', 'post@kvistberg.no', 'Org.nr. 912 345 678', '', 'Nav Drammen', 'Postboks 300', '3001 Drammen']);
  });
  it('a guard: a left column that ends in no postcode line is left as OCR gave it', () => {
    const gap = ' '.repeat(30);
    const text = [`Advokatfirmaet Holt AS${gap}Tlf 22 00 00 00`, `Storgata 5${gap}post@holt.no`, '', 'Klage'].join('\n');
    expect(letterheadLeftColumn(text)).toBe(text);
  });
});
