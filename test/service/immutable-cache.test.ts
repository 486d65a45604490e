import { describe, expect, it } from 'vitest';
import { ImmutableCache } from '../../service/adapters/immutable-cache.ts';

/** The page texts and images of a document id never change: read once from the bucket, then from memory, within a byte bound. */
describe('ImmutableCache', () => {
  const counting = () => {
    const loads: string[] = [];
    const load = (key: string, value: string | null) => async () => {
      loads.push(key);
      return value;
    };
    return { loads, load };
  };

  it('loads once per key, and forgets the least recently used first when over its bytes', async () => {
    const cache = new ImmutableCache<string>(10, (v) => v.length);
    const { loads, load } = counting();
    expect(await cache.get('a', load('a', 'aaaa'))).toBe('aaaa');
    expect(await cache.get('b', load('b', 'bbbb'))).toBe('bbbb');
    expect(await cache.get('a', load('a', 'never'))).toBe('aaaa');
    // c pushes the total to 12 > 10: b, the least recently used, goes; a stays.
    await cache.get('c', load('c', 'cccc'));
    expect(cache.bytes).toBe(8);
    expect(await cache.get('a', load('a', 'never'))).toBe('aaaa');
    expect(await cache.get('b', load('b', 'bbbb'))).toBe('bbbb');
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not remember a miss (a page written later is found) nor keep a value larger than itself', async () => {
    const cache = new ImmutableCache<string>(10, (v) => v.length);
    const { loads, load } = counting();
    expect(await cache.get('p', load('p', null))).toBeNull();
    expect(await cache.get('p', load('p', 'page'))).toBe('page');
    expect(await cache.get('huge', load('huge', 'x'.repeat(11)))).toHaveLength(11);
    expect(cache.bytes).toBe(4);
    await cache.get('huge', load('huge', 'x'.repeat(11)));
    expect(loads).toEqual(['p', 'p', 'huge', 'huge']);
  });
});
