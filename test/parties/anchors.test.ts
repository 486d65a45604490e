import { describe, expect, it } from 'vitest';
import { extractParties } from '../../domain/parties/index.ts';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { idAnchors } from '../../domain/parties/anchors.ts';
import { ID_A, ID_B, spaced } from '../support/national-ids.ts';

const postcodes = norwegianPostcodes();
const hash = (id: string) => (id === ID_A ? 'a' : id === ID_B ? 'b' : 'c').repeat(64);
const parties = (text: string) => extractParties(text, { hashNationalId: hash, postcodes });
const appellant = (text: string) => parties(text).find((p) => p.role === 'appellant');

describe('the national id names its holder, wherever the letter writes it', () => {
  it("a first instance's transfer: the name in the subject line, the address on the next line", () => {
    const text = [
      'NAV ARBEID OG YTELSER ÅLESUND', 'Postboks 1500, 6025 Ålesund', '', 'Klageinstansen', 'Postboks 4104', '0168 Oslo', '',
      `Oversendelse av klagesak – sykepenger – Arne Kvalheim, fnr. ${ID_A}`, 'Adresse: Sjøgata 4, 6002 Ålesund', '',
      'Vi oversender klagesaken til behandling.', '', 'Med hilsen', 'Randi Aasen', 'saksbehandler',
    ].join('\n');
    expect(appellant(text)).toEqual({ role: 'appellant', name: 'Arne Kvalheim', address: ['Sjøgata 4', '6002 Ålesund'], nationalIdHash: 'a'.repeat(64) });
  });

  it("a doctor's record system: surname first in capitals, the address after the id on the same line", () => {
    const text = ['SYSTEM X · Tolvsrød legesenter · Tolvsrødveien 2, 3150 Tolvsrød', 'ERKLÆRING', `Pasient: NORDMANN, KARI (${ID_A})    Adresse: Eikeveien 3, 3150 Tolvsrød`, '', 'Etter min vurdering er det uforsvarlig.', '', 'Anne Hov, fastlege'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Kari Nordmann', address: ['Eikeveien 3', '3150 Tolvsrød'] });
  });

  it('a note with the name over the id at its foot, and no closing', () => {
    const text = ['Til klageinstansen', '', 'Eg klagar på vedtaket.', '', 'Synnøve Nesheim', `fnr. ${spaced(ID_A, [6, 5])}`, 'Hafstadvegen 31', '6800 Førde', '', 'Førde 26/10'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Synnøve Nesheim', address: ['Hafstadvegen 31', '6800 Førde'] });
  });

  it('a tribunal ruling: "Ankende part: name, street, postcode place, f.nr."', () => {
    const text = ['TRYGDERETTEN', '', 'KJENNELSE', `Ankende part: Geir Ottesen, Myrveien 19, 7600 Levanger, f.nr. ${ID_A}`, 'Ankemotpart: Klageinstansen'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Geir Ottesen', address: ['Myrveien 19', '7600 Levanger'] });
  });

  it("a mother writing with her own head on behalf of her son, with his id: he is the appellant, she his representative", () => {
    const text = ['Camilla Berntsen', 'Markveien 5', '2010 Strømmen', '', 'Klageinstansen', '', `Jeg klager på vegne av sønnen min Emil Berntsen, f.nr. ${ID_A}.`, '', 'Hilsen', 'Camilla Berntsen'].join('\n');
    const found = parties(text);
    expect(found.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Emil Berntsen', address: [], nationalIdHash: 'a'.repeat(64) });
    expect(found.find((p) => p.role === 'representative')).toMatchObject({ name: 'Camilla Berntsen', address: ['Markveien 5', '2010 Strømmen'] });
  });

  it('withholds the address when the head and the id line give the appellant two addresses', () => {
    const text = ['Kari Nordmann', 'Storgata 1', '0467 Oslo', '', 'Jeg klager på vedtaket.', '', `Kari Nordmann, fnr. ${ID_A}, Kirkeveien 4, 0368 Oslo`, '', 'Hilsen', 'Kari Nordmann'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Kari Nordmann', address: [], addressWithheld: 'the letter writes two different addresses for the appellant' });
  });

  it("an e-mail's own id and address lines belong to its writer", () => {
    const text = ['From: James Smith <j@example.com>', 'Subject: appeal', '', 'I am appealing the decision.', '', `ID number: ${ID_A}`, 'Address: Kongsgårdbakken 9, 4005 Stavanger', '', 'Regards', 'James Smith'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'James Smith', address: ['Kongsgårdbakken 9', '4005 Stavanger'] });
  });

  it('"Undertegnede", honorifics and other label words are no part of the name', () => {
    expect(idAnchors(`Undertegnede Øystein Myklebust (${ID_A}) gir samtykke.`)[0]?.name).toBe('Øystein Myklebust');
    expect(idAnchors(`Subject: Mr Oliver Grant, Norwegian ID ${ID_A}`)[0]?.name).toBe('Oliver Grant');
    expect(idAnchors(`Hei. Søsteren min Marit Grønvold (fnr ${ID_A}) har fått et brev. Hun bor Solbakken 2, 2380 Brumunddal.`)[0]).toMatchObject({ name: 'Marit Grønvold', address: ['Solbakken 2', '2380 Brumunddal'] });
  });

  it('a writer whose head names someone else by id, without words of representation, is the sender', () => {
    const text = ['Camilla Berntsen', 'Markveien 5', '2010 Strømmen', '', `Emil Berntsen, f.nr. ${ID_A}, har fått vedtak. Jeg ber om innsyn.`, '', 'Hilsen', 'Camilla Berntsen'].join('\n');
    const found = parties(text);
    expect(found.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Emil Berntsen', address: [] });
    expect(found.find((p) => p.role === 'sender')).toMatchObject({ name: 'Camilla Berntsen' });
  });

  it('two people with ids: neither is made the appellant by the id alone', () => {
    const text = ['Til klageinstansen', '', `Kari Nordmann, fnr. ${ID_A}`, 'Adresse: Storgata 1, 0467 Oslo', `Ola Nordmann, fnr. ${ID_B}`, 'Adresse: Kirkeveien 4, 0368 Oslo'].join('\n');
    expect(appellant(text)?.address ?? []).toEqual([]);
  });
});

describe('the party a representative or a first instance names without an id', () => {
  const lawyerHead = ['ADVOKATFIRMAET BERG AS', 'Kongens gate 9, 7011 Trondheim', '', 'Nav klageinstans Midt-Norge', '', 'Deres ref.: 2026/40991', 'Trondheim, 27.11.2026', ''];
  const close = ['', 'Med hilsen', 'Hege Berg', 'advokat'];
  it('the subject line names the client between dashes, before or after the topic', () => {
    for (const subject of ['Krav om dekning av saksomkostninger – Ole Martin Rian', 'Ole Martin Rian – merknader til oversendelsesbrev', 'Merknader – fysioterapeut Roar Helland']) {
      const text = [...lawyerHead, subject, '', 'Klienten er meddelt at klagen er tatt til følge.', ...close].join('\n');
      const found = parties(text);
      expect(found.find((p) => p.role === 'appellant')?.name).toBe(subject.includes('Roar') ? 'Roar Helland' : 'Ole Martin Rian');
      expect(found.find((p) => p.role === 'representative')?.name).toBe('Hege Berg');
    }
  });

  it("a letterhead's name and title between dashes is no subject", () => {
    const text = ['Mette Sæther - sakkyndig', 'Granåsen 24, 3510 Hønefoss', '', 'FAKTURA', '', 'Regning for vurdering i saken til Hilde Andersen.'].join('\n');
    expect(parties(text).find((p) => p.role === 'appellant')?.name).not.toBe('Mette Sæther');
  });

  it('the address written after the name in the sentence that names the client, with a business line', () => {
    const text = [...lawyerHead, 'Fristavbrytende klage – tannlege Camilla Rønning', '', 'Vi er engasjert av tannlege Camilla Rønning, Tannlegene i Bogstadveien, Bogstadveien 51, 0366 Oslo, i anledning vedtaket.', ...close].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Camilla Rønning', address: ['Tannlegene i Bogstadveien', 'Bogstadveien 51', '0366 Oslo'] });
    const da = [...lawyerHead, `Anke til Trygderetten – Lars Bendix Nielsen, norsk fødselsnr. ${ID_A}`, 'Vi repræsenterer Lars Bendix Nielsen, bosat Fynsvej 8, 5700 Svendborg.', ...close].join('\n');
    expect(appellant(da)).toMatchObject({ name: 'Lars Bendix Nielsen', address: ['Fynsvej 8', '5700 Svendborg'], nationalIdHash: 'a'.repeat(64) });
  });
});

describe('more ways of writing the id and the address', () => {
  it("a record system's dot leaders and surname-first name over the id", () => {
    const text = ['PRIDOK | Lund legesenter | Lundsvingen 6, 4630 Kristiansand', 'Pasient ......: Tvedt, Kjell Arne', `Fødselsnr ....: ${ID_A}`, 'Adresse ......: Ålandsvei 22, 4631 Kristiansand', '', 'Pasienten ble truet med kniv.', 'Sign.: Marius Grødem, fastlege'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Kjell Arne Tvedt', address: ['Ålandsvei 22', '4631 Kristiansand'] });
  });

  it('a birth date between the name and the id, and the address ending with its sentence', () => {
    const text = ['Bjørn Eide', 'Fjordgata 8', '3125 Tønsberg', '', `Jeg skriver på vegne av min far, Knut Eide, f. 06.10.41 (fnr. ${ID_A}), Eikeveien 3, 3150 Tolvsrød. Fullmakt ligger ved.`, '', 'Vennlig hilsen', 'Bjørn Eide'].join('\n');
    const found = parties(text);
    expect(found.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Knut Eide', address: ['Eikeveien 3', '3150 Tolvsrød'] });
    expect(found.find((p) => p.role === 'representative')).toMatchObject({ name: 'Bjørn Eide', address: ['Fjordgata 8', '3125 Tønsberg'] });
  });

  it("an invoice's head is its supplier's, never the appellant's", () => {
    const text = ['Lium Rådgivning', 'Sverre Lium', 'Parkveien 41', '0258 Oslo', 'Org.nr. 912 771 035 MVA', 'Faktura 2026-31', 'Kunde: Nasjonalt klageorgan for helsetjenesten', 'Sakkyndig uttalelse (sak Storm Eide)', '9 t à kr 1 400   12 600,00'].join('\n');
    const found = parties(text);
    expect(found.find((p) => p.role === 'appellant')?.name).not.toBe('Sverre Lium');
    expect(found.find((p) => p.role === 'appellant')?.address ?? []).toEqual([]);
  });

  it('a title in a subject line in capitals is no part of the name', () => {
    const text = ['KLUGE ADVOKATFIRMA AS', 'Postboks 394 Sentrum, 5805 Bergen', '', 'KLAGE – TAP AV RETTEN TIL DIREKTE OPPGJØR – FYSIOTERAPEUT ROAR HELLAND', '', 'Vi representerer Roar Helland.', '', 'Med vennlig hilsen', 'Silje Vestrheim', 'advokat'].join('\n');
    expect(appellant(text)?.name).toBe('Roar Helland');
  });
});

describe('whose id and whose name', () => {
  it('a guardian named between the party and the id is not the id holder', () => {
    expect(idAnchors(`Ankende part: Amalie Sætre, ved verge Kristin Sætre, fnr. ${ID_A}`)[0]?.name).toBe('Amalie Sætre');
  });

  it('a title before and a register number after a name in a subject line are no part of it', () => {
    const text = ['Helfo', 'Postboks 2415, 3104 Tønsberg', '', 'Oversendelse av klage – psykolog Hanne Storm Eide (HPR 7731902)', '', 'Vi oversender klage på vegne av psykolog Hanne Storm Eide, Storm Psykologpraksis, Munkegata 30, 7011 Trondheim.', '', 'Med hilsen', 'Helfo'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Hanne Storm Eide', address: ['Storm Psykologpraksis', 'Munkegata 30', '7011 Trondheim'] });
  });
});

describe('Danish addresses', () => {
  it('a floor and side after the number ("Skovvejen 12, 1. th.") is part of the street', () => {
    const text = ['Fra: Jonna Pedersen <jonna@example.dk>', 'Emne: Klage', '', 'Jeg klager over afgørelsen.', '', `Mit norske personnummer er ${ID_A}.`, 'Adresse: Skovvejen 12, 1. th., 8000 Aarhus C, Danmark', '', 'Med venlig hilsen', 'Jonna Pedersen'].join('\n');
    expect(appellant(text)).toMatchObject({ name: 'Jonna Pedersen', address: ['Skovvejen 12, 1. th.', '8000 Aarhus C, Danmark'] });
  });
});
