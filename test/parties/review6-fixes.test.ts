import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { DAMAGED_LINE } from '../../domain/parties/address-doubts.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { leadThenAddress } from '../../domain/parties/one-line-address.ts';
import { organisationKind } from '../../domain/parties/organisations.ts';
import { PRACTICE_WORKPLACE_DOUBT } from '../../domain/parties/practice.ts';

/**
 * What a review of session 6's party reader found (issue #16): an employer's or a copy recipient's
 * address given to the appellant, a contact person taken for a representative, right addresses abroad
 * withheld as scan damage, a name in capitals read as a firm.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const own = ['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo'];
const sickPay = ['Klage på vedtak om sykepenger', '', 'Jeg klager på vedtaket datert 12.03.2026. Jeg var syk hele perioden og legen har dokumentert det.', '', 'Med vennlig hilsen'];

describe('the practitioner rule gives a practice’s address only when the practice bears the signer’s name', () => {
  it('withholds an employed nurse’s hospital under her signature, and the hospital’s letterhead above it', () => {
    const under = [...sickPay, 'Kari Berg', 'Sykepleier', 'Ullevål sykehus, Kirkeveien 166, 0450 Oslo'].join('\n');
    const letterhead = ['Oslo universitetssykehus HF', 'Kirkeveien 166', '0450 Oslo', '', ...sickPay, 'Kari Berg', 'sykepleier'].join('\n');
    for (const text of [under, letterhead]) expect(role(text, 'appellant')).toMatchObject({ name: 'Kari Berg', address: [], addressWithheld: PRACTICE_WORKPLACE_DOUBT });
  });

  it('never takes a copy or an attachment line under the signature for the signer’s business', () => {
    for (const line of ['Kopi: Fastlege Per Hansen, Storgata 1, 0150 Oslo', 'Kopi til fastlege Per Hansen, Storgata 1, 0150 Oslo', 'Vedlegg: legeerklæring fra Hansen legekontor, Storgata 1, 0150 Oslo']) {
      const appellant = role([...sickPay, 'Kari Berg', '', line].join('\n'), 'appellant');
      expect(appellant?.name).toBe('Kari Berg');
      expect(appellant?.address).toEqual([]);
    }
  });

  it('still gives a self-employed practitioner the practice named after them, under the signature or in the head', () => {
    const under = [...own, '', 'Jeg klager på vedtaket fra Helfo om min praksis.', '', 'Med vennlig hilsen', 'Anders Fjeldstad', 'kiropraktor', 'Fjeldstad Kiropraktikk, Strandveien 12, 1366 Lysaker'].join('\n');
    expect(role(under, 'appellant')).toMatchObject({ name: 'Anders Fjeldstad', address: ['Fjeldstad Kiropraktikk', 'Strandveien 12', '1366 Lysaker'] });
    const titledHead = ['Dr. Kasim Rahimi', 'Legekontoret i Storgata, Storgata 88, 9008 Tromsø', '', ...own, '', 'Jeg klager på vedtaket fra Helfo om min praksis.', '', 'Mvh', 'Kasim Rahimi', 'fastlege'].join('\n');
    expect(role(titledHead, 'appellant')).toMatchObject({ name: 'Kasim Rahimi', address: ['Legekontoret i Storgata', 'Storgata 88', '9008 Tromsø'] });
  });
});

describe('a labelled representative', () => {
  const transfer = (label: string) =>
    ['NAV Klageinstans Øst', 'Postboks 2001', '0030 Oslo', '', 'Helseklage', 'Postboks 1', '5804 Bergen', '', 'Oversendelse av klagesak', '', 'Klager: Ola Nordmann', '', `${label} Per Olsen`, 'Postboks 2001', '0030 Oslo', '', 'Vi oversender klagesak. Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.', '', 'Med vennlig hilsen', 'Per Olsen', 'saksbehandler'].join('\n');

  it('is no contact person: a transfer letter’s "Kontaktperson:" and an appellant’s are nobody’s fullmektig', () => {
    expect(role(transfer('Kontaktperson:'), 'representative')).toBeUndefined();
    const mine = ['Kari Berg', 'Storgata 12', '0155 Oslo', '', 'Klage på vedtak om sykepenger', '', 'Jeg klager på vedtaket datert 12.03.2026.', '', 'Kontaktperson: Ola Berg', 'Kirkeveien 3', '0450 Oslo', '', 'Med vennlig hilsen', 'Kari Berg'].join('\n');
    expect(role(mine, 'representative')).toBeUndefined();
    expect(role(mine, 'appellant')).toMatchObject({ name: 'Kari Berg', address: ['Storgata 12', '0155 Oslo'] });
  });

  it('is no contact person in a form’s section either', () => {
    const form = ['Klage på vedtak', '', 'Klager', 'Navn: Kari Berg', 'Adresse: Storgata 12, 0155 Oslo', '', 'Kontaktperson', 'Navn: Ola Berg', 'Adresse: Kirkeveien 3, 0450 Oslo', '', 'Jeg klager på vedtaket om sykepenger.', '', 'Med vennlig hilsen', 'Kari Berg'].join('\n');
    expect(role(form, 'representative')).toBeUndefined();
    expect(role(form, 'appellant')).toMatchObject({ name: 'Kari Berg', address: ['Storgata 12', '0155 Oslo'] });
  });

  it('is never read from a block inside a first instance’s letter', () => {
    expect(role(transfer('Fullmektig:'), 'representative')).toBeUndefined();
  });

  it('is still read under its label in the appellant’s own letter, in Danish too', () => {
    const text = ['Klager: Tomas Lunde', 'Lillevannsveien 73', '3137 Torød', '', 'Fuldmægtig: Amund Halvorsen', 'Bakkegata 11', '9008 Tromsø', '', ...own, '', 'Amund Halvorsen har fuldmagt til at klage på mine vegne.', '', 'Med venlig hilsen', 'Tomas Lunde'].join('\n');
    expect(role(text, 'representative')).toMatchObject({ name: 'Amund Halvorsen', address: ['Bakkegata 11', '9008 Tromsø'] });
  });
});

describe('the scan-damage marks apply where they cannot be the language’s own', () => {
  const letter = (address: string[], body: string) => ['Kari Berg', ...address, '', body, '', 'Med vennlig hilsen', 'Kari Berg'].join('\n');

  it('keeps an English or Italian apostrophe and a Spanish "y" in addresses abroad', () => {
    const english = ['12 St John\'s Road', 'Cambridge CB1 2AB', 'United Kingdom'];
    const spanish = ['Calle Ramón y Cajal 4', '29680 Estepona', 'España'];
    const italian = ["Via dell'Orso 5", '00186 Roma', 'Italia'];
    expect(role(letter(italian, 'Jeg klager på vedtaket om behandling i utlandet.'), 'appellant')).toMatchObject({ address: italian });
    expect(role(letter(english, 'I appeal against the decision of 12 March 2026 on reimbursement.'), 'appellant')).toMatchObject({ address: english });
    expect(role(letter(spanish, 'Jeg klager på vedtaket om behandling i utlandet.'), 'appellant')).toMatchObject({ address: spanish });
  });

  it('still withholds a Norwegian address with the marks a scan leaves, and an apostrophe where the language has none', () => {
    for (const address of [["Lil'levannsveien 73", '3137 Torød'], ['Tårnvege n 22', '0467 Oslo'], ["ul. Marszałko'wska 75", 'PL-00-950 Warszawa', 'Polen']]) {
      expect(role(letter(address, 'Jeg klager på vedtaket om sykepenger.'), 'appellant')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    }
  });
});

describe('a legal form', () => {
  it('is the last word of a firm’s name, never a particle in a person’s name in capitals', () => {
    const text = ['SARA DA SILVA', 'Storgata 12', '0155 OSLO', '', ...own, '', 'Klage på vedtak om refusjon', '', 'Jeg klager på vedtaket fra Helfo datert 12.03.2026.', '', 'Med vennlig hilsen', 'Sara da Silva'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Sara da Silva', address: ['Storgata 12', '0155 OSLO'] });
    expect(role(text, 'sender')).toBeUndefined();
    expect(organisationKind(['NGUYEN THI DA'])).toBeNull();
    expect(organisationKind(['Berg Regnskap DA'])).toBe('organisation');
    expect(organisationKind(['Tannhelse Nord IKS'])).toBe('organisation');
  });
});

describe('a name before the first comma, then a one-line address', () => {
  it('splits a business or a person from the address, and leaves a street or a sentence alone', () => {
    expect(leadThenAddress('Fjeldstad Kiropraktikk, Strandveien 12, 1366 Lysaker')).toEqual({ lead: 'Fjeldstad Kiropraktikk', address: ['Strandveien 12', '1366 Lysaker'] });
    expect(leadThenAddress('Kari Nordmann, Calle Mayor 4, 29680 Estepona, Spania')).toEqual({ lead: 'Kari Nordmann', address: ['Calle Mayor 4', '29680 Estepona', 'Spania'] });
    expect(leadThenAddress('Storgata 1, 0467 Oslo')).toBeNull();
    expect(leadThenAddress('jeg bor nå i, Storgata 1, 0467 Oslo')).toBeNull();
    expect(leadThenAddress('Fjeldstad Kiropraktikk, Strandveien 12')).toBeNull();
  });
});
