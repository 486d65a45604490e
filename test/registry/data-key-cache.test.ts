import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cachingKeyWrapper } from '../../functions/commons/crypto/data-key-cache.ts';
import { localKeyWrapper, openNationalIds, sealNationalIds, type KeyWrapper } from '../../functions/commons/crypto/national-id-vault.ts';

/** A local wrapper that counts what would be KMS requests. */
function counted(kek = randomBytes(32)) {
  const inner = localKeyWrapper(kek);
  const calls = { generate: 0, decrypt: 0 };
  const wrapper: KeyWrapper = {
    newDataKey: () => {
      calls.generate += 1;
      return inner.newDataKey();
    },
    unwrap: (wrapped) => {
      calls.decrypt += 1;
      return inner.unwrap(wrapped);
    },
  };
  return { wrapper, calls, kek };
}

const limits = { maxAgeMs: 60_000, maxMessages: 3, maxOpened: 2 };
const ids = ['01818012345'];

describe('the data-key cache of the national-id vault', () => {
  it('seals several lists with one data key and opens them with one unwrap', async () => {
    const { wrapper, calls } = counted();
    const cache = cachingKeyWrapper(wrapper, limits, () => 0);
    const sealed = [await sealNationalIds(cache, ids, 'doc-a'), await sealNationalIds(cache, ['01818054321'], 'doc-b')];
    expect(calls.generate).toBe(1);
    expect(await openNationalIds(cache, sealed[0]!, 'doc-a')).toEqual(ids);
    expect(await openNationalIds(cache, sealed[1]!, 'doc-b')).toEqual(['01818054321']);
    // The key it made is kept opened: no unwrap at all.
    expect(calls.decrypt).toBe(0);
  });

  it('leaves every sealed list openable on its own, without the cache, and bound to its document', async () => {
    const { wrapper, kek } = counted();
    const cache = cachingKeyWrapper(wrapper, limits, () => 0);
    const a = await sealNationalIds(cache, ids, 'doc-a');
    const b = await sealNationalIds(cache, ['01818054321'], 'doc-b');
    const elsewhere = localKeyWrapper(kek);
    expect(await openNationalIds(elsewhere, b, 'doc-b')).toEqual(['01818054321']);
    expect(await openNationalIds(elsewhere, a, 'doc-a')).toEqual(ids);
    await expect(openNationalIds(elsewhere, a, 'doc-b')).rejects.toThrow();
  });

  it('makes a new data key after maxMessages lists and after maxAgeMs', async () => {
    const { wrapper, calls } = counted();
    let clock = 0;
    const cache = cachingKeyWrapper(wrapper, limits, () => clock);
    for (let i = 0; i < 4; i++) await sealNationalIds(cache, ids, `doc-${i}`);
    expect(calls.generate).toBe(2);
    clock = limits.maxAgeMs;
    await sealNationalIds(cache, ids, 'doc-late');
    expect(calls.generate).toBe(3);
  });

  it('asks again for a wrapped key once it is older than maxAgeMs, or pushed out by maxOpened others', async () => {
    const { wrapper, calls, kek } = counted();
    const maker = localKeyWrapper(kek);
    const sealed = await Promise.all(['a', 'b', 'c'].map((d) => sealNationalIds(maker, ids, d)));
    let clock = 0;
    const cache = cachingKeyWrapper(wrapper, limits, () => clock);
    await openNationalIds(cache, sealed[0]!, 'a');
    await openNationalIds(cache, sealed[0]!, 'a');
    expect(calls.decrypt).toBe(1);
    await openNationalIds(cache, sealed[1]!, 'b');
    await openNationalIds(cache, sealed[2]!, 'c');
    await openNationalIds(cache, sealed[0]!, 'a');
    expect(calls.decrypt).toBe(4);
    clock = limits.maxAgeMs;
    await openNationalIds(cache, sealed[0]!, 'a');
    expect(calls.decrypt).toBe(5);
  });

  it('forgets every key it kept', async () => {
    const { wrapper, calls } = counted();
    const cache = cachingKeyWrapper(wrapper, limits, () => 0);
    const sealed = await sealNationalIds(cache, ids, 'doc-a');
    cache.forget();
    await sealNationalIds(cache, ids, 'doc-b');
    await openNationalIds(cache, sealed, 'doc-a');
    expect(calls).toEqual({ generate: 2, decrypt: 1 });
  });
});
