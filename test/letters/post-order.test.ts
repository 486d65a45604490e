import { describe, expect, it } from 'vitest';
import { inPostOrder, postedAbroad } from '../../domain/letters/post-order.ts';

/** The day's post: letters in Norway first, then abroad (Posten franks them differently), each pile in a stable order. */
const letter = (letterId: string, caseNumber: string, address: string[], letterDate = '2025-06-10') => ({ letterId, caseNumber, letterDate, recipient: { name: 'X', address } });

describe('the order of the day’s post', () => {
  const bergen = letter('l-3', '2025/00003', ['Fjellveien 3', '5006 Bergen']);
  const goteborg = letter('l-1', '2025/00001', ['Storgatan 4', '411 38 Göteborg', 'SVERIGE']);
  const oslo = letter('l-2', '2025/00002', ['Storgata 1', '0467 Oslo']);
  const aarhus = letter('l-4', '2025/00004', ['Vestergade 12', '8000 Aarhus C', 'DANMARK']);
  const earlier = letter('l-9', '2025/00009', ['Sjøgata 4', '6800 Førde'], '2025-06-09');
  const sameCase = letter('l-0', '2025/00003', ['Fjellveien 3', '5006 Bergen']);

  it('puts every letter abroad after every letter in Norway, each pile by letter date, case number and letter id', () => {
    const ordered = inPostOrder([goteborg, bergen, aarhus, oslo, earlier, sameCase]);
    expect(ordered.map((l) => l.letterId)).toEqual(['l-9', 'l-2', 'l-0', 'l-3', 'l-1', 'l-4']);
  });

  it('gives the same order whatever order the letters came in', () => {
    const all = [goteborg, bergen, aarhus, oslo, earlier, sameCase];
    const once = inPostOrder(all).map((l) => l.letterId);
    expect(inPostOrder([...all].reverse()).map((l) => l.letterId)).toEqual(once);
    expect(all.map((l) => l.letterId)).toEqual(['l-1', 'l-3', 'l-4', 'l-2', 'l-9', 'l-0']);
  });

  it('reads abroad from the envelope’s country line, by any name the country table knows; Norway and Svalbard are at home', () => {
    expect(postedAbroad(goteborg)).toBe(true);
    expect(postedAbroad(letter('x', 'y', ['12 High Street', 'London', 'SW1A 1AA', 'UNITED KINGDOM']))).toBe(true);
    expect(postedAbroad(bergen)).toBe(false);
    expect(postedAbroad(letter('x', 'y', ['Postboks 1', '9170 Longyearbyen']))).toBe(false);
    expect(postedAbroad({ recipient: null })).toBe(false);
  });
});
