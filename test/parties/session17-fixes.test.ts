import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/** Session 17: the right person and address, or none (issue #16). Each case was read wrong or not at all on main. */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];

describe('the writer names their own address by its kind («Min bostedsadresse er …»)', () => {
  it('a head at a workplace’s c/o and «Min bostedsadresse er …» elsewhere: the head’s address is not given', () => {
    const text = ['Ruth Eng', 'c/o Bakke Transport AS', 'Industrigata 12', '2317 Hamar', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om barnetrygd. Min bostedsadresse er Furuvegen 4, 2312 Ottestad.', '', 'Hilsen', 'Ruth Eng'];
    const a = role(text, 'appellant');
    expect(a?.name).toBe('Ruth Eng');
    expect(a?.address).not.toContain('Industrigata 12');
  });
  it('nynorsk «Mi heimeadresse er …» with no head gives that address', () => {
    const text = [...HEAD, 'Klage', '', 'Eg klagar på vedtaket. Mi heimeadresse er Tunvegen 9, 6856 Sogndal.', '', 'Helsing', 'Ola Rud'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ola Rud', address: ['Tunvegen 9', '6856 Sogndal'] });
  });
  it('English «My home address is …» beside the same head: the head’s address stays', () => {
    const text = ['Anna Berg', 'Elvegata 3', '8006 Bodø', '', ...HEAD, 'Appeal', '', 'I appeal against the decision. My home address is Elvegata 3, 8006 Bodø.', '', 'Yours sincerely', 'Anna Berg'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Anna Berg', address: ['Elvegata 3', '8006 Bodø'] });
  });
});

describe('trade unions by their short names act for their members, as organisations', () => {
  const unionLetter = (head: string[], body: string, signer: string[]) => [...head, '', ...HEAD, 'Klage', '', body, '', 'Med venlig hilsen', ...signer];
  it('«HK Danmark» bistår a member with a fuldmagt: its consultant at its address, the member not the union', () => {
    const text = unionLetter(['HK Danmark', 'Weidekampsgade 8', '2300 København S', 'Danmark'], 'HK Danmark bistår Jonas Friis og klager over afgørelsen om sygepenge. Fuldmagt følger.', ['Mette Krag', 'juridisk konsulent']);
    expect(role(text, 'representative')).toMatchObject({ name: 'Mette Krag', firm: 'HK Danmark', address: ['Weidekampsgade 8', '2300 København S', 'Danmark'] });
    expect(role(text, 'appellant')).toMatchObject({ name: 'Jonas Friis', address: [] });
  });
  it('«Kristelig Fagbevægelse» is no person: its signer represents the member', () => {
    const text = unionLetter(['Kristelig Fagbevægelse', 'Vestergade 3', '7100 Vejle', 'Danmark'], 'Vi repræsenterer vores medlem Ida Holm og klager over afgørelsen. Fuldmagt vedlagt.', ['Rasmus Bro', 'faglig konsulent']);
    expect(role(text, 'representative')).toMatchObject({ name: 'Rasmus Bro', firm: 'Kristelig Fagbevægelse' });
  });
  it('Swedish «Unionen» and «Kommunal», Norwegian «LO Stat»: the signer represents the member', () => {
    for (const [org, street, postcode] of [['Unionen', 'Box 1200', '111 82 Stockholm'], ['Kommunal', 'Box 19039', '104 32 Stockholm'], ['LO Stat', 'Youngs gate 11', '0181 Oslo']] as const) {
      const text = unionLetter([org, street, postcode], `${org} företräder medlemmen Per Ahl och överklagar beslutet. Fullmakt bifogas.`, ['Eva Lund', 'ombudsman']);
      expect(role(text, 'representative'), org).toMatchObject({ name: 'Eva Lund', firm: org });
    }
  });
  it('«Hun har gitt oss fullmakt» under a union’s head: its adviser acts for her', () => {
    const text = unionLetter(['Fagforbundet Innlandet', 'Postboks 123', '2302 Hamar'], 'Fagforbundet bistår Rita Holm i saken og klager på vedtaket. Hun har gitt oss fullmakt.', ['Geir Aas', 'rådgiver']);
    expect(role(text, 'representative')).toMatchObject({ name: 'Geir Aas', firm: 'Fagforbundet Innlandet' });
  });
  it('a union that signs with its own name and no person is the representative, at its address', () => {
    const text = unionLetter(['Parat', 'Postboks 9025 Grønland', '0133 Oslo'], 'Parat klager på vegne av medlemmet Stig Lie på vedtaket om dagpenger. Fullmakt er vedlagt.', ['Parat', 'Juridisk seksjon']);
    expect(role(text, 'representative')).toMatchObject({ name: 'Parat', firm: 'Parat', address: ['Postboks 9025 Grønland', '0133 Oslo'] });
    expect(role(text, 'appellant')?.name).toBe('Stig Lie');
  });
  it('guard: a head «Kommunal bostøtte» is no union, and a person’s own letter under it gives no representative', () => {
    const text = ['Kommunal bostøtte', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket. Fullmakt er ikke gitt til noen.', '', 'Hilsen', 'Turid Sand'];
    expect(role(text, 'representative')).toBeUndefined();
  });
});

describe('a spouse or relative who writes for someone they name', () => {
  it('«Eg skriv for kona mi, …» with no head: the signer represents her', () => {
    const text = [...HEAD, 'Klage', '', 'Eg skriv for kona mi, Solrun Bakken, som er på sjukehus. Ho klagar på vedtaket om pleiepengar.', '', 'Helsing', 'Arne Bakken'];
    expect(role(text, 'representative')).toMatchObject({ name: 'Arne Bakken' });
    expect(role(text, 'appellant')?.name).toBe('Solrun Bakken');
  });
  it('«Han bor fortsatt på …» after the father’s name: that address is his, not the daughter’s head', () => {
    const text = ['Ida Lunde', 'Kirkeveien 2', '0368 Oslo', '', ...HEAD, 'Klage', '', 'Jeg skriver på vegne av min far, Odd Lunde. Han bor fortsatt på Fjellvegen 8, 2640 Vinstra. Fullmakt er vedlagt.', '', 'Hilsen', 'Ida Lunde'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Odd Lunde', address: ['Fjellvegen 8', '2640 Vinstra'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Ida Lunde', address: ['Kirkeveien 2', '0368 Oslo'] });
  });
});

describe('an address in a sentence with a place or a care home first', () => {
  it('«Jeg bor nå i Spania, på <street>, <postcode place>, Spania»: the address after the country is the writer’s', () => {
    const text = [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om alderspensjon. Jeg bor nå i Spania, på Calle Mayor 12, 03590 Altea, Spania.', '', 'Hilsen', 'Reidun Vang'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Reidun Vang', address: ['Calle Mayor 12', '03590 Altea', 'Spania'] });
  });
  it('«Hun bor på <care home>, <street>, <postcode place>» after a verge names her: the care home’s address is hers', () => {
    const text = ['Knut Fjell', 'Bakkeveien 3', '3511 Hønefoss', '', ...HEAD, 'Klage – Berit Sand', '', 'Jeg er oppnevnt verge for Berit Sand. Hun bor på Tunet sykehjem, Parkveien 12, 3510 Hønefoss.', 'På hennes vegne klager jeg på vedtaket.', '', 'Med vennlig hilsen', 'Knut Fjell', 'verge'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Berit Sand', address: ['Tunet sykehjem', 'Parkveien 12', '3510 Hønefoss'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Knut Fjell', address: ['Bakkeveien 3', '3511 Hønefoss'] });
  });
  it('guard: «Jeg bor i Oslo, på et sykehjem» gives no address', () => {
    const text = ['Gerd Moe', 'Storgata 1', '0155 Oslo', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket. Jeg bor i Oslo, på et sykehjem nå.', '', 'Hilsen', 'Gerd Moe'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Gerd Moe', address: ['Storgata 1', '0155 Oslo'] });
  });
});

