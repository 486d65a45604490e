import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 10 (issue #16): cues read from who a letter is from and on whose behalf, found on the ninth
 * development slice (corpus/parties/households-and-borders.ts) and in the notes left by session 9. Each
 * letter is written here with synthetic names.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) =>
  extractParties(lines.join('\n'), { hashNationalId: () => 'a'.repeat(64), postcodes }).map((p) => ({ role: p.role, name: p.name, address: p.address, ...(p.addressWithheld ? { addressWithheld: p.addressWithheld } : {}), ...(p.firm ? { firm: p.firm } : {}) })).sort((a, b) => a.role.localeCompare(b.role));
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const head = ['Sigrid Vold', 'Storgata 12', '0155 Oslo', ''];
const SIGRID = { role: 'appellant', name: 'Sigrid Vold', address: ['Storgata 12', '0155 Oslo'] };

describe('a power over something other than the case', () => {
  it('given to a daughter "til å handle i nettbanken" leaves the writer the appellant with her address', () => {
    for (const sentence of ['Jeg har gitt min datter Kari Vold fullmakt til å handle i nettbanken for meg.', 'Datteren min Kari Vold har fullmakt til å handle i nettbanken for meg.', 'Jeg gir sønnen min Per Vold fullmakt til å betale regningene mine.']) {
      expect(parties([...head, ...own, '', 'Jeg klager på vedtaket om tannbehandling.', sentence, '', 'Med vennlig hilsen', 'Sigrid Vold']), sentence).toEqual([SIGRID]);
    }
  });
  it('still makes the holder of a power over the case the representative', () => {
    const letter = [...head, ...own, '', 'Jeg klager på vedtaket om tannbehandling.', 'Datteren min Kari Vold har fullmakt til å føre saken for meg.', '', 'Med vennlig hilsen', 'Sigrid Vold'];
    expect(parties(letter)).toEqual([SIGRID, { role: 'representative', name: 'Kari Vold', address: [] }]);
  });
});

describe('relatives the appellant names in their own letter', () => {
  it('a spouse and a child named beside the appeal are no party', () => {
    const letter = [...own, '', '13.06.2025', '', 'Dette er min klage på avslaget jeg fikk.', 'Min mann, Ola Vold, har fulgt meg til alle timene, og datteren vår Ida hjelper meg med det praktiske.', '', 'Med vennlig hilsen', 'Sigrid Vold', 'Storgata 12', '0155 Oslo'];
    expect(parties(letter)).toEqual([SIGRID]);
  });
  it('a relative in a sentence about the appeal is still whom the writer writes for', () => {
    const letter = [...head, ...own, '', 'Jeg klager på vedtaket som gjelder min mor, Astrid Vold.', 'Hun er for syk til å skrive selv.', '', 'Med vennlig hilsen', 'Sigrid Vold'];
    const read = parties(letter);
    expect(read.find((p) => p.role === 'appellant')?.name).toBe('Astrid Vold');
    expect(read.find((p) => p.role === 'representative')).toMatchObject({ name: 'Sigrid Vold', address: ['Storgata 12', '0155 Oslo'] });
  });
});
