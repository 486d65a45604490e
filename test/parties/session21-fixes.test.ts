import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 21: who acts for whom (issue #16). Letters of the test's own (never the slice's); each case but the guards gave
 * the holder of a power as the appellant, a bank power's holder as a representative, a revoked power's holder as one, or
 * the writer as the appellant at their own address, on main before this session.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];

describe('a first-person power inside the letter: the holder represents, the giver appeals', () => {
  it('«Jeg, …, gir med dette min sønn … fullmakt»: the holder without an address, the giver at the head', () => {
    const text = ['Randi Eik', 'Eikeveien 4', '3050 Mjøndalen', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om grunnstønad.', 'Jeg, Randi Eik, gir med dette min sønn Kjell Eik fullmakt til å føre klagesaken for meg.', '', 'Hilsen', 'Randi Eik'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Randi Eik', address: ['Eikeveien 4', '3050 Mjøndalen'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Kjell Eik', address: [] });
  });
  it('«Undertegnede gir fullmakt til min venn …, <address>, til å …»: the holder at the address the power writes', () => {
    const text = ['Frode Lia', 'Liaveien 2', '2211 Kongsvinger', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om dagpenger.', 'Undertegnede gir fullmakt til min venn Arvid Sletten, Storgata 9, 2317 Hamar, til å føre saken for meg.', '', 'Hilsen', 'Frode Lia'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Frode Lia', address: ['Liaveien 2', '2211 Kongsvinger'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Arvid Sletten', address: ['Storgata 9', '2317 Hamar'] });
  });
  it('the scan drops the space after the holder’s address («5035 Bergen,fullmakt»): the holder and the address still read', () => {
    const text = ['Frode Lia', 'Liaveien 2', '2211 Kongsvinger', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om dagpenger.', 'Jeg, Frode Lia, gir min søster Anne Lia, Storgata 9, 2317 Hamar,fullmakt til å føre klagesaken for meg.', '', 'Hilsen', 'Frode Lia'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Frode Lia', address: ['Liaveien 2', '2211 Kongsvinger'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Anne Lia', address: ['Storgata 9', '2317 Hamar'] });
  });
  it('Swedish «Jag ger härmed min dotter … fullmakt att …» and English «I hereby authorise my son …»', () => {
    const sv = ['Ingrid Berg', 'Ågatan 5', '702 10 Örebro', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om pension.', 'Jag ger härmed min dotter Sara Berg fullmakt att föra min talan i ärendet.', '', 'Med vänlig hälsning', 'Ingrid Berg'];
    expect(role(sv, 'appellant')?.name).toBe('Ingrid Berg');
    expect(role(sv, 'representative')).toMatchObject({ name: 'Sara Berg', address: [] });
    const en = ['Susan Reed', 'Havnegata 3', '8006 Bodø', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', 'I hereby authorise my son Thomas Reed to act for me in this appeal.', '', 'Yours faithfully', 'Susan Reed'];
    expect(role(en, 'appellant')).toMatchObject({ name: 'Susan Reed', address: ['Havnegata 3', '8006 Bodø'] });
    expect(role(en, 'representative')).toMatchObject({ name: 'Thomas Reed', address: [] });
  });
  it('a guard: a power to fetch records given in the same words names no representative', () => {
    const text = ['Randi Eik', 'Eikeveien 4', '3050 Mjøndalen', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om grunnstønad.', 'Jeg gir med dette min sønn Kjell Eik fullmakt til å hente posten min på apoteket.', '', 'Hilsen', 'Randi Eik'];
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Randi Eik', address: ['Eikeveien 4', '3050 Mjøndalen'] });
  });
});

describe('a power over a bank account or bills makes no representative', () => {
  it('Swedish «fullmakt till mitt bankkonto» and English «power of attorney for my bank account»', () => {
    const sv = ['Nils Dahlberg', 'Skolgatan 4', '903 29 Umeå', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om sjukpenning.', 'Min son Erik Dahlberg har fullmakt till mitt bankkonto.', '', 'Med vänlig hälsning', 'Nils Dahlberg'];
    expect(role(sv, 'representative')).toBeUndefined();
    expect(role(sv, 'appellant')?.name).toBe('Nils Dahlberg');
    const en = ['Alice Grant', 'Sjøgata 8', '8006 Bodø', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', 'My daughter Laura Grant has a power of attorney for my bills and my account.', '', 'Kind regards', 'Alice Grant'];
    expect(role(en, 'representative')).toBeUndefined();
    expect(role(en, 'appellant')).toMatchObject({ name: 'Alice Grant', address: ['Sjøgata 8', '8006 Bodø'] });
  });
  it('«fullmakt til å disponere kontoen, men klagen skriver jeg selv»: the clause after «men» is no part of the power', () => {
    const text = ['Olga Rustad', 'Rustadveien 1', '2860 Hov', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om bostøtte.', 'Sønnen min, Ove Rustad, har fullmakt til å disponere kontoen min, men klagen skriver jeg selv.', '', 'Hilsen', 'Olga Rustad'];
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Olga Rustad', address: ['Rustadveien 1', '2860 Hov'] });
  });
  it('a guard: a power over the case that also speaks of the account is a power over the case', () => {
    const text = ['Olga Rustad', 'Rustadveien 1', '2860 Hov', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om bostøtte.', 'Sønnen min, Ove Rustad, har fullmakt til å føre saken for meg og til å snakke med dere om kontoen.', '', 'Hilsen', 'Olga Rustad'];
    expect(role(text, 'representative')?.name).toBe('Ove Rustad');
  });
});

describe('a revoked power ends the representation', () => {
  it('nynorsk «Fullmakta til … er trekt tilbake» and Danish «Fuldmagten til … er tilbagekaldt»: no representative, the appellant at the head', () => {
    const nn = ['Jorunn Bakke', 'Bakkevegen 6', '6100 Volda', '', ...HEAD, 'Klage', '', 'Fullmakta til syster mi, Gunvor Bakke, er trekt tilbake. Eg klagar sjølv på vedtaket.', '', 'Helsing', 'Jorunn Bakke'];
    expect(role(nn, 'representative')).toBeUndefined();
    expect(role(nn, 'appellant')).toMatchObject({ name: 'Jorunn Bakke', address: ['Bakkevegen 6', '6100 Volda'] });
    const da = ['Bent Lauridsen', 'Torvet 2', '8800 Viborg', 'Danmark', '', ...HEAD, 'Klage', '', 'Fuldmagten til min datter Lone Lauridsen er tilbagekaldt. Jeg klager selv over afgørelsen.', '', 'Med venlig hilsen', 'Bent Lauridsen'];
    expect(role(da, 'representative')).toBeUndefined();
    expect(role(da, 'appellant')?.name).toBe('Bent Lauridsen');
  });
  it('«Jeg trekker tilbake fullmakten til …» in the first person', () => {
    const text = ['Vidar Krogh', 'Kroghs gate 3', '1606 Fredrikstad', '', ...HEAD, 'Klage', '', 'Jeg trekker tilbake fullmakten til min bror Ståle Krogh. Jeg klager på vedtaket om dagpenger.', '', 'Hilsen', 'Vidar Krogh'];
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Vidar Krogh', address: ['Kroghs gate 3', '1606 Fredrikstad'] });
  });
  it('a guard: a new lawyer whose power follows the revoked one’s stays the representative', () => {
    const text = ['Advokatfirmaet Holt', 'Dronningens gate 5', '7011 Trondheim', '', ...HEAD, 'Gjelder: Berit Kalvø', '', 'Jeg representerer nå Berit Kalvø. Fullmakten til hennes forrige advokat er trukket tilbake, og ny fullmakt følger vedlagt.', '', 'Med vennlig hilsen', 'Lars Holt', 'advokat'];
    expect(role(text, 'representative')?.name).toBe('Lars Holt');
    expect(role(text, 'appellant')?.name).toBe('Berit Kalvø');
  });
});

describe('«NN ba meg skrive dette for henne»: a private writer writes for NN', () => {
  it('a neighbour named before «ba meg skrive»: NN appeals with no address, the neighbour represents at the head', () => {
    const text = ['Eivind Moe', 'Moveien 3', '7300 Orkanger', '', ...HEAD, 'Klage', '', 'Naboen min Åse Lund ba meg skrive dette for henne, fordi hun har vondt i hendene. Hun klager på vedtaket om hjemmehjelp.', '', 'Hilsen', 'Eivind Moe'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Åse Lund', address: [] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Eivind Moe', address: ['Moveien 3', '7300 Orkanger'] });
  });
  it('a guard: «Veileder Kari Lie ba meg skrive en klage» (advice, «for ham/henne» missing) leaves the writer the appellant at the head', () => {
    const text = ['Mona Kvale', 'Kvaleveien 2', '4306 Sandnes', '', ...HEAD, 'Klage', '', 'Veileder Kari Lie ba meg skrive en klage. Jeg klager på vedtaket om uføretrygd.', '', 'Hilsen', 'Mona Kvale'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Mona Kvale', address: ['Kvaleveien 2', '4306 Sandnes'] });
    expect(role(text, 'representative')).toBeUndefined();
  });
  it('an office’s employee on its letterhead: NN appeals, nobody represents, the office’s address is no one’s', () => {
    const text = ['Flyktningtjenesten i Ås', 'Rådhusplassen 1', '1430 Ås', '', ...HEAD, 'Klage', '', 'Samir Haddad ba meg skrive dette for ham. Han klager på vedtaket om introduksjonsstønad.', '', 'Med hilsen', 'Hanne Kvist', 'konsulent'];
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Samir Haddad', address: [] });
  });
});

describe('«jeg klager selv» drops a representative only in the appellant’s own words', () => {
  it('the appellant: a lawyer of the first round «hjalp meg», «jeg fører saken selv nå»: no representative', () => {
    const text = ['Mona Kvale', 'Kvaleveien 2', '4306 Sandnes', '', ...HEAD, 'Klage', '', 'Advokat Tore Hjelle hjalp meg i førsteinstans, men jeg fører saken selv nå.', 'Jeg klager på vedtaket om uføretrygd.', '', 'Hilsen', 'Mona Kvale'];
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Mona Kvale', address: ['Kvaleveien 2', '4306 Sandnes'] });
  });
  it('the appellant names a son who «har fullmakt til å føre saken», «men nå fører jeg saken selv»: no representative', () => {
    const text = ['Mona Kvale', 'Kvaleveien 2', '4306 Sandnes', '', ...HEAD, 'Klage', '', 'Min sønn Per Kvale har fullmakt til å føre saken for meg, men nå fører jeg saken selv.', 'Jeg klager på vedtaket om uføretrygd.', '', 'Hilsen', 'Mona Kvale'];
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Mona Kvale', address: ['Kvaleveien 2', '4306 Sandnes'] });
  });
  it('«Jeg klager selv» beside a daughter who once held a power: the head is the appellant’s own, not withheld', () => {
    const text = ['Mona Kvale', 'Kvaleveien 2', '4306 Sandnes', '', ...HEAD, 'Klage', '', 'Jeg klager selv på vedtaket om uføretrygd. Datteren min Eva Kvale har tidligere hatt fullmakt til å føre saken.', '', 'Hilsen', 'Mona Kvale'];
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toMatchObject({ name: 'Mona Kvale', address: ['Kvaleveien 2', '4306 Sandnes'] });
  });
  it('a guard: a relative who writes «på vegne av min mor» and quotes her «jeg klager selv» stays the representative', () => {
    const text = ['Eva Kvale', 'Bakken 3', '4306 Sandnes', '', ...HEAD, 'Klage', '', 'Jeg skriver på vegne av min mor, Mona Kvale. Hun sier «jeg klager selv», men har gitt meg fullmakt til å føre saken.', '', 'Hilsen', 'Eva Kvale'];
    expect(role(text, 'representative')).toMatchObject({ name: 'Eva Kvale', address: ['Bakken 3', '4306 Sandnes'] });
    expect(role(text, 'appellant')?.name).toBe('Mona Kvale');
  });
  it('a guard: a lawyer quoting the client’s «jeg klager selv» stays the representative', () => {
    const text = ['Advokat Rønning AS', 'Postboks 44', '9251 Tromsø', '', ...HEAD, 'Gjelder: Kåre Nilsen', '', 'Vi representerer Kåre Nilsen. Han skrev i fjor at «jeg klager selv», men har nå gitt oss fullmakt.', '', 'Med vennlig hilsen', 'Siv Rønning', 'advokat'];
    expect(role(text, 'representative')?.name).toBe('Siv Rønning');
    expect(role(text, 'appellant')?.name).toBe('Kåre Nilsen');
  });
});
