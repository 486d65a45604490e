import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 10 (issue #16): cues read from who a letter is from and on whose behalf, found on the ninth
 * development slice (corpus/parties/households-and-borders.ts) and in the notes left by session 9. Each
 * letter is written here with synthetic names.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) =>
  extractParties(lines.join('\n'), { hashNationalId: () => 'a'.repeat(64), postcodes }).map((p) => ({ role: p.role, name: p.name, address: p.address, ...(p.addressWithheld ? { addressWithheld: p.addressWithheld } : {}), ...(p.firm ? { firm: p.firm } : {}) })).sort((a, b) => a.role.localeCompare(b.role));
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const head = ['Sigrid Vold', 'Storgata 12', '0155 Oslo', ''];
const SIGRID = { role: 'appellant', name: 'Sigrid Vold', address: ['Storgata 12', '0155 Oslo'] };

describe('a power over something other than the case', () => {
  it('given to a daughter "til å handle i nettbanken" leaves the writer the appellant with her address', () => {
    for (const sentence of ['Jeg har gitt min datter Kari Vold fullmakt til å handle i nettbanken for meg.', 'Datteren min Kari Vold har fullmakt til å handle i nettbanken for meg.', 'Jeg gir sønnen min Per Vold fullmakt til å betale regningene mine.']) {
      expect(parties([...head, ...own, '', 'Jeg klager på vedtaket om tannbehandling.', sentence, '', 'Med vennlig hilsen', 'Sigrid Vold']), sentence).toEqual([SIGRID]);
    }
  });
  it('still makes the holder of a power over the case the representative', () => {
    const letter = [...head, ...own, '', 'Jeg klager på vedtaket om tannbehandling.', 'Datteren min Kari Vold har fullmakt til å føre saken for meg.', '', 'Med vennlig hilsen', 'Sigrid Vold'];
    expect(parties(letter)).toEqual([SIGRID, { role: 'representative', name: 'Kari Vold', address: [] }]);
  });
});

describe('relatives the appellant names in their own letter', () => {
  it('a spouse and a child named beside the appeal are no party', () => {
    const letter = [...own, '', '13.06.2025', '', 'Dette er min klage på avslaget jeg fikk.', 'Min mann, Ola Vold, har fulgt meg til alle timene, og datteren vår Ida hjelper meg med det praktiske.', '', 'Med vennlig hilsen', 'Sigrid Vold', 'Storgata 12', '0155 Oslo'];
    expect(parties(letter)).toEqual([SIGRID]);
  });
  it('a relative in a sentence about the appeal is still whom the writer writes for', () => {
    const letter = [...head, ...own, '', 'Jeg klager på vedtaket som gjelder min mor, Astrid Vold.', 'Hun er for syk til å skrive selv.', '', 'Med vennlig hilsen', 'Sigrid Vold'];
    const read = parties(letter);
    expect(read.find((p) => p.role === 'appellant')?.name).toBe('Astrid Vold');
    expect(read.find((p) => p.role === 'representative')).toMatchObject({ name: 'Sigrid Vold', address: ['Storgata 12', '0155 Oslo'] });
  });
});

describe('a paper form filled in by hand', () => {
  const form = (rows: string[]) => ['KLAGESKJEMA', '', '1. Opplysninger om deg som klager', ...rows, '', '2. Fullmektig (fylles ut hvis noen klager for deg)', 'Navn: ____________________', '', 'Jeg klager på vedtaket.', '', 'Dato: 19.02.2025   Underskrift: Sigrid Vold'];
  it('reads values between blanks of underscores or before dot leaders', () => {
    expect(parties(form(['Navn: __Sigrid Vold__________', 'Adresse: __Storgata 12__________', 'Postnr./sted: __0155 Oslo__________']))).toEqual([SIGRID]);
    expect(parties(form(['Navn: Sigrid Vold ........', 'Adresse: Storgata 12 ........', 'Postnr./sted: 0155 Oslo ........']))).toEqual([SIGRID]);
  });
  it('reads labels written without their colon, among other such labels', () => {
    expect(parties(form(['Navn Sigrid Vold', 'Adresse Storgata 12', 'Postnr 0155  Sted Oslo', 'Telefon 412 34 567']))).toEqual([SIGRID]);
  });
  it('keeps a mail client’s line of underscores as the quote divider it is', () => {
    const mail = ['Fra: sigrid@example.no', 'Emne: Klage', '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Sigrid Vold', 'Storgata 12', '0155 Oslo', '', '________________________________', 'Fra: Klageorganet <post@klageorgan.example>', 'Emne: Vi har mottatt klagen din', '', 'Mvh', 'Kari Berg', 'saksbehandler', 'Postboks 6355 Etterstad, 0604 Oslo'];
    expect(parties(mail)).toEqual([SIGRID]);
  });
});

