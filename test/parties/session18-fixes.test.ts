import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/** Session 18: no wrong addressee (issue #16). Each case gave an address that was not the appellant's on main. */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];

describe("a first instance's own «Postadresse: Postboks …» is never the appellant's (QA s17 L08)", () => {
  it('«Gjelder: …» over the Nav unit’s «Postadresse» in a transfer: the appellant is named, the box withheld', () => {
    const text = ['Nav Molde', '', ...HEAD, 'Gjelder: Turid Sæther', 'Postadresse: Postboks 340, 6402 Molde', '', 'Oversendelse av klage. Nav opprettholder vedtaket om sykepenger.', '', 'Med vennlig hilsen', 'Ove Rindal', 'saksbehandler'];
    const a = role(text, 'appellant');
    expect(a?.name).toBe('Turid Sæther');
    expect(a?.address).toEqual([]);
    expect(a?.addressWithheld).toMatch(/first instance/u);
  });
  it('«Navn: …» over Helfo’s box in a letter signed by Helfo, with no transfer word', () => {
    const text = ['Helfo', '', ...HEAD, 'Navn: Øystein Vold', 'Postadresse: Postboks 2415, 3104 Tønsberg', '', 'Vi viser til klagen og sender saken til dere.', '', 'Med vennlig hilsen', 'Helfo Refusjon'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Øystein Vold', address: [] });
  });
  it('the appellant’s own form with a post box of her own keeps it (no first instance writes)', () => {
    const text = [...HEAD, 'Klage', '', 'Navn: Ragna Tveit', 'Postadresse: Postboks 91, 6401 Molde', '', 'Jeg klager på vedtaket om grunnstønad.', '', 'Hilsen', 'Ragna Tveit'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ragna Tveit', address: ['Postboks 91', '6401 Molde'] });
  });
  it('a transfer that gives the appellant a street address under «Klager:» keeps it', () => {
    const text = ['Nav Molde', 'Postadresse: Postboks 340', '6402 Molde', '', ...HEAD, 'Oversendelse av klage', '', 'Klager: Turid Sæther, Fjordgata 12, 6413 Molde', '', 'Nav opprettholder vedtaket.', '', 'Med hilsen', 'Nav Molde'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Turid Sæther', address: ['Fjordgata 12', '6413 Molde'] });
  });
});

describe('a clinician’s title and name is no party (QA s17 L30)', () => {
  it('«Kiropraktor …» heading a declaration with the clinic’s address: no appellant at that address', () => {
    const text = ['Kiropraktor Sindre Bø', 'Torget 2', '6413 Molde', '', ...HEAD, 'Erklæring om Turid Sæther', '', 'Turid Sæther har vært til behandling hos meg siden april 2025.', '', 'Sindre Bø'];
    const found = parties(text);
    expect(found.find((p) => p.role === 'appellant' && p.address.length > 0)).toBeUndefined();
    expect(found.some((p) => p.role === 'appellant' && /Kiropraktor/u.test(p.name))).toBe(false);
  });
  it('«Fysioterapeut …» signing with the clinic’s address under the name: no appellant with an address, none by that title', () => {
    const text = [...HEAD, 'Uttalelse', '', 'Turid Sæther har gått til fysioterapi hos meg siden mai.', '', 'Med hilsen', 'Fysioterapeut Sindre Bø', 'Torget 2', '6413 Molde'];
    const found = parties(text);
    expect(found.find((p) => p.role === 'appellant' && p.address.length > 0)).toBeUndefined();
    expect(found.some((p) => p.role === 'appellant' && /Fysioterapeut/u.test(p.name))).toBe(false);
  });
  it('«Psykolog …» in Danish and English heads: not the appellant either', () => {
    for (const title of ['Psykolog', 'Psychologist', 'Chiropractor']) {
      const text = [`${title} Sindre Bø`, 'Torget 2', '6413 Molde', '', ...HEAD, 'Statement', '', 'Turid Sæther has been under my care since April.', '', 'Sindre Bø'];
      expect(parties(text).some((p) => p.role === 'appellant' && p.name.startsWith(title)), title).toBe(false);
    }
  });
});

const SIG = ['', 'Med vennlig hilsen', 'Ove Rindal', 'Nav Molde'];
describe('the appellant’s own post box in a transfer’s block that names them stays theirs (review s18 M2)', () => {
  const own: [string, string[], string[]][] = [
    ['«Klager:» with a plain «Adresse: Postboks …»', ['Nav Molde', '', ...HEAD, 'Oversendelse av klage', '', 'Klager: Ragna Tveit', 'Adresse: Postboks 91, 6401 Molde', '', 'Vi oversender klagen. Vedtaket opprettholdes.', ...SIG], ['Postboks 91', '6401 Molde']],
    ['Nav’s form: «Navn», «Fødselsnummer», «Postadresse»', ['Nav Molde', '', ...HEAD, 'Oversendelse av klage', '', 'Navn: Ragna Tveit', 'Fødselsnummer: 09856712345', 'Postadresse: Postboks 91, 6401 Molde', '', 'Nav opprettholder vedtaket.', ...SIG], ['Postboks 91', '6401 Molde']],
    ['nynorsk «Namn» and «Adresse»', ['Nav Sunnfjord', '', ...HEAD, 'Oversending av klage', '', 'Namn: Sigrun Dale', 'Adresse: Postboks 55, 6801 Førde', '', 'Nav held fast på vedtaket.', '', 'Venleg helsing', 'Nav Sunnfjord'], ['Postboks 55', '6801 Førde']],
    ['the appellant’s own letter asking that the appeal «oversendes»', [...HEAD, 'Klage på vedtak fra Nav Molde', '', 'Navn: Ragna Tveit', 'Postadresse: Postboks 91, 6401 Molde', '', 'Jeg klager på vedtaket fra Nav Molde og ber om at klagen oversendes Klageorganet.', '', 'Hilsen', 'Ragna Tveit'], ['Postboks 91', '6401 Molde']],
  ];
  for (const [title, text, address] of own) {
    it(title, () => expect(role(text, 'appellant')?.address).toEqual(address));
  }
  const units: [string, string[]][] = [
    ['a unit’s «Postadresse» right under «Navn:» (Helfo’s transfer)', ['Helfo Tannhelse', '', ...HEAD, 'Oversendelse av klage', 'Navn: Ivar Lunde', 'Postadresse: Postboks 2415, 3104 Tønsberg', '', 'Helfo oversender klagen og opprettholder vedtaket.', '', 'Med vennlig hilsen', 'Kari Myhre']],
    ['the person’s fields, a blank line, then the unit’s «Avsender» and «Postadresse»', ['Nav Arbeid og ytelser', '', ...HEAD, 'Oversendelse av klage', 'Navn: Geir Olsrud', 'Fnr: 17848323020', '', 'Avsender: Nav Arbeid og ytelser Kristiansand', 'Postadresse: Postboks 4100, 4604 Kristiansand S', '', 'Vi oversender klagen på vedtaket om sykepenger.']],
    ['English «Regarding:» over the unit’s «Postal address: PO Box …»', ['Nav Molde', '', ...HEAD, 'Regarding: Turid Sæther', 'Postal address: PO Box 340, 6402 Molde', '', 'Transfer of appeal. Nav upholds the decision.', ...SIG]],
  ];
  for (const [title, text] of units) {
    it(`withheld: ${title}`, () => expect(role(text, 'appellant')?.address).toEqual([]));
  }
});

describe('a kommune’s or a hospital’s «Postadresse» box under «Gjelder:»/«Vedrørende:» is not the appellant’s (review s18 H1)', () => {
  it('a kommune sending more documents', () => {
    const text = ['Molde kommune', '', ...HEAD, 'Gjelder: Ragna Tveit', 'Postadresse: Postboks 505, 6401 Molde', '', 'Oversendelse av tilleggsdokumenter i klagesaken. Kommunen opprettholder vedtaket.', '', 'Med hilsen', 'Lise Fjell', 'Molde kommune'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ragna Tveit', address: [] });
  });
  it('a hospital confirming a stay, no transfer word', () => {
    const text = ['Helse Møre og Romsdal HF', '', ...HEAD, 'Vedrørende: Ragna Tveit', 'Postadresse: Postboks 1600, 6026 Ålesund', '', 'Vi bekrefter at pasienten var innlagt i mars.', '', 'Med hilsen', 'Anne Moe', 'overlege'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ragna Tveit', address: [] });
  });
});
