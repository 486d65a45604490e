import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 19: whose address is whose (issue #16). Each case below (but the guards) gave a wrong address, the writer as the
 * appellant, or no address where the letter gives one, on main before this session.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];

describe('a writer who says the letterhead is their workplace’s is not at its address (s19-49)', () => {
  it('an employee appealing on the employer’s paper, the firm bearing his surname: no address, and why', () => {
    const text = ['Strand Elektro AS', 'Verkstedveien 4', '3015 Drammen', 'Org.nr. 987 654 321', '', ...HEAD, 'Klage', '', 'Jeg er ansatt som montør og bruker arbeidsgiverens brevpapir. Jeg klager på vedtaket om sykepenger.', '', 'Med hilsen', 'Trond Strand'];
    const a = role(text, 'appellant');
    expect(a?.name).toBe('Trond Strand');
    expect(a?.address).toEqual([]);
    expect(a?.addressWithheld).toMatch(/workplace/u);
  });
  it('a guard: a self-employed practitioner appealing from her own practice keeps its address', () => {
    const text = ['Fjeldstad Kiropraktikk', 'Strandveien 12', '1366 Lysaker', '', ...HEAD, 'Klage på vedtak om tilbakekreving', '', 'Jeg klager på Helfos vedtak om tilbakekreving.', '', 'Med vennlig hilsen', 'Anders Fjeldstad', 'kiropraktor'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Anders Fjeldstad', address: ['Fjeldstad Kiropraktikk', 'Strandveien 12', '1366 Lysaker'] });
  });
});

describe('a relative sharing the signer’s surname is no practice of the signer’s (s19-35)', () => {
  it('a son who is no representative asks the answer sent to his mother: she is the appellant at her address', () => {
    const text = ['Jon Aasen', 'Kirkegata 8', '2317 Hamar', '', ...HEAD, 'Klage fra Marit Aasen', '', 'Jeg har hjulpet mor, Marit Aasen, med å skrive klagen. Jeg er ikke fullmektig for henne.', 'Send svaret til henne: Marit Aasen, Granlia 4, 2609 Lillehammer.', '', 'Hilsen', 'Jon Aasen'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Marit Aasen', address: ['Granlia 4', '2609 Lillehammer'] });
    expect(role(text, 'sender')?.name).toBe('Jon Aasen');
  });
});

describe('addresses in sentences: the verb first, nynorsk «mi adresse», a parent by the kin word, «til meg c/o» (s19-01, -08, -14, -44)', () => {
  it('«Fra 1. mars bor jeg i …» beside an old head: the two disagree, no address is given (the old head was)', () => {
    const text = ['Sindre Holm', 'Storgata 41', '8622 Mo i Rana', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om dagpenger.', 'Fra 1. mars bor jeg i Havnegata 5, 8006 Bodø.', '', 'Hilsen', 'Sindre Holm'];
    const a = role(text, 'appellant');
    expect(a?.address).toEqual([]);
    expect(a?.addressWithheld).toBeTruthy();
  });
  it('nynorsk «mi adresse er …» in a letter with no head is the writer’s', () => {
    const text = [...HEAD, 'Klage', '', 'Eg klagar på vedtaket om sjukepengar, og mi adresse er Hovevegen 14, 6413 Molde.', '', 'Helsing', 'Sigve Hove'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Sigve Hove', address: ['Hovevegen 14', '6413 Molde'] });
  });
  it('«Far bor på …» in a son’s letter for his father is the father’s, the son’s head stays his', () => {
    const text = ['Kjetil Dale', 'Solbakken 12', '1400 Ski', '', ...HEAD, 'Klage – Arne Dale', '', 'Jeg skriver på vegne av min far, Arne Dale. Fullmakt ligger ved.', 'Far bor på Kirkevegen 3, 2609 Lillehammer.', '', 'Hilsen', 'Kjetil Dale'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Arne Dale', address: ['Kirkevegen 3', '2609 Lillehammer'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Kjetil Dale', address: ['Solbakken 12', '1400 Ski'] });
  });
  it('«send svaret til meg c/o …» on one line', () => {
    const text = [...HEAD, 'Klage', '', 'Jeg har ingen fast adresse, så send svaret til meg c/o Eva Berg, Fjellveien 2, 5003 Bergen.', '', 'Hilsen', 'Ole Brun'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ole Brun', address: ['c/o Eva Berg', 'Fjellveien 2', '5003 Bergen'] });
  });
});

describe('a bare «Adresse:» line is the appellant’s only right under the writer’s own name (s19-13, review s19)', () => {
  it('nynorsk «Adresse: …» in the signature, under the signer’s name', () => {
    const text = [...HEAD, 'Klage på vedtak', '', 'Eg klagar på vedtaket om arbeidsavklaringspengar. Eg meiner de har rekna feil.', '', 'Venleg helsing', 'Torgeir Ulvik', 'Adresse: Hjelmavegen 3, 5700 Voss'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Torgeir Ulvik', address: ['Hjelmavegen 3', '5700 Voss'] });
  });
  it('a guard: «Adresse: …» under a sentence is not read, whoever the sentence names (precision first: s19-13 gives none)', () => {
    const text = [...HEAD, 'Klage på vedtak', '', 'Eg klagar på vedtaket om arbeidsavklaringspengar. Eg meiner de har rekna feil.', 'Adresse: Hjelmavegen 3, 5700 Voss', '', 'Venleg helsing', 'Torgeir Ulvik'];
    expect(role(text, 'appellant')?.address).toEqual([]);
  });
  it('a guard: «Adresse:» under an employer’s field is not the appellant’s', () => {
    const text = [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om sykepenger.', 'Arbeidsgiver: Vest Bygg AS', 'Adresse: Industrivegen 2, 2069 Jessheim', '', 'Hilsen', 'Torgeir Ulvik'];
    expect(role(text, 'appellant')?.address).toEqual([]);
  });
});
