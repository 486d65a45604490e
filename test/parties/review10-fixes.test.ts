import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { unflattenHeads } from '../../domain/parties/flattened-heads.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * The review of session 10's party extraction (issue #16): adversarial letters, written here with synthetic
 * names. Each test failed before its fix.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) =>
  extractParties(lines.join('\n'), { hashNationalId: () => 'a'.repeat(64), postcodes }).map((p) => ({ role: p.role, name: p.name, address: p.address, ...(p.addressWithheld ? { withheld: true } : {}) })).sort((a, b) => a.role.localeCompare(b.role));
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const flattened = ['Kari Vold Klageorganet for helse og trygd', 'Bakkevegen 3 Postboks 6355 Etterstad', '1411 Kolbotn 0604 Oslo'];
const KARI_REP = { role: 'representative', name: 'Kari Vold', address: ['Bakkevegen 3', '1411 Kolbotn'] };

describe('a flattened two-column head under other lines', () => {
  it('keeps every line above the head as written', () => {
    for (const top of ['13.10.2025', 'Gjelder: Astrid Vold, Storgata 12, 0155 Oslo', 'Advokatfirmaet Lie AS']) {
      expect(unflattenHeads([top, ...flattened].join('\n')), top).toBe([top, 'Kari Vold', 'Bakkevegen 3', '1411 Kolbotn', '', ...own].join('\n'));
    }
  });
  it('does not split a labelled line ("Klager: Astrid Vold") as a column', () => {
    expect(unflattenHeads(['Klager: Astrid Vold', ...flattened].join('\n'))).toBe(['Klager: Astrid Vold', 'Kari Vold', 'Bakkevegen 3', '1411 Kolbotn', '', ...own].join('\n'));
  });
  it('reads at most one name row, the head\'s first', () => {
    expect(unflattenHeads(['Ola Vold Klageorganet', ...flattened].join('\n')).split('\n')[0]).toBe('Ola Vold Klageorganet');
  });
  it('a daughter writing for her mother named above the head is the representative with her own address', () => {
    const tail = ['', 'Hilsen', 'Kari Vold'];
    expect(parties(['Gjelder: Astrid Vold, Storgata 12, 0155 Oslo', ...flattened, '', 'Jeg klager på vedtaket om min mors hjemmesykepleie på vegne av henne.', ...tail])).toEqual([{ role: 'appellant', name: 'Astrid Vold', address: ['Storgata 12', '0155 Oslo'] }, KARI_REP]);
    expect(parties(['Klager: Astrid Vold', ...flattened, '', 'Jeg klager på vedtaket på vegne av min mor.', ...tail])).toEqual([{ role: 'appellant', name: 'Astrid Vold', address: [] }, KARI_REP]);
  });
});

describe('a head whose name row does not split', () => {
  it('is left as written rather than read without its name', () => {
    const rows = ['Sigrid Vold Ola Vold', 'Storgata 12 Storgata 14', '0155 Oslo 0155 Oslo'];
    expect(unflattenHeads(rows.join('\n'))).toBe(rows.join('\n'));
    const read = parties([...rows, '', 'Jeg klager herved på vedtaket.', '', 'Med vennlig hilsen', 'Sigrid Vold']);
    expect(read.find((p) => p.role === 'appellant')?.address.some((l) => l.includes('Ola'))).toBe(false);
  });
});

const kari = ['Kari Vold', 'Bakkevegen 3', '1411 Kolbotn', ''];
const signed = (name = 'Kari Vold') => ['', 'Med vennlig hilsen', name];
/** The relative the letter is about, and the writer representing them at the writer's address. */
const forRelative = (name: string) => [{ role: 'appellant', name, address: [] }, KARI_REP];

