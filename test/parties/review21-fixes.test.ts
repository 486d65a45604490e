import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { withoutDenials } from '../../domain/parties/denied-representation.ts';
import { extractParties } from '../../domain/parties/index.ts';

// Review of session 21's parties work: a holder's address only in the strict shape, a revoked power that does not swallow
// a new one, «jeg klager selv» that gives way to a present power. Synthetic names; national ids synthetic (month + 80).
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const liv = (s: string) => ['Liv Moe', 'Moeveien 6', '2000 Lillestrøm', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om pleiepenger.', s, '', 'Hilsen', 'Liv Moe'];
const ruth = (s: string) => ['Ruth Berge', 'Bergeveien 2', '4020 Stavanger', '', ...HEAD, 'Klage', '', s, '', 'Hilsen', 'Ruth Berge'];

describe('a power’s holder gets an address only as «street number, NNNN Place»', () => {
  it.each([
    ['født 1975', 'Jeg gir med dette min sønn Ola Moe, født 1975, fullmakt til å føre klagesaken for meg.'],
    ['45 år', 'Undertegnede gir fullmakt til min sønn Ola Moe, 45 år, til å føre saken for meg.'],
    ['tlf', 'Jeg gir med dette min sønn Ola Moe, tlf 912 34 567, fullmakt til å føre klagesaken for meg.'],
    ['fnr', 'Jeg gir med dette min sønn Ola Moe, fnr 15897512345, fullmakt til å føre klagesaken for meg.'],
    ['som bor i', 'Jeg gir med dette min sønn Ola Moe, som bor i Storgata 3, 0150 Oslo, fullmakt til å føre klagesaken for meg.'],
    ['mors adresse', 'Jeg gir med dette min sønn Ola Moe, min mors adresse er Storgata 3, 0150 Oslo, fullmakt til å føre klagesaken for meg.'],
    ['født 1975 before the address', 'Jeg gir med dette min sønn Ola Moe, født 1975, Storgata 3, 0150 Oslo, fullmakt til å føre klagesaken for meg.'],
  ])('«%s» in the commas: the holder is read, with no address', (_, s) => {
    const rep = role(liv(s), 'representative');
    expect(rep?.name).toBe('Ola Moe');
    expect(rep?.address).toEqual([]);
  });
  it('two holders, the second with an address: never the second’s address on the first', () => {
    const ps = parties(liv('Jeg gir med dette min datter Kari Moe, og min sønn Per Moe, Storgata 3, 0150 Oslo, fullmakt til å føre klagesaken for meg.'));
    const rep = ps.find((p) => p.role === 'representative');
    expect(rep?.name).toBe('Kari Moe');
    expect(rep?.address).toEqual([]);
  });
  it('the strict shape is still read, and with the space lost before the power («Bergen,fullmakt»)', () => {
    expect(role(liv('Jeg gir med dette min sønn Ola Moe, Storgata 3, 0150 Oslo, fullmakt til å føre klagesaken for meg.'), 'representative')?.address).toEqual(['Storgata 3', '0150 Oslo']);
    expect(role(liv('Jeg gir med dette min sønn Ola Moe, Fjellveien 2, 5035 Bergen,fullmakt til å føre klagesaken for meg.'), 'representative')?.address).toEqual(['Fjellveien 2', '5035 Bergen']);
  });
});

describe('a revoked power does not reach back over a new one', () => {
  it('«Ny fullmakt til min sønn Ola Moe følger vedlagt, den gamle fullmakten er trukket tilbake»: only the old power is blanked', () => {
    const text = 'Ny fullmakt til min sønn Ola Moe følger vedlagt, den gamle fullmakten er trukket tilbake.';
    const kept = withoutDenials(text);
    expect(kept).toContain('Ny fullmakt til min sønn Ola Moe følger vedlagt');
    expect(kept).not.toContain('trukket tilbake');
  });
  it('a revoked power alone is still blanked', () => {
    expect(withoutDenials('Fullmakten til min bror Ole Vik er trukket tilbake.')).not.toContain('Ole Vik');
  });
});

describe('«jeg klager selv» gives way to a present power named after it', () => {
  it('«…, og advokat Knut Ask har fullmakt til å føre saken for meg. Fullmakt følger vedlagt.»: the lawyer represents', () => {
    expect(role(ruth('Jeg klager selv på vedtaket om hjelpestønad, og advokat Knut Ask har fullmakt til å føre saken for meg. Fullmakt følger vedlagt.'), 'representative')?.name).toBe('Knut Ask');
  });
  it('a daughter who «har fullmakt» and «svaret kan sendes til henne»: she represents', () => {
    expect(role(ruth('Jeg klager selv på vedtaket om hjelpestønad. Min datter Lise Berge har fullmakt til å føre saken for meg, og svaret kan sendes til henne.'), 'representative')?.name).toBe('Lise Berge');
  });
  it('past wording after «selv» («har tidligere hatt fullmakt») still drops her', () => {
    const ps = parties(ruth('Jeg klager selv på vedtaket om hjelpestønad. Datteren min Lise Berge har tidligere hatt fullmakt til å føre saken.'));
    expect(ps.find((p) => p.role === 'representative')).toBeUndefined();
  });
  it('«Jeg klager selv for henne»: the writer acts for the mother', () => {
    const ps = parties(['Eva Kvale', 'Bakken 3', '4306 Sandnes', '', ...HEAD, 'Klage', '', 'Min mor Mona Kvale har gitt meg fullmakt. Jeg klager selv for henne fordi hun ikke orker.', '', 'Hilsen', 'Eva Kvale']);
    expect(ps.find((p) => p.role === 'appellant')?.name).toBe('Mona Kvale');
    expect(ps.find((p) => p.role === 'representative')?.name).toBe('Eva Kvale');
  });
  it('«Jeg klager selv, men min datter Lise Berge hjelper meg med brevene»: the writer stays the appellant at her head', () => {
    const ps = parties(ruth('Jeg klager selv, men min datter Lise Berge hjelper meg med brevene. Jeg klager på vedtaket om hjelpestønad.'));
    expect(ps.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Ruth Berge', address: ['Bergeveien 2', '4020 Stavanger'] });
    expect(ps.find((p) => p.role === 'representative')).toBeUndefined();
  });
});
