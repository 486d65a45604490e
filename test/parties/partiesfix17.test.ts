import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/** Session 17, QA's letters L07 and L31: an ombud or a union that assists under a power, or asks for the reply, acts for the person (issue #16). */
const postcodes = norwegianPostcodes();
const role = (lines: string[], r: string) => extractParties(lines.join('\n'), { postcodes }).find((p) => p.role === r);
const TO = ['NAV Arbeid og ytelser', 'Postboks 6600 Etterstad', '0607 Oslo', ''];
const letter = (head: string[], body: string[], signer: string[]) => [...head, '', ...TO, 'Klage', '', ...body, '', 'Med vennlig hilsen', ...signer];

describe('a body that assists under a power of attorney, or asks for the reply, is the representative', () => {
  it('«bistår vårt medlem …, se vedlagte fullmakt» and «svar … sendes til Fagforbundet»: its signer at its address', () => {
    const text = letter(['Fagforbundet', 'Postboks 7003 St. Olavs plass', '0130 Oslo'], ['Fagforbundet bistår vårt medlem Ali Rahimi, Tromsøgata 9, 0565 Oslo, se vedlagte fullmakt.', 'Vi klager på vedtaket om sykepenger.', 'Vi ber om at svar og videre korrespondanse sendes til Fagforbundet v/ undertegnede.'], ['Kari Strand', 'forhandlingsleder']);
    expect(role(text, 'representative')).toMatchObject({ name: 'Kari Strand', firm: 'Fagforbundet', address: ['Postboks 7003 St. Olavs plass', '0130 Oslo'] });
    expect(role(text, 'appellant')?.name).toBe('Ali Rahimi');
  });
  it('«bistår … etter fullmakt» alone, and «Svar bes sendt til ombudet» alone, each make the ombud’s signer the representative', () => {
    for (const body of ['Pasient- og brukerombudet bistår Hans Kvam, Nedre Storgate 8, 3015 Drammen, etter fullmakt. Vi klager på vedtaket.', 'Vi klager på vedtaket om refusjon for Hans Kvam, Nedre Storgate 8, 3015 Drammen. Svar bes sendt til ombudet.']) {
      const text = letter(['Pasient- og brukerombudet i Buskerud', 'Postboks 1146', '3005 Drammen'], [body], ['Eva Nygård', 'seniorrådgiver']);
      expect(role(text, 'representative'), body).toMatchObject({ name: 'Eva Nygård', address: ['Postboks 1146', '3005 Drammen'] });
    }
  });
  it('nynorsk «bistår … fullmakt», Swedish «biträder … fullmakt», English «assists … under a power of attorney», «please send the reply to us»', () => {
    for (const [head, body] of [
      [['Fagforbundet Vestland', 'Postboks 44', '5804 Bergen'], 'Fagforbundet bistår medlemmen vår Ola Rud, Tunvegen 9, 6856 Sogndal, og klagar på vedtaket. Fullmakt ligg i posten.'],
      [['Fagforbundet Vestland', 'Postboks 44', '5804 Bergen'], 'We appeal against the decision for Ola Rud, Tunvegen 9, 6856 Sogndal. Please send the reply to us.'],
      [['Vårdförbundet', 'Box 3260', '103 65 Stockholm', 'Sverige'], 'Vårdförbundet biträder Ola Rud, Tunvegen 9, 6856 Sogndal, enligt fullmakt och överklagar beslutet.'],
      [['Fagforbundet Vestland', 'Postboks 44', '5804 Bergen'], 'The union assists Ola Rud, Tunvegen 9, 6856 Sogndal, under a power of attorney, and appeals against the decision.'],
    ] as const) {
      const text = letter([...head], [body], ['Siri Dale', 'rådgjevar']);
      expect(role(text, 'representative')?.name, body).toBe('Siri Dale');
    }
  });
  it('a reply asked to a person, or help without a power, makes nobody a representative', () => {
    for (const body of ['Vi skriver om vedtaket for Ola Rud, Tunvegen 9, 6856 Sogndal. Svar sendes til Kari Vold.', 'Fagforbundet bistår Ola Rud, Tunvegen 9, 6856 Sogndal, med informasjon om regelverket.']) {
      const text = letter(['Fagforbundet Vestland', 'Postboks 44', '5804 Bergen'], [body], ['Siri Dale', 'rådgjevar']);
      expect(role(text, 'representative'), body).toBeUndefined();
    }
  });
});

