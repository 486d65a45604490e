import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { unflattenHeads } from '../../domain/parties/flattened-heads.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * The review of session 10's party extraction (issue #16): adversarial letters, written here with synthetic
 * names. Each test failed before its fix.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) =>
  extractParties(lines.join('\n'), { hashNationalId: () => 'a'.repeat(64), postcodes }).map((p) => ({ role: p.role, name: p.name, address: p.address, ...(p.addressWithheld ? { withheld: true } : {}) })).sort((a, b) => a.role.localeCompare(b.role));
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const flattened = ['Kari Vold Klageorganet for helse og trygd', 'Bakkevegen 3 Postboks 6355 Etterstad', '1411 Kolbotn 0604 Oslo'];
const KARI_REP = { role: 'representative', name: 'Kari Vold', address: ['Bakkevegen 3', '1411 Kolbotn'] };

describe('a flattened two-column head under other lines', () => {
  it('keeps every line above the head as written', () => {
    for (const top of ['13.10.2025', 'Gjelder: Astrid Vold, Storgata 12, 0155 Oslo', 'Advokatfirmaet Lie AS']) {
      expect(unflattenHeads([top, ...flattened].join('\n')), top).toBe([top, 'Kari Vold', 'Bakkevegen 3', '1411 Kolbotn', '', ...own].join('\n'));
    }
  });
  it('does not split a labelled line ("Klager: Astrid Vold") as a column', () => {
    expect(unflattenHeads(['Klager: Astrid Vold', ...flattened].join('\n'))).toBe(['Klager: Astrid Vold', 'Kari Vold', 'Bakkevegen 3', '1411 Kolbotn', '', ...own].join('\n'));
  });
  it('reads at most one name row, the head\'s first', () => {
    expect(unflattenHeads(['Ola Vold Klageorganet', ...flattened].join('\n')).split('\n')[0]).toBe('Ola Vold Klageorganet');
  });
  it('a daughter writing for her mother named above the head is the representative with her own address', () => {
    const tail = ['', 'Hilsen', 'Kari Vold'];
    expect(parties(['Gjelder: Astrid Vold, Storgata 12, 0155 Oslo', ...flattened, '', 'Jeg klager på vedtaket om min mors hjemmesykepleie på vegne av henne.', ...tail])).toEqual([{ role: 'appellant', name: 'Astrid Vold', address: ['Storgata 12', '0155 Oslo'] }, KARI_REP]);
    expect(parties(['Klager: Astrid Vold', ...flattened, '', 'Jeg klager på vedtaket på vegne av min mor.', ...tail])).toEqual([{ role: 'appellant', name: 'Astrid Vold', address: [] }, KARI_REP]);
  });
});