describe('a two-column head OCR flattened', () => {
  const body = ['', '13.10.2025', '', 'Jeg klager herved på vedtaket.', '', 'Hilsen', 'Sigrid Vold'];
  it('with the columns run together by one or two spaces, on either side', () => {
    expect(parties(['Sigrid Vold Klageorganet for helse og trygd', 'Storgata 12 Postboks 6355 Etterstad', '0155 Oslo 0604 Oslo', ...body])).toEqual([SIGRID]);
    expect(parties(['Klageorganet for helse og trygd  Sigrid Vold', 'Postboks 6355 Etterstad Storgata 12', '0604 Oslo 0155 Oslo', ...body])).toEqual([SIGRID]);
  });
  it('with the rows read across, one column’s line after the other’s', () => {
    expect(parties(['Sigrid Vold', 'Klageorganet for helse og trygd', 'Storgata 12', 'Postboks 6355 Etterstad', '0155 Oslo', '0604 Oslo', ...body])).toEqual([SIGRID]);
  });
  it('keeps a name of three words whole and a box’s place with the box', () => {
    const read = parties(['Klageorganet for helse og trygd Lars Petter Vold', 'Postboks 6355 Etterstad Nordre Ringvei 31', '0604 Oslo 9731 Karasjok', '', 'Jeg klager herved på vedtaket.', '', 'Hilsen', 'Lars Petter Vold']);
    expect(read).toEqual([{ role: 'appellant', name: 'Lars Petter Vold', address: ['Nordre Ringvei 31', '9731 Karasjok'] }]);
  });
});

describe('a guardian’s letter names the ward and the ward’s address', () => {
  const verge = ['Marte Rustad', 'Skolebakken 41', '1630 Gamle Fredrikstad', '', ...own, '', '15.12.2025', ''];
  const end = ['', 'Jeg er oppnevnt verge for Steinar Nowak og klager på vedtaket på vegne av Steinar.', '', 'Med vennlig hilsen', 'Marte Rustad', 'verge'];
  const ward = (line: string) => parties([...verge, line, ...end]).find((p) => p.role === 'appellant');
  it('after a birth date, or in brackets after "bor i"', () => {
    expect(ward('Gjelder: Steinar Nowak, f. 13.07.1979, Bekkeliveien 53, 1411 Kolbotn')).toEqual({ role: 'appellant', name: 'Steinar Nowak', address: ['Bekkeliveien 53', '1411 Kolbotn'] });
    expect(ward('Sak: klage for Steinar Nowak (bor i Bekkeliveien 53, 1411 Kolbotn)')).toEqual({ role: 'appellant', name: 'Steinar Nowak', address: ['Bekkeliveien 53', '1411 Kolbotn'] });
  });
});

describe('the writer’s address only under the signature, and abroad', () => {
  it('after "Min adresse:" under the name', () => {
    expect(parties(['Til Klageorganet for helse og trygd', '', 'Klage på vedtak', '', 'Jeg klager herved på vedtaket.', '', 'Hilsen', 'Sigrid Vold', 'Min adresse: Storgata 12, 0155 Oslo'])).toEqual([SIGRID]);
  });
  const emigrant = (address: string[]) => parties([...address, '', ...own, '', '12 March 2025', '', 'Dear Sir or Madam,', '', 'I am writing to appeal the decision about my pension.', '', 'Yours faithfully,', 'Sigrid Vold']);
  it('in the United Kingdom, Ireland and New Zealand', () => {
    for (const a of [['Flat 7, 87 Mill Street', 'Newcastle upon Tyne NE1 4ST', 'United Kingdom'], ['58 Castle Road', 'Cork T12 K8AF', 'Ireland'], ['12 Main Street', 'Dublin 8', 'Ireland'], ['23 Kauri Road', 'Auckland 1011', 'New Zealand']]) {
      expect(emigrant(['Sigrid Vold', ...a]), a.join(' | ')).toEqual([{ role: 'appellant', name: 'Sigrid Vold', address: a }]);
    }
  });
  it('never reads a street and a number over "Norge" as a postcode line', () => {
    expect(parties(['Sigrid Vold', 'Storgata 12', 'Norge', '', ...own, '', 'Jeg klager herved på vedtaket.', '', 'Hilsen', 'Sigrid Vold'])).toEqual([{ role: 'appellant', name: 'Sigrid Vold', address: [] }]);
  });
});

describe('scan marks the ninth slice’s noisy letters showed in addresses given wrong', () => {
  const letter = (address: string[]) => parties(['Sigrid Vold', ...address, '', ...own, '', 'Jeg klager herved på vedtaket.', '', 'Hilsen', 'Sigrid Vold']).find((p) => p.role === 'appellant');
  it('withholds a Swedish "väg" read with a ring before the street’s kind, and keeps the street as written', () => {
    expect(letter(['Järnvågsgatan 2', '451 55 Uddevalla', 'Sverige'])).toMatchObject({ address: [], addressWithheld: expect.any(String) });
    expect(letter(['Järnvägsgatan 2', '451 55 Uddevalla', 'Sverige'])).toMatchObject({ address: ['Järnvägsgatan 2', '451 55 Uddevalla', 'Sverige'] });
  });
  it('withholds a Norwegian street whose first word the scan broke after its capital', () => {
    expect(letter(['H esteskoen 74', '0705 Oslo'])).toMatchObject({ address: [], addressWithheld: expect.any(String) });
    expect(letter(['Hesteskoen 74', '0705 Oslo'])).toMatchObject({ address: ['Hesteskoen 74', '0705 Oslo'] });
  });
});
