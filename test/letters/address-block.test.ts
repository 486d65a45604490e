import { describe, expect, it } from 'vitest';
import { addressBlock } from '../../domain/letters/address-block.ts';

/**
 * The window envelope's lines (review finding, session 10): a Norwegian postcode written with its
 * country prefix is split off like any other, and «, Norge» after the place is not printed on a letter
 * posted in Norway; an address abroad is left as written.
 */
describe('the address block of a letter posted in Norway', () => {
  it.each([
    [['Storgata 12, NO-0467 Oslo'], ['Storgata 12', '0467 Oslo']],
    [['Storgata 12, N-0467 Oslo'], ['Storgata 12', '0467 Oslo']],
    [['Storgata 12', 'NO-0467 Oslo'], ['Storgata 12', '0467 Oslo']],
    [['Storgata 12, 3612 Kongsberg, Norge'], ['Storgata 12', '3612 Kongsberg']],
    [['Storgata 12', '3612 Kongsberg, Norway'], ['Storgata 12', '3612 Kongsberg']],
    [['Storgata 12, 3612 Kongsberg'], ['Storgata 12', '3612 Kongsberg']],
    [['Storgata 12', '3612 Kongsberg'], ['Storgata 12', '3612 Kongsberg']],
  ])('%j is written %j', (read, written) => {
    expect(addressBlock(read)).toEqual(written);
  });

  it.each([[['Vestergade 12, DK-8000 Aarhus C']], [['Vestergade 12, 8000 Aarhus C, Danmark']], [['Storgatan 1', 'SE-111 22 Stockholm']], [['Rue de la Paix 1, F-75002 Paris']]])('leaves %j abroad as written', (read) => {
    expect(addressBlock(read)).toEqual(read);
  });
});
