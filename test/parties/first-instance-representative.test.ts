import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { labelledRepresentativeLine } from '../../domain/parties/representative-line.ts';

/**
 * A first instance's letter (a transfer, a ruling, comments) names the appellant's representative on a
 * labelled line beside its own contact people (issue #16, round 2). The label decides: the appellant's
 * fullmektig counts, the unit's "Kontaktperson" or "Saksbehandler" never does. Names and streets here
 * are not the development slice's.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const nav = ['NAV Klageinstans Midt', 'Postboks 7005 St. Olavs plass', '0130 Oslo'];
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const transfer = (...partyLines: string[]) =>
  [...nav, '', ...own, '', 'Oversendelse av klage', '', ...partyLines, '', 'Vi har vurdert klagen på nytt og oversender saken.', '', 'Med hilsen', 'NAV Klageinstans Midt', '', 'Gunnhild Sande', 'saksbehandler'].join('\n');

describe("a first instance's letter", () => {
  it('gives the labelled fullmektig with firm and address', () => {
    const text = transfer('Klager: Åse Brekke, Lundeveien 4, 3825 Lunde', 'Fullmektig: Advokat Torgeir Lie, Advokatfirmaet Lie AS, Kongens gate 2, 7011 Trondheim', 'Kontaktperson: Arne Vik');
    expect(role(text, 'representative')).toMatchObject({ name: 'Torgeir Lie', firm: 'Advokatfirmaet Lie AS', address: ['Kongens gate 2', '7011 Trondheim'] });
    expect(role(text, 'appellant')).toMatchObject({ name: 'Åse Brekke', address: ['Lundeveien 4', '3825 Lunde'] });
  });

  it('reads "Klagers fullmektig", "Prosessfullmektig" and a Swedish "Ombud" the same way, a firm and a town being no address', () => {
    expect(role(transfer('Klager: Åse Brekke', 'Klagers fullmektig: advokatfullmektig Mona Dahl, Dahl Advokat DA'), 'representative')).toMatchObject({ name: 'Mona Dahl', firm: 'Dahl Advokat DA', address: [] });
    expect(role(transfer('Klager: Åse Brekke', 'Prosessfullmektig: advokat Mona Dahl'), 'representative')).toMatchObject({ name: 'Mona Dahl' });
    expect(role(transfer('Klagande: Åse Brekke', 'Ombud: advokat Mona Dahl, Dahl & Berg KB, Karlstad'), 'representative')).toMatchObject({ name: 'Mona Dahl', firm: 'Dahl & Berg KB', address: [] });
  });

  it('gives no representative for the unit’s own contact person or case worker', () => {
    for (const line of ['Kontaktperson: Arne Vik', 'Saksbehandler: Arne Vik', 'Vår saksbehandler: Arne Vik', 'Kontakt: Arne Vik, tlf. 55 55 55 55']) {
      expect(role(transfer('Klager: Åse Brekke, Lundeveien 4, 3825 Lunde', line), 'representative')).toBeUndefined();
    }
  });

  it('keeps the appellant’s fields when a "Verge:" line stands right above them (a labelled line is no heading)', () => {
    const text = transfer('Verge: Olav Brekke', 'Klager: Åse Brekke, Lundeveien 4, 3825 Lunde');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Åse Brekke', address: ['Lundeveien 4', '3825 Lunde'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Olav Brekke', address: [] });
  });

  it('reads an office reached through its person ("… v/ Name")', () => {
    expect(labelledRepresentativeLine('Fullmektig: Aarhus Kommune, Pensionsrådgivning v/ Lise Holm')).toMatchObject({ name: 'Lise Holm', firm: 'Aarhus Kommune, Pensionsrådgivning' });
  });
});

describe("a transfer's sentence forwarding a lawyer's appeal", () => {
  it('gives the lawyer, firm and address when the sentence says "på vegne av"', () => {
    const text = transfer('Vedlagt følger klage fra advokat Torgeir Lie, Advokatfirmaet Lie AS, Kongens gate 2, 7011 Trondheim, på vegne av Åse Brekke.', '', 'Klager: Åse Brekke, Lundeveien 4, 3825 Lunde');
    expect(role(text, 'representative')).toMatchObject({ name: 'Torgeir Lie', firm: 'Advokatfirmaet Lie AS', address: ['Kongens gate 2', '7011 Trondheim'] });
  });

  it('gives none when the appeal is the appellant’s own', () => {
    const text = transfer('Vedlagt følger klage fra Åse Brekke av 12.10.2026.', '', 'Klager: Åse Brekke, Lundeveien 4, 3825 Lunde');
    expect(role(text, 'representative')).toBeUndefined();
  });
});

describe("a transfer's sentence with the appeal's date", () => {
  it('reads past the date\'s dots to the lawyer', () => {
    const text = transfer('Vedlagt følger klage av 03.11.2026 fra advokat Torgeir Lie, Advokatfirmaet Lie AS, på vegne av Åse Brekke.', '', 'Klager: Åse Brekke');
    expect(role(text, 'representative')).toMatchObject({ name: 'Torgeir Lie', firm: 'Advokatfirmaet Lie AS', address: [] });
  });
});

describe('an e-mail from someone writing for the appellant', () => {
  const mail = (from: string, body: string[]) => [`Frå: ${from} <post@example.no>`, 'Til: post@klageorganet.no', 'Emne: Merknader i saka', '', ...body].join('\n');

  it('makes its sender the representative', () => {
    const text = mail('Sigrid Vatne', ['Me har fått nytt brev frå kommunen som stadfestar at det ikkje er ledig plass.', '', 'Helsing Sigrid Vatne', 'på vegner av Jon Vatne']);
    expect(role(text, 'appellant')).toMatchObject({ name: 'Jon Vatne' });
    expect(role(text, 'representative')).toMatchObject({ name: 'Sigrid Vatne', address: [] });
  });

  it('gives none when the sender writes for themself', () => {
    const text = mail('Jon Vatne', ['Eg har fått nytt brev frå kommunen som stadfestar at det ikkje er ledig plass.', '', 'Helsing Jon Vatne']);
    expect(role(text, 'representative')).toBeUndefined();
  });
});

describe("a lawyer's letter whose letterhead address is not read as a block", () => {
  it('gives the signing lawyer under a law firm’s head as the representative', () => {
    const text = ['ADVOKATFIRMAET VIK DA', 'Torget 3, 7011 Trondheim · post@vikadv.no', '', 'Nav klageinstans Midt-Norge', 'Vår ref.: 26-1001', '', 'Åse Brekke – merknader til oversendelsesbrev', '', 'Vi har mottatt oversendelsen og har følgende merknader.', '', 'Med vennlig hilsen', 'Torgeir Vik', 'advokat'].join('\n');
    expect(role(text, 'representative')).toMatchObject({ name: 'Torgeir Vik' });
  });

  it('gives the signer with no title under a firm named first ("KLUGE ADVOKATFIRMA AS")', () => {
    const text = ['BERG ADVOKATFIRMA AS', '', 'Helfo', 'Vår ref.: 26-1002', '', 'Merknader til oversendelsen', '', 'Vi har følgende merknader til oversendelsen.', '', 'Med vennlig hilsen', 'Torgeir Vik'].join('\n');
    expect(role(text, 'representative')).toMatchObject({ name: 'Torgeir Vik' });
  });

  it('gives none for a lawyer employed by a first instance who signs its letter', () => {
    const text = ['NAV KLAGEINSTANS MIDT', '', 'Merknader til klagen fra Åse Brekke', '', 'Vi har vurdert klagen og har følgende merknader.', '', 'Med vennlig hilsen', 'Torgeir Vik', 'advokat'].join('\n');
    expect(role(text, 'representative')).toBeUndefined();
  });
});
