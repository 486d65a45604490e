import { describe, expect, it } from 'vitest';
import { extractParties } from '../../domain/parties/index.ts';
import { ID_A, ID_B, spaced } from '../support/national-ids.ts';

const hash = (id: string) => (id === ID_A ? 'a' : id === ID_B ? 'b' : 'c').repeat(64);
const parties = (text: string) => extractParties(text, { hashNationalId: hash });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);

describe('the appellant who writes for themself', () => {
  it('takes name and address from the head and the id as its hash (nb)', () => {
    const text = [
      'Kari Nordmann', 'Storgata 12B', '0467 Oslo', `Fødselsnummer: ${spaced(ID_A, [6, 5])}`, '',
      'Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo', '',
      'Oslo, 20.03.2025', '', 'Klage på vedtak', '', 'Jeg klager på vedtaket fra Helfo Tannhelse av 12.03.2025.', '',
      'Med vennlig hilsen', '', 'Kari Nordmann',
    ].join('\n');
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'], nationalIdHash: 'a'.repeat(64) });
    expect(role(text, 'first_instance')?.name).toBe('Helfo Tannhelse');
    expect(role(text, 'representative')).toBeUndefined();
  });

  it('reads a nynorsk letter with a c/o line and the postcode on the street line', () => {
    const text = ['Ragnhild Aune', 'c/o Sverre Aune', 'Sjøgata 4, 6800 Førde', '', 'Helseklage', 'Postboks 6355 Etterstad, 0604 Oslo', '', 'Eg klagar på vedtaket frå Nav Arbeid og ytelser Kristiansand.', '', 'Venleg helsing', 'Ragnhild Aune'].join('\n');
    expect(role(text, 'appellant')?.address).toEqual(['c/o Sverre Aune', 'Sjøgata 4, 6800 Førde']);
    expect(role(text, 'first_instance')?.name).toBe('Nav Arbeid og ytelser Kristiansand');
  });

  it('reads Swedish and Danish heads with their postcodes', () => {
    const sv = ['Ebba Lindqvist', 'Karlavägen 40', 'SE-114 49 Stockholm', '', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Jag överklagar beslutet.', '', 'Med vänliga hälsningar', 'Ebba Lindqvist'].join('\n');
    const da = ['Søren Madsen', 'Nørrebrogade 12', 'DK-2200 København N', '', 'Jeg klager over afgørelsen.', '', 'Med venlig hilsen', 'Søren Madsen'].join('\n');
    expect(role(sv, 'appellant')).toMatchObject({ name: 'Ebba Lindqvist', address: ['Karlavägen 40', 'SE-114 49 Stockholm'] });
    expect(role(da, 'appellant')).toMatchObject({ name: 'Søren Madsen', address: ['Nørrebrogade 12', 'DK-2200 København N'] });
  });
});

describe('other shapes of letter', () => {
  it('an e-mail: the name from the From header, the address under the signature', () => {
    const text = ['Fra: Kari Solberg <kari.solberg@example.no>', 'Til: post@klageorgan.example', 'Emne: Klage', '', 'Hei', '', 'Jeg vil klage på vedtaket fra Helfo.', '', 'Mvh', 'Kari Solberg', 'Løvåsveien 17 B', '5145 Fyllingsdalen', 'Tlf 952 18 330'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Kari Solberg', address: ['Løvåsveien 17 B', '5145 Fyllingsdalen'] });
  });

  it('a form: labelled name, address and postcode fields', () => {
    const text = ['KLAGESKJEMA', '', 'Navn: Ola Hansen', 'Adresse: Fjellveien 3', 'Postnr. og sted: 9008 Tromsø', `Fødselsnummer: ${ID_A}`, '', 'Jeg klager på vedtaket.'].join('\n');
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Ola Hansen', address: ['Fjellveien 3', '9008 Tromsø'], nationalIdHash: 'a'.repeat(64) });
  });

  it('a transfer that gives the appellant and the address on one line', () => {
    const text = ['Helfo', 'Postboks 2415', '3104 Tønsberg', '', 'Vi oversender klagesak for Liv Berg.', '', 'Klager: Liv Berg, Storgata 1, 0467 Oslo'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Liv Berg', address: ['Storgata 1', '0467 Oslo'] });
  });

  it('a doctor writing under their own name about a patient: the head is the sender’s, not the appellant’s', () => {
    const text = ['Per Hansen', 'Spesialist i allmennmedisin', 'Storgata 1', '0467 Oslo', '', 'LEGEERKLÆRING', '', `Pasient: Kari Nordmann, fnr. ${ID_A}`, '', 'Med vennlig hilsen', 'Per Hansen', 'lege'].join('\n');
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Kari Nordmann', address: [], nationalIdHash: 'a'.repeat(64) });
    expect(role(text, 'sender')).toMatchObject({ name: 'Per Hansen', address: ['Storgata 1', '0467 Oslo'] });
  });
});

describe('names as people write them', () => {
  it('reads initials, capitals after a label and a name between dashes in a subject line', () => {
    const initials = ['Kari M. Nordmann', 'Storgata 1', '0467 Oslo', '', 'Jeg klager.', '', 'Hilsen', 'Kari M. Nordmann'].join('\n');
    expect(role(initials, 'appellant')).toMatchObject({ name: 'Kari M. Nordmann', address: ['Storgata 1', '0467 Oslo'] });
    expect(role('Helfo\nPostboks 2415\n3104 Tønsberg\n\nKlager: OLA HANSEN\n\nVi oversender saken.', 'appellant')?.name).toBe('Ola Hansen');
    expect(role('ADVOKAT PER EIDE\nKirkeveien 5\n5003 Bergen\n\nKlage – Liv Berg – stønad til tannbehandling\n\nVi viser til vedtaket.', 'appellant')?.name).toBe('Liv Berg');
  });
});

describe('representatives', () => {
  it('names the lawyer, the firm and its address; the client has no address in the letter (en)', () => {
    const text = [
      'Advokatfirmaet Berg & Lunde AS', 'v/ advokat Per Eide', 'Kirkeveien 5', '5003 Bergen', 'Tlf. 55 12 34 56', '',
      'Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo', '',
      `We act on behalf of our client Anna Smith (${ID_B}) and appeal the decision of Helfo Utland.`, '',
      'Yours sincerely', 'Advokatfirmaet Berg & Lunde AS', '', 'Per Eide', 'advokat',
    ].join('\n');
    expect(role(text, 'representative')).toEqual({ role: 'representative', name: 'Per Eide', firm: 'Advokatfirmaet Berg & Lunde AS', address: ['Kirkeveien 5', '5003 Bergen'] });
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Anna Smith', address: [], nationalIdHash: 'b'.repeat(64) });
  });

  it('a relative who writes on behalf of the appellant is the representative, and their address is not the appellant’s', () => {
    const text = ['Halvard Hussain', 'Kong Oscars gate 12', '0661 Oslo', '', 'Jeg skriver på vegne av min mor, Kari Myklebust, som ikke klarer å skrive selv.', '', 'Vennlig hilsen', 'Halvard Hussain'].join('\n');
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Kari Myklebust', address: [] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Halvard Hussain', address: ['Kong Oscars gate 12', '0661 Oslo'] });
  });
});

describe('first instance letters', () => {
  it('a transfer letter names the first instance from its letterhead and the appellant from the text', () => {
    const text = ['NAV ARBEID OG YTELSER', 'Postboks 6600 Etterstad', '0607 Oslo', '', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad, 0604 Oslo', '', `Vi oversender klagesak for Ola Hansen, fødselsnummer ${ID_A}, som gjelder arbeidsavklaringspenger.`, '', 'Med vennlig hilsen', 'NAV Arbeid og ytelser'].join('\n');
    expect(role(text, 'first_instance')).toEqual({ role: 'first_instance', name: 'NAV Arbeid og ytelser', address: ['Postboks 6600 Etterstad', '0607 Oslo'] });
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Ola Hansen', address: [], nationalIdHash: 'a'.repeat(64) });
  });
});

describe('a wrong address is worse than none', () => {
  it('withholds an address whose postcode OCR has damaged, and says why', () => {
    const text = ['Kari Nordmann', 'Storgata 12', 'O467 Oslo', '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Kari Nordmann'].join('\n');
    const appellant = role(text, 'appellant');
    expect(appellant).toMatchObject({ name: 'Kari Nordmann', address: [] });
    expect(appellant?.addressWithheld).toMatch(/postcode/);
  });

  it('withholds the head’s address when the letter speaks of a power of attorney but names nobody else', () => {
    const text = ['Per Olsen', 'Fjellveien 3', '9008 Tromsø', '', 'Jeg har fullmakt fra min bror og klager på vedtaket.', '', 'Hilsen', 'Per Olsen'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Per Olsen', address: [], addressWithheld: expect.stringContaining('behalf') });
  });

  it('withholds the head’s address when the signature is another person’s', () => {
    const text = ['Kari Nordmann', 'Storgata 12', '0467 Oslo', '', 'Jeg klager på vedtaket.', '', 'Med vennlig hilsen', 'Liv Berg'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ address: [], addressWithheld: expect.stringContaining('signature') });
  });

  it('withholds the address when the name is written two nearly equal ways (one is a misread)', () => {
    const text = ['Fra: Synnøve Grønli <s@example.no>', '', 'Eg klagar på vedtaket.', '', 'Helsing', 'Synnøve Granli', 'Sjøgata 4', '8006 Bodø'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ address: [], addressWithheld: expect.stringContaining('two ways') });
  });

  it('names nobody in a letter without a name', () => {
    expect(parties('Jeg klager på vedtaket om tannbehandling.\n\nHilsen')).toEqual([]);
  });
});
