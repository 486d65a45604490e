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
  it('«Fysioterapeut …» signing with the clinic’s address under the name: not the appellant', () => {
    const text = [...HEAD, 'Uttalelse', '', 'Turid Sæther har gått til fysioterapi hos meg siden mai.', '', 'Med hilsen', 'Fysioterapeut Sindre Bø', 'Torget 2', '6413 Molde'];
    expect(parties(text).some((p) => p.role === 'appellant' && (/Fysioterapeut/u.test(p.name) || p.address.length > 0))).toBe(false);
  });
  it('«Psykolog …» in Danish and English heads: not the appellant either', () => {
    for (const title of ['Psykolog', 'Psychologist', 'Chiropractor']) {
      const text = [`${title} Sindre Bø`, 'Torget 2', '6413 Molde', '', ...HEAD, 'Statement', '', 'Turid Sæther has been under my care since April.', '', 'Sindre Bø'];
      expect(parties(text).some((p) => p.role === 'appellant' && p.name.startsWith(title)), title).toBe(false);
    }
  });
});
