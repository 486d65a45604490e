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
