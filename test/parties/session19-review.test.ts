import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Review of session 19 (whose address is whose): the letters below were read wrong by the branch before this fix round
  * (a parent's, a GP's, an employer's or a first instance's address given to the appellant; the address being left; a
  * right head lost; a self-employed practitioner's own practice withheld).
 */
const postcodes = norwegianPostcodes();
const appellant = (lines: string[]) => extractParties(lines.join('\n'), { postcodes }).find((p) => p.role === 'appellant');

describe('session 19 review: an address in the text is the appellant’s only where the letter says so', () => {
  it("r01: a son writes for his father (min far, Arne Dale); «Mor bor i …» is the mother's, not the father's", () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage på vedtak om grunnstønad – Arne Dale', '', 'Jeg skriver på vegne av min far, Arne Dale, født 128480 12345. Fullmakt ligger ved.', 'Far har flyttet til Solbakken omsorgssenter etter hjerneslaget. Mor bor i Kirkevegen 3, 2609 Lillehammer, og hun besøker ham hver dag.', 'Vi mener vedtaket er feil.', '', 'Hilsen', 'Kjetil Dale']);
    expect(a).toMatchObject({ name: 'Arne Dale', address: [] });
  });
  it("r02: a mother writes for her son; «Far bor på …» is the divorced father's, not the child's", () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage – Emil Nygård', '', 'Jeg klager på vegne av sønnen min, Emil Nygård (12 år), på vedtaket om hjelpestønad.', 'Emil bor hos meg annenhver uke. Far bor på Løkkeveien 9, 4008 Stavanger.', '', 'Med hilsen', 'Line Nygård']);
    expect(a).toMatchObject({ name: 'Emil Nygård', address: [] });
  });
  it("r20: English: a daughter writes for her father; «My mother lives at …» is not his", () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Appeal – John Smith', '', 'I am writing on behalf of my father, John Smith, born 158580 33333, with his power of attorney.', 'He is now in a nursing home in Bergen. My mother lives at 12 Elm Street, London SW1A 1AA, United Kingdom.', '', 'Kind regards', 'Emma Smith']);
    expect(a).toMatchObject({ name: 'John Smith', address: [] });
  });
  it("r03: «Adresse:» under a sentence naming the GP is not the appellant's", () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage på vedtak om arbeidsavklaringspenger', '', 'Jeg klager på vedtaket. Fastlegen min, Kari Lie, kan bekrefte at jeg ikke kan jobbe.', 'Adresse: Torggata 10, 0181 Oslo', '', 'Med hilsen', 'Bjørn Haugen']);
    expect(a).toMatchObject({ name: 'Bjørn Haugen', address: [] });
  });
  it("r04: «Adresse:» under a sentence naming the daughter is not the appellant's", () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage på vedtak om sykepenger', '', 'Jeg klager på vedtaket om sykepenger. Jeg ønsker at svaret også sendes til datteren min, Eva Holm.', 'Adresse: Fjellveien 2, 5003 Bergen', '', 'Hilsen', 'Ragnhild Holm']);
    expect(a).toMatchObject({ name: 'Ragnhild Holm', address: [] });
  });
  it("r07: «Adresse:» under a sentence naming the first instance is not the appellant's", () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage på vedtak om økonomisk sosialhjelp', '', 'Jeg klager på vedtaket fra sosialtjenesten i Ringsaker, datert 3. oktober.', 'Adresse: Postboks 33, 2381 Brumunddal', '', 'Hilsen', 'Lise Berntsen']);
    expect(a).toMatchObject({ name: 'Lise Berntsen', address: [] });
  });
  it("r21: Swedish «Adress:» under a sentence naming the employer is not the appellant's", () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klagomål', '', 'Jag överklagar beslutet om sjukpenning. Min arbetsgivare är Lind Bygg i Göteborg.', 'Adress: Hamngatan 3, 411 06 Göteborg', '', 'Med vänliga hälsningar', 'Anna Lind']);
    expect(a).toMatchObject({ name: 'Anna Lind', address: [] });
  });
  it("r24: the head's address stands beside a GP's «Adresse:» line", () => {
    const a = appellant(['Bjørn Haugen', 'Bakkeveien 3', '2000 Lillestrøm', '', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage på vedtak om arbeidsavklaringspenger', '', 'Jeg klager på vedtaket. Be gjerne om journal fra fastlegen min, dr. Kari Lie.', 'Adresse: Torggata 10, 0181 Oslo', '', 'Med hilsen', 'Bjørn Haugen']);
    expect(a).toMatchObject({ name: 'Bjørn Haugen', address: ['Bakkeveien 3', '2000 Lillestrøm'] });
  });
  it("r10: «Jeg er ansatt i mitt eget AS» on his own practice's paper: the practice's address is his", () => {
    const a = appellant(['Fjeldstad Kiropraktikk', 'Strandveien 12', '1366 Lysaker', '', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage på vedtak om tilbakekreving', '', 'Jeg klager på Helfos vedtak om tilbakekreving. Jeg er ansatt i mitt eget AS og driver klinikken alene.', '', 'Med vennlig hilsen', 'Anders Fjeldstad', 'kiropraktor']);
    expect(a).toMatchObject({ name: 'Anders Fjeldstad', address: ['Fjeldstad Kiropraktikk', 'Strandveien 12', '1366 Lysaker'] });
  });
  it('r06: «Til 31. oktober bor jeg i …, deretter i …»: the address being left is withheld, not given', () => {
    const a = appellant(['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', 'Klage', '', 'Jeg klager på vedtaket om bostøtte.', 'Til 31. oktober bor jeg i Storgata 41, 8622 Mo i Rana, deretter i Havnegata 5, 8006 Bodø.', '', 'Hilsen', 'Sindre Holm']);
    expect(a?.address).toEqual([]);
    expect(a?.addressWithheld).toBeTruthy();
  });
});
