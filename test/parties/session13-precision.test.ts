import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { LABELLED_OTHER, TWO_ADDRESSES } from '../../domain/parties/address-doubts.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 13, precision first: where the letter gives conflicting evidence about the appellant's address, none is given and
 * the reason is said. Synthetic people and ids only.
 */
const postcodes = norwegianPostcodes();
const appellant = (lines: string[]) => extractParties(lines.join('\n'), { postcodes }).find((p) => p.role === 'appellant');
const head = ['Ola Hansen', 'Storgata 12', '3612 Kongsberg', '', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', '12.03.2025', ''];

describe('a second address of the writer’s own beside the head’s', () => {
  it('withholds the head’s address when the letter also gives a temporary one and does not say where to reply (bokmål, a c/o line)', () => {
    const a = appellant([...head, 'Jeg klager på vedtaket.', 'Jeg har også en midlertidig adresse, c/o Per Lie, Kirkeveien 4, 5003 Bergen, der jeg er mye.', '', 'Hilsen', 'Ola Hansen']);
    expect(a).toMatchObject({ name: 'Ola Hansen', address: [], addressWithheld: TWO_ADDRESSES });
  });

  it('withholds it for nynorsk «mellombels adresse:» too', () => {
    const a = appellant([...head, 'Eg klagar på vedtaket.', 'Eg har mellombels adresse: Kirkeveien 4, 5003 Bergen.', '', 'Helsing', 'Ola Hansen']);
    expect(a).toMatchObject({ name: 'Ola Hansen', address: [], addressWithheld: TWO_ADDRESSES });
  });

  it('still gives the address the writer asks the answer sent to (guard)', () => {
    const a = appellant([...head, 'Jeg klager på vedtaket.', 'Send svaret til meg på c/o Per Lie, Kirkeveien 4, 5003 Bergen.', '', 'Hilsen', 'Ola Hansen']);
    expect(a).toMatchObject({ name: 'Ola Hansen', address: ['c/o Per Lie', 'Kirkeveien 4', '5003 Bergen'] });
  });

  it('never gives a second address as the only one: «en annen adresse» may be where the decision went astray', () => {
    const a = appellant(['Klageorganet for helse og trygd', '', 'Jeg klager på vedtaket. Det ble sendt til en annen adresse, Kirkeveien 4, 5003 Bergen, der jeg ikke bor.', '', 'Hilsen', 'Ola Hansen']);
    expect(a?.address).toEqual([]);
  });

  it('keeps the head’s address when the temporary one is the same (guard)', () => {
    const a = appellant([...head, 'Jeg klager på vedtaket.', 'Min midlertidige adresse er den samme.', '', 'Hilsen', 'Ola Hansen']);
    expect(a).toMatchObject({ name: 'Ola Hansen', address: ['Storgata 12', '3612 Kongsberg'] });
  });
});

describe('a «Klager:» line naming another person than the one the address is given to', () => {
  it('withholds the address read with an id when «Klager:» names someone else', () => {
    const a = appellant(['Klageorganet for helse og trygd', '', 'Klager: Kari Hansen', '', 'Gjelder Ola Hansen, fnr. 23896027956, Storgata 12, 3612 Kongsberg.', 'Vi klager på vedtaket.', '', 'Hilsen', 'Per Dahl']);
    expect(a).toMatchObject({ address: [], addressWithheld: LABELLED_OTHER });
  });

  it('keeps the head’s address when «Klager:» names the writer (guard)', () => {
    const a = appellant([...head, 'Klager: Ola Hansen', '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Ola Hansen']);
    expect(a).toMatchObject({ name: 'Ola Hansen', address: ['Storgata 12', '3612 Kongsberg'] });
  });
});