describe('a writer who has moved, under the old letterhead: the new address, or none, never the old one', () => {
  const moved = (head: string[], sentence: string, close = 'Med vennlig hilsen') => [...head, '', ...TO, 'Klage', '', `Jeg klager på vedtaket. ${sentence}`, '', close, head[0]!];
  it('«Jeg har flyttet fra <old> til <new>»: the new one', () => {
    const text = moved(['Tor Strøm', 'Storgata 88', '8622 Mo i Rana'], 'NB: Jeg har flyttet fra Storgata 88, 8622 Mo i Rana til Havnegata 3, 9008 Tromsø. Send brev dit.');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Tor Strøm', address: ['Havnegata 3', '9008 Tromsø'] });
  });
  it('«Merk at jeg har flyttet: ny adresse er …» and nynorsk «Eg har flytta, og adressa mi er no …»: the new one', () => {
    expect(role(moved(['Siri Krog', 'Bergstraße 22', '10115 Berlin', 'Tyskland'], 'Merk at jeg har flyttet: ny adresse er Lindenstraße 8, 20099 Hamburg, Tyskland.'), 'appellant')).toMatchObject({ address: ['Lindenstraße 8', '20099 Hamburg', 'Tyskland'] });
    expect(role(moved(['Eli Flatebø', 'Nedre Vollgate 4', '5003 Bergen'], 'Eg har flytta, og adressa mi er no Skulevegen 2, 5470 Rosendal.', 'Venleg helsing'), 'appellant')).toMatchObject({ address: ['Skulevegen 2', '5470 Rosendal'] });
  });
  it('a move whose new address cannot be read: none is given, with a reason', () => {
    const a = role(moved(['Tor Strøm', 'Storgata 88', '8622 Mo i Rana'], 'Jeg har flyttet fra Storgata 88, 8622 Mo i Rana til en leilighet hos søsteren min i Tromsø.'), 'appellant');
    expect(a?.address).toEqual([]);
    expect(a?.addressWithheld).toBeTruthy();
  });
});

describe('a name in the genitive is the same name (QA L21)', () => {
  it('«Pasient: Per Dahl» and «Per Dahls klage» in a transfer: the address is given, not withheld as two spellings', () => {
    const text = ['Pasientreiser Vestre Viken', 'Postboks 800, 3004 Drammen', '', 'OVERSENDELSE AV KLAGESAK', '', 'Pasient:       Per Dahl', 'Adresse:       Skogveien 44, 3616 Kongsberg', '', 'Vi viser til Per Dahls klage av 01.03.2026 på vårt vedtak. Vi opprettholder vedtaket og oversender saken.', '', 'Med hilsen', 'Pasientreiser Vestre Viken', 'Kari Lunde, saksbehandler'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Per Dahl', address: ['Skogveien 44', '3616 Kongsberg'] });
  });
});

describe('a province in brackets after a foreign place (QA L05)', () => {
  it('«03502 Benidorm (Alicante)» over «Spain»: the appellant and the address are read', () => {
    const text = ['Jon Berg', 'Calle de la Marina 22, 3º B', '03502 Benidorm (Alicante)', 'Spain', '', 'Helfo Utland', 'Postboks 2415', '3104 Tønsberg', 'NORWAY', '', 'Appeal', '', 'I hereby appeal against your decision. Please write to me at my address in Spain.', '', 'Yours sincerely,', 'Jon Berg'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Jon Berg', address: ['Calle de la Marina 22, 3º B', '03502 Benidorm (Alicante)', 'Spain'] });
  });
});
