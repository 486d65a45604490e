import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties, readParties } from '../../domain/parties/index.ts';
import { ID_A, ID_B } from '../support/national-ids.ts';

/**
 * The cues that do not depend on where a letter puts things (issue #16, new writers): labelled fields
 * in any layout, addresses in sentences and whose they are, one-line addresses abroad, quoted replies,
 * side-by-side heads, guardians and kin, clients, copy lines. Each case is a letter a layout-bound
 * reader got wrong.
 */
const hash = (id: string) => (id === ID_A ? 'a' : id === ID_B ? 'b' : 'c').repeat(64);
const parties = (text: string) => extractParties(text, { hashNationalId: hash, postcodes: norwegianPostcodes() });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const own = ['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo'];

describe('labelled fields, whatever the layout', () => {
  it('reads a form in boxes with the name split into given and family name', () => {
    const text = ['KLAGESKJEMA', '+--------------------------------------+', '| Fornavn: Torild | Etternavn: Bråten |', `| Fødselsnummer: ${ID_A} |`, '| Adresse: Haugeveien 12 |', '| Postnr.: 7808 | Poststed: NAMSOS |', '+--------------------------------------+', '', 'Jeg klager på vedtaket.'].join('\n');
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Torild Bråten', address: ['Haugeveien 12', '7808 NAMSOS'], nationalIdHash: 'a'.repeat(64) });
  });

  it('reads a transfer letter’s table: labels in a column, the postcode line indented under the street', () => {
    const text = ['Nav Arbeid og ytelser', '', ...own, '', 'Oversendelse av klage', '', 'Navn                   Amina Løvås', `Fødselsnummer          ${ID_A}`, 'Adresse                Tårnvegen 104', '                       9240 Tromsø', '', 'Med vennlig hilsen', 'Nav Arbeid og ytelser', '', 'Nora Tran', 'saksbehandler'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Amina Løvås', address: ['Tårnvegen 104', '9240 Tromsø'] });
  });

  it('reads a header row over a row of values', () => {
    const text = ['Helfo', '', ...own, '', 'Navn         | Fødselsnr.  | Adresse', `Gunnar Sørli | ${ID_A} | Jernbanegata 127, 4647 Brennåsen`, '', 'Med vennlig hilsen', 'Helfo'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Gunnar Sørli', address: ['Jernbanegata 127', '4647 Brennåsen'] });
  });

  it('reads labels over their values and dot leaders', () => {
    const over = ['Skjema', '', 'Navn', 'Liv Berg', '', 'Adresse', 'Sjøgata 4', '', 'Postnr.   Poststed', '8006   Bodø', '', 'Jeg klager.'].join('\n');
    const dots = ['Etternavn ........ Hansen', 'Fornavn ....... Per', 'Adresse ........ Fjellveien 2', 'Postnr./sted ... 9008 Tromsø', '', 'Jeg klager.'].join('\n');
    expect(role(over, 'appellant')).toMatchObject({ name: 'Liv Berg', address: ['Sjøgata 4', '8006 Bodø'] });
    expect(role(dots, 'appellant')).toMatchObject({ name: 'Per Hansen', address: ['Fjellveien 2', '9008 Tromsø'] });
  });

  it('keeps a form’s representative section apart from the appellant', () => {
    const text = ['KLAGESKJEMA', '', 'Navn: Ola Hansen', 'Adresse: Fjellveien 3', 'Postnr. og sted: 9008 Tromsø', '', 'Fullmektig (dersom du har en):', 'Navn: Kari Lunde', 'Adresse: Storgata 1, 0467 Oslo', '', 'Jeg klager på vedtaket.'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ola Hansen', address: ['Fjellveien 3', '9008 Tromsø'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Kari Lunde', address: ['Storgata 1', '0467 Oslo'] });
  });

  it('takes an address field under a "Gjelder:" line as the appellant’s', () => {
    const text = ['NAV Familie- og pensjonsytelser', '', ...own, '', 'OVERSENDELSE AV KLAGESAK', 'Gjelder: Idun Rahimi', 'Postadresse: Lyngveien 66, 4859 Arendal', '', 'Hilsen', 'NAV Familie- og pensjonsytelser', '', 'Torild Nilsen', 'saksbehandler'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Idun Rahimi', address: ['Lyngveien 66', '4859 Arendal'] });
  });
});

describe('addresses in sentences, and whose they are', () => {
  it('the writer’s own ("Svar sendes til meg på …") when the appellant writes', () => {
    const text = [...own, '', `Klage – Signe Lunde – fnr. ${ID_A}`, '', 'Jeg er ikke enig i vedtaket.', 'Svar sendes til meg på Torggata 5, 3015 Drammen.', '', 'Hilsen', 'Signe Lunde'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Signe Lunde', address: ['Torggata 5', '3015 Drammen'] });
  });

  it('the third person’s ("Hun bor i …") when a guardian writes, never the guardian’s own', () => {
    const text = ['Rune Nilsen', 'Markvegen 70', '7603 Levanger', '', 'Jeg er oppnevnt som verge for Eli Rustad og klager på hennes vegne.', 'Hun bor i Postboks 53, 9700 Lakselv.', '', 'Hilsen', 'Rune Nilsen'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Eli Rustad', address: ['Postboks 53', '9700 Lakselv'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Rune Nilsen', address: ['Markvegen 70', '7603 Levanger'] });
  });

  it('an answer asked to go elsewhere (c/o a relative in Norway) wins over the head abroad', () => {
    const text = ['Sarah Walker', '14 Mill Lane', 'Cambridge CB1 2AB', 'United Kingdom', '', 'I hereby appeal against the decision.', 'Please send the reply to c/o Per Lunde, Torggata 5, 3015 Drammen.', '', 'Kind regards', 'Sarah Walker'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Sarah Walker', address: ['c/o Per Lunde', 'Torggata 5', '3015 Drammen'] });
  });

  it('withholds when a sentence gives another address than the head and asks nothing', () => {
    const text = ['Kari Nordmann', 'Storgata 12', '0467 Oslo', '', 'Jeg klager på vedtaket. Jeg bor i Torggata 5, 3015 Drammen.', '', 'Hilsen', 'Kari Nordmann'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Kari Nordmann', address: [], addressWithheld: expect.stringContaining('two different') });
  });

  it('a client’s address after the name in a lawyer’s sentence, c/o included', () => {
    const text = ['Advokatfirmaet Lie AS', 'Bakkegata 14', '2601 Lillehammer', '', ...own, '', 'Jeg representerer min klient Eivind Vestby, c/o Bodil Hovland, Øvre Vollgate 11, 1777 Halden.', 'På vegner av Torild Rustad, Postboks 687, 6429 Molde, klagar vi òg.', '', 'Med vennlig hilsen', 'Yusuf Stokke', 'advokat'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Eivind Vestby', address: ['c/o Bodil Hovland', 'Øvre Vollgate 11', '1777 Halden'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Yusuf Stokke', firm: 'Advokatfirmaet Lie AS' });
  });
});

describe('addresses abroad', () => {
  it('reads a head abroad with the country on its own line', () => {
    const text = ['Axel Karlsson', 'Bahnhofstraße 62', '50667 Köln', 'Tyskland', '', 'Jag överklagar beslutet.', '', 'Vänliga hälsningar', 'Axel Karlsson'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Axel Karlsson', address: ['Bahnhofstraße 62', '50667 Köln', 'Tyskland'] });
  });

  it('reads a one-line address with a Danish floor and the country', () => {
    const text = ['Fra: Mette Poulsen <mette@example.dk>', 'Emne: Klage', '', 'Jeg klager over afgørelsen.', 'Min adresse er Vestergade 12, 2. tv., 8000 Aarhus C, Danmark.', '', 'Med venlig hilsen', 'Mette Poulsen'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Mette Poulsen', address: ['Vestergade 12, 2. tv.', '8000 Aarhus C', 'Danmark'] });
  });
});

describe('e-mails as printed', () => {
  it('cuts the quoted reply: the appeals body’s signature and address are no party’s', () => {
    const text = [
      'Fra: Helge Sørli <helge@example.no>', 'Emne: SV: Klage', '', 'Hei', '', 'Jeg er ikke enig i vedtaket.', '', 'Mvh', 'Helge Sørli', 'Professor Dahls gate 19', '2025 Fjerdingby', '',
      '2.5.2025 skrev Klageorganet <post@klageorgan.example>:', '> Hei Helge', '> Vi har mottatt klagen din.', '> Mvh', '> Dag Nilsen', '> saksbehandler', ...own.map((l) => `> ${l}`),
    ].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Helge Sørli', address: ['Professor Dahls gate 19', '2025 Fjerdingby'] });
  });

  it('names the signer of an e-mail whose From header is only an address', () => {
    const text = ['Fra: kjersti.fossum@hotmail.com', 'Til: post@klageorgan.example', 'Emne: Klage', '', 'Jeg klager herved på vedtaket.', '', 'Mvh', 'Kjersti Fossum'].join('\n');
    expect(role(text, 'appellant')?.name).toBe('Kjersti Fossum');
  });

  it('reads a From header written surname first', () => {
    const text = ['Fra: Fossum, Gunnar <gunnar@example.no>', 'Emne: Klage', '', 'Vedtaket er feil.', '', 'Hilsen', 'G.'].join('\n');
    expect(role(text, 'appellant')?.name).toBe('Gunnar Fossum');
  });

  it('a relative’s e-mail: "mor mi, …" is the appellant and the writer’s address is not hers', () => {
    const text = ['From: hanne@example.no', 'Subject: Klage', '', 'Eg klagar på vedtaket.', 'Dette gjeld mor mi, Oddny Rasmussen.', '', 'Helsing', 'Hanne Rustad', 'Jernbanegata 25, 0154 Oslo'].join('\n');
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Oddny Rasmussen', address: [] });
  });
});

describe('other layouts', () => {
  it('unfolds a head printed beside the recipient’s address', () => {
    const text = ['Nasjonalt klageorgan for helsetjenesten        Ivar Tangen', 'Postboks 6355 Etterstad                        Skogstien 9', '0604 Oslo                                      1850 Mysen', '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Ivar Tangen'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ivar Tangen', address: ['Skogstien 9', '1850 Mysen'] });
  });

  it('names the appellant a transfer says has appealed, and the address from the copy line', () => {
    const text = ['Helfo', 'Postboks 2415', '3104 Tønsberg', '', ...own, '', 'Leif Hagen har klaget på vedtaket av 11.12.2025.', '', 'Hilsen', 'Helfo', '', 'Ahmad Løvås', 'rådgiver', '', 'Gjenpart: Leif Hagen, Kvernhusvegen 2, 3791 Kragerø'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Leif Hagen', address: ['Kvernhusvegen 2', '3791 Kragerø'] });
  });

  it('a form’s "Navn:" label is no first instance ("Nav")', () => {
    expect(role('Navn: Ola Hansen\nAdresse: Fjellveien 3\nPoststed: 9008 Tromsø\n\nJeg klager.', 'first_instance')).toBeUndefined();
  });
});

describe('how well the cues support the appellant’s fields', () => {
  const read = (text: string) => readParties(text, { postcodes: norwegianPostcodes() }).appellant;

  it('an address written twice (the head and the id’s line) is corroborated; once, single', () => {
    const twice = ['Kari Nordmann', 'Storgata 12', '0467 Oslo', '', `Kari Nordmann, fnr. ${ID_A}, Storgata 12, 0467 Oslo`, '', 'Jeg klager.', '', 'Hilsen', 'Kari Nordmann'].join('\n');
    const once = ['Kari Nordmann', 'Storgata 12', '0467 Oslo', '', 'Jeg klager.'].join('\n');
    expect(read(twice)).toMatchObject({ address: 'corroborated', addressCues: expect.arrayContaining(['block', 'with-national-id']) });
    expect(read(once)).toMatchObject({ name: 'single', nameCues: ['head'], address: 'single' });
  });

  it('the name named by the head and the signature is corroborated; no address, no address support', () => {
    const text = ['Fra: Liv Berg <liv@example.no>', '', 'Jeg klager.', '', 'Hilsen', 'Liv Berg'].join('\n');
    expect(read(text)).toMatchObject({ name: 'corroborated', nameCues: expect.arrayContaining(['signature', 'from-header']), address: null });
  });
});

describe('what is not a quoted reply', () => {
  it('a rule to sign on under the closing keeps the signer’s name', () => {
    const text = ['Fra: kari@example.no', 'Emne: Klage', '', 'Jeg klager på vedtaket.', '', 'Med vennlig hilsen', '', '____________________', 'Kari Nordmann', 'Storgata 12', '0467 Oslo'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Kari Nordmann', address: ['Storgata 12', '0467 Oslo'] });
  });

  it('a sentence quoting the decision ("… 12.03.2025 skrev dere følgende:") keeps the rest of the letter', () => {
    const text = [
      ...own, '', `Klage på vedtak – fnr. ${ID_A}`, '', 'Jeg klager på vedtaket.', 'I vedtaket av 12.03.2025 skrev dere følgende:',
      '«Behandlingen dekkes ikke.»', 'Det er feil, for behandlingen var nødvendig.', '', 'Med vennlig hilsen', 'Marit Solberg', 'Haugeveien 12', '7808 Namsos',
    ].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Marit Solberg', address: ['Haugeveien 12', '7808 Namsos'] });
  });

  it('an attribution line still cuts: an address in it, or quoted lines under it', () => {
    const body = ['Fra: Helge Sørli <helge@example.no>', '', 'Jeg er ikke enig.', '', 'Mvh', 'Helge Sørli', 'Professor Dahls gate 19', '2025 Fjerdingby', ''];
    const quoted = ['Hei Helge', 'Mvh', 'Dag Nilsen', ...own];
    const withAddress = [...body, '2.5.2025 kl. 10:14 skrev Klageorganet <post@klageorgan.example>:', ...quoted].join('\n');
    const withQuotes = [...body, 'Klageorganet skrev 2.5.2025 kl. 10:14:', ...quoted.map((l) => `> ${l}`)].join('\n');
    for (const text of [withAddress, withQuotes]) {
      expect(role(text, 'appellant')).toMatchObject({ name: 'Helge Sørli', address: ['Professor Dahls gate 19', '2025 Fjerdingby'] });
    }
  });

  it('a speck read as ">" at one line’s start cuts nothing', () => {
    const text = ['Kari Nordmann', 'Storgata 12', '0467 Oslo', '', '> Jeg klager på vedtaket.', 'Det er feil.', '', 'Hilsen', 'Kari Nordmann'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Kari Nordmann', address: ['Storgata 12', '0467 Oslo'] });
  });
});

describe('a practice that writes about a patient', () => {
  it('is not the appellant when the practice writes about a named patient', () => {
    const text = ['Fjeldstad Kiropraktikk', 'Strandveien 12', '1366 Lysaker', '', ...own, '', `Pasient: Kari Nordmann, fnr. ${ID_A}`, '', 'Jeg støtter klagen.', '', 'Med vennlig hilsen', '', 'Anders Fjeldstad', 'kiropraktor'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Kari Nordmann', address: [] });
  });
});