describe('a child writing about a parent\'s case', () => {
  it('in two sentences, the case in the third person: the parent appeals, the child represents (nb, nn)', () => {
    expect(parties([...kari, ...own, '', '12.03.2025', '', 'Min mor, Astrid Vold, er 91 år og har demens.', 'Hun fikk avslag på søknaden om sykehjemsplass, og vi klager på dette.', ...signed()])).toEqual(forRelative('Astrid Vold'));
    expect(parties([...kari, ...own, '', '12.03.2025', '', 'Mor mi, Astrid Vold, er 91 år og kan ikkje skrive sjølv.', 'Ho fekk nei frå kommunen, og eg meiner det er feil.', ...signed()])).toEqual(forRelative('Astrid Vold'));
  });
  it('as "we" in a letter with no case of the writer\'s own (sv, en)', () => {
    expect(parties([...kari, ...own, '', '12.03.2025', '', 'Min far, Olof Berg, är 88 år och kan inte skriva själv.', 'Vi överklagar beslutet om hemtjänst.', ...signed()])).toEqual(forRelative('Olof Berg'));
    expect(parties([...kari, ...own, '', '12 March 2025', '', 'My father, John Smith, is 88 and cannot write himself.', 'We would like to appeal the decision.', '', 'Yours faithfully,', 'Kari Vold'])).toEqual(forRelative('John Smith'));
  });
  it('named on a regarding line or a line of their own', () => {
    expect(parties([...kari, ...own, '', '12.03.2025', '', 'Vedr.: min mor Astrid Vold', '', 'Hun er 91 år. Jeg ber om at dere ser på dette på nytt.', ...signed()])).toEqual(forRelative('Astrid Vold'));
    expect(parties([...kari, ...own, '', '12.03.2025', '', 'Min mor Astrid Vold', '', 'Hun har fått avslag. Dette er ikke riktig, og jeg ber dere se på det igjen.', ...signed()])).toEqual(forRelative('Astrid Vold'));
  });
  it('with the daughter\'s address only under her signature', () => {
    expect(parties([...own, '', '12.03.2025', '', 'Min mor Astrid Vold er 91 år og har demens.', 'Hun fikk avslag, og det er feil.', '', 'Hilsen', 'Kari Vold', 'Bakkevegen 3', '1411 Kolbotn'])).toEqual(forRelative('Astrid Vold'));
  });
  it('under the parent\'s own head, signed by the child: the parent appeals at the head\'s address', () => {
    const read = parties(['Astrid Vold', 'Storgata 12', '0155 Oslo', '', ...own, '', '12.03.2025', '', 'Min mor Astrid Vold er 91 år og har demens.', 'Hun fikk avslag, og det er feil.', '', 'Hilsen', 'Kari Vold']);
    expect(read.find((p) => p.role === 'appellant')).toEqual({ role: 'appellant', name: 'Astrid Vold', address: ['Storgata 12', '0155 Oslo'] });
    expect(read.find((p) => p.role === 'representative')?.name).toBe('Kari Vold');
  });
  it('with nothing that says whose case it is: the writer\'s address is withheld, not promoted', () => {
    const read = parties([...kari, ...own, '', '12.03.2025', '', 'Min mor Astrid Vold er alvorlig syk og trenger hjelp hver dag.', 'Kommunen har sagt nei, og det mener jeg er feil. Jeg ber om ny vurdering.', ...signed()]);
    expect(read.find((p) => p.role === 'appellant')?.address).toEqual([]);
    expect(read.find((p) => p.role === 'appellant')?.withheld).toBe(true);
  });
  it('the appellant\'s own letter naming a relative in passing keeps the appellant\'s address', () => {
    const astrid = ['Astrid Vold', 'Storgata 12', '0155 Oslo', ''];
    const ASTRID = { role: 'appellant', name: 'Astrid Vold', address: ['Storgata 12', '0155 Oslo'] };
    expect(parties([...astrid, ...own, '', 'Jeg vil klage.', 'Min søster Berit Vold hjelper meg med å skrive.', ...signed('Astrid Vold')])).toEqual([ASTRID]);
    expect(parties([...astrid, ...own, '', 'Jeg klager på vedtaket om tannbehandling.', 'Sønnen min, Per Vold, mener også at avslaget er urimelig.', ...signed('Astrid Vold')])).toEqual([ASTRID]);
  });
});

