import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Issue #16, review of session 7's representative rules: a wrong representative sends the
 * acknowledgement to the wrong person, so each letter here was given one and must give none (or the
 * right one). The letters are the reviewer's probes; names and addresses are synthetic.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const nav = ['NAV Klageinstans Midt', 'Postboks 7005 St. Olavs plass', '0130 Oslo'];
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const appellant = 'Klager: Åse Brekke, Lundeveien 4, 3825 Lunde';
const transfer = (...partyLines: string[]) =>
  [...nav, '', ...own, '', 'Oversendelse av klage', '', ...partyLines, '', 'Vi har vurdert klagen på nytt og oversender saken.', '', 'Med hilsen', 'NAV Klageinstans Midt', '', 'Gunnhild Sande', 'saksbehandler'].join('\n');

describe('a labelled line that is the letter’s own side (finding 1)', () => {
  it('gives none for Nav’s lawyer under an anke’s counterparty', () => {
    const text = [...nav, '', 'Trygderetten', 'Postboks 8024 Dep', '0030 Oslo', '', 'Oversendelse av anke', '', 'Ankende part: Åse Brekke, Lundeveien 4, 3825 Lunde', '', 'Ankemotpart: NAV', 'Prosessfullmektig: advokat Per Moe, NAV Juridisk avdeling, Postboks 5, 0101 Oslo', '', 'Vi oversender anken.', '', 'Med hilsen', 'NAV Klageinstans Midt', '', 'Gunnhild Sande', 'saksbehandler'].join('\n');
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Åse Brekke' });
  });

  it('gives none for a Nav lawyer on an Ombud line', () => {
    expect(role(transfer(appellant, 'Ombud: advokat Per Moe, NAV Juridisk avdeling, Postboks 5, 0101 Oslo'), 'representative')).toBeUndefined();
  });

  it('gives none for the first instance’s case worker on a Representant line', () => {
    expect(role(transfer(appellant, 'Representant: Arne Vik, NAV Klageinstans Midt'), 'representative')).toBeUndefined();
  });

  it('gives none for a GP on a Representant line', () => {
    expect(role(transfer(appellant, 'Representant: fastlege Kari Lunde, Lunde legekontor, Storgata 1, 3825 Lunde'), 'representative')).toBeUndefined();
  });

  it('gives none for a signer of the letter, also the second one or by initial', () => {
    const twoSigners = [...nav, '', ...own, '', 'Oversendelse av klage', '', appellant, 'Representant: Per Olsen', '', 'Vi oversender saken.', '', 'Med hilsen', 'NAV Klageinstans Midt', '', 'Gunnhild Sande', 'seksjonssjef', '', 'Per Olsen', 'rådgiver'].join('\n');
    expect(role(twoSigners, 'representative')).toBeUndefined();
    const initial = [...nav, '', ...own, '', 'Oversendelse av klage', '', 'Klager: Åse Brekke', 'Fullmektig: Gunnhild Sande', '', 'Med hilsen', 'NAV Klageinstans Midt', '', 'G. Sande', 'saksbehandler'].join('\n');
    expect(role(initial, 'representative')).toBeUndefined();
  });

  it('gives none for a forwarded appeal from Nav’s own lawyer', () => {
    expect(role(transfer(appellant, 'Vedlagt følger klage fra advokat Per Moe, NAV Arbeid og ytelser, på vegne av Nav.'), 'representative')).toBeUndefined();
  });

  it('gives a sideless label only right under the appellant, and a fullmektig anywhere', () => {
    expect(role(transfer(appellant, 'Representant: advokat Mona Dahl, Dahl Advokat AS, Kongens gate 9, 7011 Trondheim'), 'representative')).toMatchObject({ name: 'Mona Dahl', firm: 'Dahl Advokat AS' });
    expect(role(transfer('Saken gjelder tannbehandling.', 'Representant: Mona Dahl'), 'representative')).toBeUndefined();
    expect(role(transfer(appellant, 'Saken gjelder tannbehandling.', 'Fullmektig: advokat Mona Dahl, Dahl Advokat AS, Kongens gate 9, 7011 Trondheim'), 'representative')).toMatchObject({ name: 'Mona Dahl' });
  });
});

describe('an e-mail from a first instance’s case worker (finding 2)', () => {
  it('gives none for a forwarding case worker who writes of the fullmektig', () => {
    const text = ['Fra: Arne Vik <arne.vik@nav.no>', 'Sendt: 3. mars 2026', 'Til: post@klageorganet.no', 'Emne: Ettersendelse', '', 'Hei. Vedlagt legeerklæring for Knut Eide. Klager er representert ved fullmektig.', '', 'Mvh Arne Vik', 'NAV Vest'].join('\n');
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Knut Eide' });
  });

  it('still gives a son who writes on behalf of his father', () => {
    const text = ['Fra: Bjørn Eide <bjorn@example.no>', 'Til: post@klageorganet.no', 'Emne: Klage', '', 'Jeg skriver på vegne av min far, Knut Eide, som klager på vedtaket.', '', 'Mvh Bjørn Eide'].join('\n');
    expect(role(text, 'representative')).toMatchObject({ name: 'Bjørn Eide' });
  });
});

describe('the appellant named on a representative’s line (finding 3)', () => {
  it('keeps the appellant when the fullmektig line repeats her name', () => {
    const text = transfer(appellant, 'Fullmektig: Åse Brekke');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Åse Brekke', address: ['Lundeveien 4', '3825 Lunde'] });
    expect(role(text, 'representative')).toBeUndefined();
  });

  it('gives no representative for "Klager/fullmektig"', () => {
    expect(role(transfer('Klager/fullmektig: Åse Brekke, Lundeveien 4, 3825 Lunde'), 'representative')).toBeUndefined();
  });
});

describe('a first-person appeal on a law firm’s letterhead (finding 4)', () => {
  it('gives the signer as the appellant, not as a representative', () => {
    const text = ['Advokatkontoret Vik', '', ...own, '', 'Klage', '', 'Jeg, Åse Brekke, klager på vedtaket.', '', 'Med hilsen', '', 'Åse Brekke'].join('\n');
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Åse Brekke' });
  });
});

describe('an e-mail whose sender only writes about the appellant (finding 2, the cue)', () => {
  it('gives none when "for <appellant>" is in the body, not at the signature', () => {
    const text = ['Fra: Arne Vik <arne.vik@example.no>', 'Til: post@klageorganet.no', 'Emne: Ettersendelse', '', 'Vedlagt legeerklæring for Knut Eide.', 'Klager er representert ved fullmektig.', '', 'Mvh Arne Vik'].join('\n');
    expect(role(text, 'representative')).toBeUndefined();
  });
});
