import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * National ids at rest: an encrypted copy for display, beside the HMAC hashes used for lookup
 * (domain/registry/national-id-hash.ts). Envelope encryption (AES-256-GCM): a warm function uses one data
 * key for up to 100 lists within 5 minutes (data-key-cache.ts); each list stores that data key wrapped by
 * the key-encryption key beside it and opens alone, bound to its document. In
 * AWS a KMS key wraps (GenerateDataKey/Decrypt, behind `KeyWrapper`); locally a 32-byte key file in the
 * data dir does, with AES-256-GCM from node:crypto.
 */
export interface KeyWrapper {
  /** A fresh data key and the same key wrapped, to store. */
  newDataKey(): Promise<{ plaintext: Buffer; wrapped: Buffer }>;
  unwrap(wrapped: Buffer): Promise<Buffer>;
}

const format = 'nid1';

function gcmSeal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function gcmOpen(key: Buffer, sealed: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/** The local key-encryption key from the data dir's key file. */
export function localKeyWrapper(kek: Buffer): KeyWrapper {
  if (kek.length !== 32) throw new Error('the national-id key must be 32 bytes');
  return {
    async newDataKey() {
      const plaintext = randomBytes(32);
      return { plaintext, wrapped: gcmSeal(kek, plaintext, 'data-key') };
    },
    async unwrap(wrapped) {
      return gcmOpen(kek, wrapped, 'data-key');
    },
  };
}

/**
 * Seals a list of national ids to one string, bound to `context` (the document id) so a sealed value
 * copied onto another item does not open there.
 */
export async function sealNationalIds(wrapper: KeyWrapper, ids: readonly string[], context: string): Promise<string> {
  const { plaintext, wrapped } = await wrapper.newDataKey();
  const body = gcmSeal(plaintext, Buffer.from(JSON.stringify(ids)), context);
  plaintext.fill(0);
  return [format, wrapped.toString('base64url'), body.toString('base64url')].join('.');
}

export async function openNationalIds(wrapper: KeyWrapper, sealed: string, context: string): Promise<string[]> {
  const [version, wrapped, body] = sealed.split('.');
  if (version !== format || !wrapped || !body) throw new Error('not a sealed national-id value');
  const key = await wrapper.unwrap(Buffer.from(wrapped, 'base64url'));
  try {
    return JSON.parse(gcmOpen(key, Buffer.from(body, 'base64url'), context).toString('utf8')) as string[];
  } finally {
    key.fill(0);
  }
}

/**
 * The key check value: an HMAC of a fixed label under the key, stored in the table when the key is made.
 * A key file that is missing, or replaced by another, no longer matches it; that is reported, never
 * papered over by making a new key (which would leave every stored copy unreadable without a word).
 */
export function keyCheckValue(kek: Buffer): string {
  return createHmac('sha256', kek).update('postmottak national-id key check').digest('hex').slice(0, 32);
}

export class NationalIdKeyLost extends Error {
  override name = 'NationalIdKeyLost';
}

/**
 * Which key to use, given the key file (null when absent) and the check value the table holds (null
 * when it holds none): a new key only when neither exists, the file's key when it matches, and a
 * NationalIdKeyLost otherwise.
 */
export function resolveNationalIdKey(input: { keyFile: Buffer | null; storedCheck: string | null; keyFilePath: string }): { key: Buffer; check: string; created: boolean } {
  const { keyFile, storedCheck } = input;
  if (!keyFile && !storedCheck) {
    const key = randomBytes(32);
    return { key, check: keyCheckValue(key), created: true };
  }
  if (!keyFile) {
    throw new NationalIdKeyLost(
      `the national-id key ${input.keyFilePath} is missing, but this data dir holds national ids sealed with it: restore the file from your backup (postmottak will not make a new key over sealed data)`,
    );
  }
  const check = keyCheckValue(keyFile);
  if (storedCheck && !timingSafeEqual(Buffer.from(check), Buffer.from(storedCheck))) {
    throw new NationalIdKeyLost(`the national-id key ${input.keyFilePath} is not the key this data dir's national ids were sealed with: restore the right file from your backup`);
  }
  return { key: keyFile, check, created: false };
}