describe('a power the appellant gives: only one over something known not to be the case is no representation', () => {
  const astrid = ['Astrid Vold', 'Storgata 12', '0155 Oslo', ''];
  const ASTRID = { role: 'appellant', name: 'Astrid Vold', address: ['Storgata 12', '0155 Oslo'] };
  const letter = (sentence: string) => parties([...astrid, ...own, '', '12.03.2025', '', 'Jeg klager på vedtaket om hjemmesykepleie.', sentence, '', 'Med vennlig hilsen', 'Astrid Vold']);
  it('a power to act, to speak with the office, to receive its answers, to do everything, or Danish "tale min sag" names the holder the representative', () => {
    for (const [sentence, holder] of [
      ['Sønnen min Per Vold har fullmakt til å handle på mine vegne, og dere kan kontakte ham.', 'Per Vold'],
      ['Datteren min Kari Vold har fullmakt til å ta kontakt med klageorganet for meg.', 'Kari Vold'],
      ['Datteren min Kari Vold, Bakkevegen 3, 1411 Kolbotn, har fullmakt til å motta post og svar fra dere.', 'Kari Vold'],
      ['Datteren min Kari Vold har fullmakt til å ordne alt for meg.', 'Kari Vold'],
      ['Datteren min Kari Vold har fullmakt til å snakke med dere om dette.', 'Kari Vold'],
      ['Min datter Kari Vold har fuldmagt til at tale min sag.', 'Kari Vold'],
      ['Min datter Kari Vold har fuldmagt til å tale min sag.', 'Kari Vold'],
    ] as const) {
      expect(letter(sentence), sentence).toEqual([ASTRID, { role: 'representative', name: holder, address: [] }]);
    }
  });
  it('a power to fetch post or medicine, or over the bank, names nobody', () => {
    for (const sentence of ['Naboen min, Ola Hansen, har fullmakt til å hente posten min mens jeg er på sykehus.', 'Datteren min Kari Vold har fullmakt til å hente medisinene mine på apoteket.', 'Sønnen min Per Vold har fullmakt til å betale regningene mine.', 'Sønnen min Per Vold har fullmakt til å handle i nettbanken for meg.']) {
      expect(letter(sentence), sentence).toEqual([ASTRID]);
    }
  });
});

describe('form blanks read in linear time', () => {
  it('takes a form line\'s dot leaders and trailing blanks off as before', async () => {
    const { withoutFormBlanks } = await import('../../domain/parties/form-blanks.ts');
    expect(withoutFormBlanks(['Navn: __Kari Vold______', 'Adresse: Storgata 12 ........', 'Sted: Oslo . . . . .   ', 'Ola H.', 'St. Olavs gate 3 ....'].join('\n'))).toBe(['Navn: Kari Vold', 'Adresse: Storgata 12', 'Sted: Oslo', 'Ola H.', 'St. Olavs gate 3'].join('\n'));
  });
});

describe('small readings', () => {
  const sigrid = (address: string[]) => parties(['Sigrid Vold', ...address, '', ...own, '', 'Jeg klager herved på vedtaket.', '', 'Med vennlig hilsen', 'Sigrid Vold']);
  it('a street over "Ireland" is no Dublin district: no address of a street and a country alone', () => {
    expect(sigrid(['Apartment 4', 'Storgata 12', 'Ireland'])[0]!.address).toEqual([]);
    expect(sigrid(['Hillside 12', 'Main Street 4', 'Ireland'])[0]!.address).toEqual([]);
    expect(sigrid(['Kauri Road 23', 'Auckland 1011', 'New Zealand'])[0]!.address).toEqual(['Kauri Road 23', 'Auckland 1011', 'New Zealand']);
  });
  it('a bare "Min adresse" without its colon names no address: the address the writer says they live at now is read', () => {
    const read = parties(['Til Klageorganet for helse og trygd', '', 'Klage på vedtak', '', 'Jeg klager herved på vedtaket.', 'Min adresse i folkeregisteret, Gamleveien 3, 0155 Oslo, er feil; jeg bor nå på Storgata 12, 0155 Oslo.', '', 'Hilsen', 'Sigrid Vold']);
    expect(read).toEqual([{ role: 'appellant', name: 'Sigrid Vold', address: ['Storgata 12', '0155 Oslo'] }]);
  });
  it('a form\'s line naming a relative in passing ("Kontaktperson er min datter …") leaves the address fields the appellant\'s', () => {
    const read = parties(['Navn: Astrid Vold', 'Kontaktperson er min datter Kari Vold', 'Adresse: Storgata 12', 'Postnr./sted: 0155 Oslo', '', 'Jeg klager på vedtaket.', '', 'Astrid Vold']);
    expect(read).toEqual([{ role: 'appellant', name: 'Astrid Vold', address: ['Storgata 12', '0155 Oslo'] }]);
  });
});
