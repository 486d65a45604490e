import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  keyCheckValue,
  localKeyWrapper,
  NationalIdKeyLost,
  openNationalIds,
  resolveNationalIdKey,
  sealNationalIds,
} from '../../functions/commons/crypto/national-id-vault.ts';
import { idFor } from '../support/national-ids.ts';

const ids = [idFor(12, 3, 85), idFor(24, 11, 90)];

describe('national ids sealed at rest (envelope encryption, AES-256-GCM)', () => {
  it('seals to a value that holds no id in clear and opens to the same ids', async () => {
    const wrapper = localKeyWrapper(randomBytes(32));
    const sealed = await sealNationalIds(wrapper, ids, 'doc-1');
    for (const id of ids) expect(sealed).not.toContain(id);
    expect(await openNationalIds(wrapper, sealed, 'doc-1')).toEqual(ids);
    // A data key of its own each time: the same ids never seal to the same value.
    expect(await sealNationalIds(wrapper, ids, 'doc-1')).not.toBe(sealed);
  });

  it('does not open under another key, or on another document', async () => {
    const wrapper = localKeyWrapper(randomBytes(32));
    const sealed = await sealNationalIds(wrapper, ids, 'doc-1');
    await expect(openNationalIds(localKeyWrapper(randomBytes(32)), sealed, 'doc-1')).rejects.toThrow();
    await expect(openNationalIds(wrapper, sealed, 'doc-2')).rejects.toThrow();
  });

  it('makes a key only for a data dir that has neither key nor check value', () => {
    const fresh = resolveNationalIdKey({ keyFile: null, storedCheck: null, keyFilePath: 'k' });
    expect(fresh.created).toBe(true);
    expect(fresh.check).toBe(keyCheckValue(fresh.key));
    const again = resolveNationalIdKey({ keyFile: fresh.key, storedCheck: fresh.check, keyFilePath: 'k' });
    expect(again).toMatchObject({ created: false, check: fresh.check });
  });

  it('detects a lost key file, and a replaced one, instead of silently making a new key', () => {
    const key = randomBytes(32);
    const storedCheck = keyCheckValue(key);
    expect(() => resolveNationalIdKey({ keyFile: null, storedCheck, keyFilePath: '/data/national-id.key' })).toThrow(NationalIdKeyLost);
    expect(() => resolveNationalIdKey({ keyFile: null, storedCheck, keyFilePath: '/data/national-id.key' })).toThrow(/restore the file from your backup/);
    expect(() => resolveNationalIdKey({ keyFile: randomBytes(32), storedCheck, keyFilePath: '/data/national-id.key' })).toThrow(/not the key/);
  });
});
