import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('stale keys', () => {
    afterEach(() => vi.restoreAllMocks());

    /** Every 32-byte copy the cache makes of a key while `run` runs (the copies it keeps are among them). */
    async function copiesMadeBy(run: () => Promise<unknown>): Promise<Buffer[]> {
      const copies: Buffer[] = [];
      const from = Buffer.from.bind(Buffer) as (...args: unknown[]) => Buffer;
      const spy = vi.spyOn(Buffer, 'from').mockImplementation(((...args: unknown[]) => {
        const made = from(...args);
        if (Buffer.isBuffer(args[0]) && made.length === 32) copies.push(made);
        return made;
      }) as typeof Buffer.from);
      await run();
      spy.mockRestore();
      return copies;
    }
    const live = (copies: Buffer[]) => copies.filter((b) => b.some((x) => x !== 0));

    it('zeroes an expired opened key and an expired sealing key at the next call, not only when they are asked for', async () => {
      const { wrapper, kek } = counted();
      const sealedElsewhere = await sealNationalIds(localKeyWrapper(kek), ids, 'doc-a');
      let clock = 0;
      const cache = cachingKeyWrapper(wrapper, { maxAgeMs: 60_000, maxMessages: 100, maxOpened: 100 }, () => clock);
      const copies = await copiesMadeBy(async () => {
        await openNationalIds(cache, sealedElsewhere, 'doc-a');
        // The caller's copy is the caller's to zero, as the vault does.
        (await cache.newDataKey()).plaintext.fill(0);
      });
      expect(live(copies).length).toBeGreaterThan(0);
      clock = 60_000;
      // An unrelated call: neither stale key is asked for, yet both go.
      await sealNationalIds(localKeyWrapper(kek), ids, 'doc-b').then((other) => openNationalIds(cache, other, 'doc-b'));
      expect(live(copies)).toEqual([]);
    });

    it('zeroes stale keys on newDataKey too, and keeps the fresh ones', async () => {
      const { wrapper, calls, kek } = counted();
      const maker = localKeyWrapper(kek);
      const [old, young] = [await sealNationalIds(maker, ids, 'old'), await sealNationalIds(maker, ids, 'young')];
      let clock = 0;
      const cache = cachingKeyWrapper(wrapper, { maxAgeMs: 60_000, maxMessages: 100, maxOpened: 100 }, () => clock);
      const oldCopies = await copiesMadeBy(() => openNationalIds(cache, old, 'old'));
      clock = 30_000;
      await openNationalIds(cache, young, 'young');
      clock = 60_000;
      (await cache.newDataKey()).plaintext.fill(0);
      expect(live(oldCopies)).toEqual([]);
      await openNationalIds(cache, young, 'young');
      expect(calls.decrypt).toBe(2);
    });

    it('refuses limits that would keep no key or loop for ever', () => {
      const { wrapper } = counted();
      expect(() => cachingKeyWrapper(wrapper, { maxAgeMs: 60_000, maxMessages: 3, maxOpened: 0 })).toThrow(/maxOpened/);
      expect(() => cachingKeyWrapper(wrapper, { maxAgeMs: 60_000, maxMessages: 0, maxOpened: 2 })).toThrow(/limits/);
    });
  });
});
