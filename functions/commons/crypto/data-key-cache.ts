import type { KeyWrapper } from './national-id-vault.ts';

/**
 * How long, and for how many sealed lists, a warm function reuses one data key; and how many opened
 * data keys it keeps. The bounds are those the AWS Encryption SDK's caching materials manager asks for
 * (max age, max messages): one leaked data key opens at most this many lists, made within this time.
 */
export interface DataKeyCacheLimits {
  maxAgeMs: number;
  maxMessages: number;
  /** Opened (unwrapped) data keys kept, each at most maxAgeMs (at least 1). */
  maxOpened: number;
}

export const dataKeyCacheLimits: DataKeyCacheLimits = { maxAgeMs: 5 * 60_000, maxMessages: 100, maxOpened: 100 };

export interface CachingKeyWrapper extends KeyWrapper {
  /** Drops every kept key (and zeroes it). */
  forget(): void;
}

interface Kept {
  plaintext: Buffer;
  wrapped: Buffer;
  madeAt: number;
}

/**
 * A KeyWrapper that spares KMS requests within a warm function: a data key it made seals up to
 * maxMessages lists within maxAgeMs, and a wrapped key it opened (or made) opens again without asking.
 * Every sealed list still carries its wrapped data key beside it (national-id-vault.ts), so each one
 * opens on its own with one Decrypt anywhere, as without the cache. The vault zeroes the keys it is
 * given, so callers get copies.
 *
 * A stale key is dropped and zeroed at the start of the next newDataKey or unwrap, not on a timer: Lambda
 * freezes the environment between invocations, so a key older than maxAgeMs stays in memory (frozen)
 * until the next invocation after it went stale, or until the environment is recycled.
 */
export function cachingKeyWrapper(inner: KeyWrapper, limits: DataKeyCacheLimits = dataKeyCacheLimits, now: () => number = Date.now): CachingKeyWrapper {
  if (!(limits.maxOpened >= 1) || !(limits.maxMessages >= 1) || !(limits.maxAgeMs > 0)) {
    throw new Error(`data-key cache limits must be positive (maxOpened and maxMessages at least 1): ${JSON.stringify(limits)}`);
  }
  let sealing: (Kept & { uses: number }) | undefined;
  const opened = new Map<string, Kept>();
  const fresh = (kept: Kept) => now() - kept.madeAt < limits.maxAgeMs;
  const drop = (kept: Kept | undefined) => kept?.plaintext.fill(0);
  const prune = () => {
    if (sealing && !fresh(sealing)) {
      drop(sealing);
      sealing = undefined;
    }
    for (const [id, kept] of opened) {
      if (fresh(kept)) continue;
      drop(kept);
      opened.delete(id);
    }
  };
  const keep = (kept: Kept) => {
    const id = kept.wrapped.toString('base64');
    drop(opened.get(id));
    opened.delete(id);
    // The oldest first out: a Map iterates in insertion order.
    while (opened.size >= limits.maxOpened) {
      const [oldest] = opened.keys();
      drop(opened.get(oldest!));
      opened.delete(oldest!);
    }
    opened.set(id, { ...kept, plaintext: Buffer.from(kept.plaintext) });
  };
  return {
    async newDataKey() {
      prune();
      if (!sealing || sealing.uses >= limits.maxMessages) {
        if (sealing) drop(sealing);
        const made = await inner.newDataKey();
        sealing = { plaintext: Buffer.from(made.plaintext), wrapped: made.wrapped, madeAt: now(), uses: 0 };
        made.plaintext.fill(0);
        keep(sealing);
      }
      sealing.uses += 1;
      return { plaintext: Buffer.from(sealing.plaintext), wrapped: sealing.wrapped };
    },
    async unwrap(wrapped) {
      prune();
      const kept = opened.get(wrapped.toString('base64'));
      if (kept) return Buffer.from(kept.plaintext);
      const plaintext = await inner.unwrap(wrapped);
      keep({ plaintext, wrapped, madeAt: now() });
      return plaintext;
    },
    forget() {
      drop(sealing);
      sealing = undefined;
      for (const kept of opened.values()) drop(kept);
      opened.clear();
    },
  };
}
