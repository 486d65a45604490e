import { createHmac } from 'node:crypto';

/**
 * A national id is only ever a key as a keyed hash (HMAC-SHA256): an 11-digit number has too few
 * values for a plain hash to hide it, while without the key the hashes say nothing.
 */
export function nationalIdHash(nationalId: string, key: string): string {
  return keyedHash(nationalId, key);
}

/** The same keyed hash of anything else that must not be undone by trying the values it may have (a name). */
export function keyedHash(value: string, key: string): string {
  if (key.length < 16) throw new Error('the national-id hash key is too short (at least 16 characters)');
  return createHmac('sha256', key).update(value).digest('hex');
}