describe('a post box with its delivery office after a comma', () => {
  it('the ombud’s head «Postboks 7, Sentrum» over «5801 Bergen», signed by the office alone: the office represents, at that address', () => {
    const text = ['Pasient- og brukarombodet i Vestland', 'Postboks 7, Sentrum', '5801 Bergen', '', ...HEAD, 'Klage – Ivar Sæle', '', 'Ombodet klagar på vegner av Ivar Sæle på vedtaket om refusjon. Fullmakt ligg ved.', '', 'Venleg helsing', 'Pasient- og brukarombodet i Vestland'];
    expect(role(text, 'representative')).toMatchObject({ name: 'Pasient- og brukarombodet i Vestland', address: ['Postboks 7, Sentrum', '5801 Bergen'] });
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ivar Sæle', address: [] });
  });
});

describe('review s17: a short union name is no union inside a compound or a firm, and a body that denies acting is no representative', () => {
  const forwarded = (head: string[], body: string, signer: string[], closing = 'Med hilsen') => [...head, '', ...HEAD, 'Oversendelse av klage', '', body, '', closing, ...signer];
  const MINISTRY = ['Kommunal- og distriktsdepartementet', 'Postboks 8112 Dep', '0032 Oslo'];
  const BODY = 'Departementet har ved en feil mottatt en klage fra Per Hansen. Klagen er skrevet på vegne av Per Hansen av hans datter, som har fullmakt. Vi oversender den til rett instans.';
  it('«Kommunal- og distriktsdepartementet» forwarding a letter is no union: neither the ministry nor its adviser represents the appellant', () => {
    expect(role(forwarded(MINISTRY, BODY, ['Kommunal- og distriktsdepartementet']), 'representative')).toBeUndefined();
    expect(role(forwarded(MINISTRY, BODY, ['', 'Ola Dahl', 'seniorrådgiver']), 'representative')).toBeUndefined();
  });
  it('Swedish «Unionen företräder inte Per Ahl» and «har inte fått fullmakt och företräder honom inte»: the union is no representative', () => {
    const UNIONEN = ['Unionen', 'Box 1200', '111 82 Stockholm'];
    for (const body of ['Unionen företräder inte Per Ahl i detta ärende. Vi vidarebefordrar hans överklagande.', 'Vi vidarebefordrar Per Ahls överklagande. Unionen har inte fått fullmakt och företräder honom inte.']) {
      expect(role(forwarded(UNIONEN, body, ['Eva Lund', 'ombudsman'], 'Med vänlig hälsning'), 'representative')).toBeUndefined();
    }
  });
  it('Norwegian «Fagforbundet representerer ikke Per Ahl»: no representative', () => {
    const text = forwarded(['Fagforbundet', 'Postboks 7003 St. Olavs plass', '0130 Oslo'], 'Fagforbundet representerer ikke Per Ahl i denne saken. Vi videresender hans klage.', ['Eva Lund', 'rådgiver'], 'Med vennlig hilsen');
    expect(role(text, 'representative')).toBeUndefined();
  });
  it('guard: «representerer Per Ahl, som ikke …» still represents him', () => {
    const text = forwarded(['Fagforbundet', 'Postboks 7003 St. Olavs plass', '0130 Oslo'], 'Fagforbundet representerer Per Ahl, som ikke har hatt mulighet til å skrive selv. Fullmakt er vedlagt.', ['Eva Lund', 'rådgiver'], 'Med vennlig hilsen');
    expect(role(text, 'representative')).toMatchObject({ name: 'Eva Lund', firm: 'Fagforbundet' });
  });
});
