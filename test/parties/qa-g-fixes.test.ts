import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { labelledRepresentativeLine } from '../../domain/parties/representative-line.ts';

/**
 * QA g's letters (session 15), written from SPEC alone by writers the product had never met. The lines are
 * theirs; the national ids are synthetic (month + 80).
 */
const postcodes = norwegianPostcodes();
const read = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => read(text).find((p) => p.role === r);

describe('QA g HIGH-1: a transfer’s «Fullmektig: Fagforbundet v/ jurist …» (g31)', () => {
  const transfer = [
    'Nav Arbeid og ytelser',
    'Postboks 4 St. Olavs plass',
    '0130 Oslo',
    '',
    'Klageinstansen                                Vår ref.: 26/118820',
    '                                              Dato: 26.03.2026',
    '',
    'OVERSENDELSE AV KLAGESAK - SYKEPENGER',
    '',
    'Bruker: Marius Pettersen, fnr. 01838012317, Vollgata 6, 2000 Lillestrøm',
    'Fullmektig: Fagforbundet v/ jurist Anne Grete Lund, Postboks 7003 St. Olavs plass, 0130 Oslo',
    '',
    'Vi oversender klage på vedtak datert 18.02.2026 om avslag på sykepenger fordi arbeidsuførheten ikke skyldes sykdom (folketrygdloven § 8-4).',
    '',
    'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket. Sakens dokumenter følger vedlagt. Kopi av dette brevet er sendt til fullmektig, som kan komme med merknader.',
    '',
    'Med hilsen',
    'Nav Arbeid og ytelser',
  ].join('\n');

  it('gives the union’s jurist as representative, the union as firm and the union’s address', () => {
    expect(role(transfer, 'representative')).toMatchObject({ name: 'Anne Grete Lund', firm: 'Fagforbundet', address: ['Postboks 7003 St. Olavs plass', '0130 Oslo'] });
    expect(role(transfer, 'appellant')).toMatchObject({ name: 'Marius Pettersen', address: ['Vollgata 6', '2000 Lillestrøm'] });
  });

  it('still reads an office reached through its person after a comma, and a town alone is no address', () => {
    expect(labelledRepresentativeLine('Fullmektig: Aarhus Kommune, Pensionsrådgivning v/ Lise Holm, Aarhus')).toMatchObject({ name: 'Lise Holm', firm: 'Aarhus Kommune, Pensionsrådgivning', address: [] });
  });

  it('takes «Bruker:» as Nav’s word for the appellant: the same person as fullmektig acts for himself', () => {
    expect(labelledRepresentativeLine('Bruker: Marius Pettersen\nFullmektig: Marius Pettersen, Vollgata 6, 2000 Lillestrøm')).toBeNull();
  });
});

describe('QA g M1: an address the letter gives as its writer’s is read', () => {
  it('a law firm’s letterhead line with the organisation number after a dash (g08)', () => {
    const text = [
      'ADVOKATFIRMAET SANDVIK & BERG AS',
      'Postboks 1234 Vika, 0110 Oslo  -  Org.nr. 912 345 678',
      '',
      'Klageinstansen                                      Oslo, 27. februar 2026',
      '                                                    Vår ref.: 5123-4/MS',
      '',
      'KLAGE PÅ VEDTAK OM YRKESSKADE - RUNE ELLINGSEN',
      '',
      'Vi representerer Rune Ellingsen, fnr. 09867112372, Industrivegen 4, 4020 Stavanger, jf. vedlagte fullmakt.',
      '',
      'Det klages på Nav Yrkesskades vedtak datert 06.02.2026, hvor godkjenning av skade som yrkesskade etter folketrygdloven § 13-3 ble avslått.',
      '',
      'Med vennlig hilsen',
      'Advokatfirmaet Sandvik & Berg AS',
      'Marte Sandvik',
      'advokat',
    ].join('\n');
    const representative = role(text, 'representative');
    expect(representative?.name).toBe('Marte Sandvik');
    expect(representative?.address.join(', ')).toBe('Postboks 1234 Vika, 0110 Oslo');
    // QA g LOW: the genitive of «Nav Yrkesskades vedtak» is no part of the unit's name.
    expect(role(text, 'first_instance')?.name).toBe('Nav Yrkesskade');
  });

  it('a foreign letterhead on one line, country last (g36), and the client named without «Mr»', () => {
    const text = [
      'HOFFMANN LEGAL',
      'Friedrichstraße 50, 10117 Berlin, Germany',
      '',
      'To the appeals body                                   Berlin, 7 April 2026',
      '                                                      Our ref.: KH/2026/117',
      '',
      'Appeal on behalf of Mr Ola Nygård - planned treatment in Germany',
      '',
      'We act for Mr Ola Nygård, national identity number 15835812488, resident at Lindenstraße 22, 10969 Berlin. A power of attorney is enclosed.',
      '',
      "Our client appeals against Helfo's decision of 10 March 2026 refusing prior authorisation (S2) for proton therapy.",
      '',
      'Please send all correspondence to this office.',
      '',
      'Yours faithfully,',
      'Klaus Hoffmann',
      'Attorney at law',
    ].join('\n');
    expect(role(text, 'representative')?.address).toEqual(['Friedrichstraße 50', '10117 Berlin', 'Germany']);
    expect(role(text, 'appellant')?.name).toBe('Ola Nygård');
  });

  it('«Adressen min er …» in a printed e-mail’s body (g03)', () => {
    const text = [
      'Fra: Camilla Strand <camilla.strand@example.no>',
      'Sendt: mandag 23. februar 2026 21:14',
      'Til: post@klageinstans.example.no',
      'Emne: SV: Klage på vedtak om sykepenger - fnr 22828512483',
      '',
      'Hei,',
      '',
      'Jeg klager herved på vedtaket om stans av sykepenger datert 12.02.2026. Jeg er fortsatt 100 % sykmeldt.',
      '',
      'Adressen min er Løvåsveien 9, 1352 Kolsås.',
      '',
      'Mvh',
      'Camilla Strand',
      'tlf 934 56 789',
    ].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Camilla Strand', address: ['Løvåsveien 9', '1352 Kolsås'] });
  });

  it('a Spanish block with the province after the town (g48)', () => {
    const text = [
      'Margaret Olsen',
      'Calle Mayor 12',
      '03590 Altea, Alicante',
      'Spain',
      '',
      '12 May 2026',
      '',
      'Norwegian ID number: 02815012391',
      '',
      'Appeal - blue prescription',
      '',
      "I am writing to appeal against Helfo's decision of 30 April 2026 refusing reimbursement of my medicines.",
      '',
      'Kind regards,',
      'Margaret Olsen',
    ].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Margaret Olsen', address: ['Calle Mayor 12', '03590 Altea, Alicante', 'Spain'] });
  });
});

describe('QA g LOW: names as written by an EPJ', () => {
  it('«Pasient: Dahl, Lars Henrik» beside the id is Lars Henrik Dahl (g22)', () => {
    const text = [
      'Kongsberg legesenter - Infodoc Plenario                        Side 1 av 1',
      '',
      'LEGEERKLÆRING',
      '',
      'Pasient: Dahl, Lars Henrik           Fødselsnr: 11849012306',
      'Adr.: Kirkegata 18, 3616 Kongsberg',
      '',
      'Vurdering: Pasienten har vært arbeidsufør fra 05.01.2026 på grunn av ryggsmerter.',
      '',
      'Kongsberg 13.03.2026',
      'Kjetil Brå, lege',
    ].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Lars Henrik Dahl', address: ['Kirkegata 18', '3616 Kongsberg'] });
  });
});
