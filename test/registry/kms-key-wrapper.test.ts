import { describe, expect, it } from 'vitest';
import { DecryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import { kmsKeyWrapper, nationalIdKeyContext, type KmsSender } from '../../functions/commons/crypto/kms-key-wrapper.ts';
import { openNationalIds, sealNationalIds } from '../../functions/commons/crypto/national-id-vault.ts';
import { nationalIdKeyWrapper } from '../../functions/commons/crypto/national-id-key.ts';
import { KmsStandIn } from '../support/kms-stand-in.ts';
import { idFor } from '../support/national-ids.ts';

const keyArn = 'arn:aws:kms:eu-north-1:111111111111:key/0b7e4a6c-national-ids';
const otherKeyArn = 'arn:aws:kms:eu-north-1:111111111111:key/5d1f9e20-other';
const ids = [idFor(3, 4, 88)];

/** A KMS client stub: the SDK's commands, answered by the stand-in (an adapter's unit test, so no real KMS). */
function stubClient(kms: KmsStandIn, tamper?: (answer: Record<string, unknown>) => Record<string, unknown>): KmsSender {
  return {
    send: (async (command: unknown) => {
      const answer =
        command instanceof GenerateDataKeyCommand ? kms.generateDataKey(command.input) : command instanceof DecryptCommand ? kms.decrypt(command.input) : null;
      if (!answer) throw new Error(`the stub answers GenerateDataKey and Decrypt only, not ${(command as object).constructor.name}`);
      return tamper ? tamper(answer) : answer;
    }) as KmsSender['send'],
  };
}

describe('the KMS key wrapper of sealed national ids', () => {
  it('seals with a data key from GenerateDataKey and opens it with Decrypt, both under the key and the purpose context', async () => {
    const kms = new KmsStandIn([keyArn]);
    const wrapper = kmsKeyWrapper(stubClient(kms), keyArn);
    const sealed = await sealNationalIds(wrapper, ids, 'doc-1#fields');
    expect(sealed).not.toContain(ids[0]);
    expect(await openNationalIds(wrapper, sealed, 'doc-1#fields')).toEqual(ids);
    expect(kms.calls).toEqual([
      { operation: 'GenerateDataKey', keyId: keyArn, context: { purpose: 'postmottak-national-ids' } },
      { operation: 'Decrypt', keyId: keyArn, context: { purpose: 'postmottak-national-ids' } },
    ]);
    expect(nationalIdKeyContext).toEqual({ purpose: 'postmottak-national-ids' });
  });

  it('does not open a value sealed under another KMS key, nor one copied to another document', async () => {
    const kms = new KmsStandIn([keyArn, otherKeyArn]);
    const sealed = await sealNationalIds(kmsKeyWrapper(stubClient(kms), otherKeyArn), ids, 'doc-1#fields');
    await expect(openNationalIds(kmsKeyWrapper(stubClient(kms), keyArn), sealed, 'doc-1#fields')).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
    const ours = await sealNationalIds(kmsKeyWrapper(stubClient(kms), keyArn), ids, 'doc-1#fields');
    await expect(openNationalIds(kmsKeyWrapper(stubClient(kms), keyArn), ours, 'doc-2#fields')).rejects.toThrow();
  });

  it('refuses an answer without key material instead of sealing with nothing', async () => {
    const kms = new KmsStandIn([keyArn]);
    const wrapper = kmsKeyWrapper(
      stubClient(kms, ({ Plaintext: _p, ...rest }) => rest),
      keyArn,
    );
    await expect(sealNationalIds(wrapper, ids, 'doc-1#fields')).rejects.toThrow(/without a data key/);
  });
});

describe('choosing the key wrapper', () => {
  const withEnv = async (env: Record<string, string | undefined>, run: () => Promise<void>) => {
    const before = { NATIONAL_ID_KEY: process.env.NATIONAL_ID_KEY, NATIONAL_ID_KMS_KEY_ARN: process.env.NATIONAL_ID_KMS_KEY_ARN };
    Object.assign(process.env, env);
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
    try {
      await run();
    } finally {
      for (const [k, v] of Object.entries(before)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };

  it('uses the data dir key when the embedded runtime set one, and refuses when a function has neither key', async () => {
    await withEnv({ NATIONAL_ID_KEY: Buffer.alloc(32, 3).toString('base64'), NATIONAL_ID_KMS_KEY_ARN: undefined }, async () => {
      const sealed = await sealNationalIds(nationalIdKeyWrapper(), ids, 'doc-1');
      expect(await openNationalIds(nationalIdKeyWrapper(), sealed, 'doc-1')).toEqual(ids);
    });
    await withEnv({ NATIONAL_ID_KEY: undefined, NATIONAL_ID_KMS_KEY_ARN: undefined }, async () => {
      expect(() => nationalIdKeyWrapper()).toThrow(/neither NATIONAL_ID_KEY nor NATIONAL_ID_KMS_KEY_ARN/);
    });
  });

  it('forgets the data keys it kept when the key changes: a list sealed under the old key is refused under the new one', async () => {
    let sealed = '';
    await withEnv({ NATIONAL_ID_KEY: Buffer.alloc(32, 5).toString('base64'), NATIONAL_ID_KMS_KEY_ARN: undefined }, async () => {
      sealed = await sealNationalIds(nationalIdKeyWrapper(), ids, 'doc-1');
      // Opened once more under the same key: the cache holds the data key now.
      expect(await openNationalIds(nationalIdKeyWrapper(), sealed, 'doc-1')).toEqual(ids);
    });
    await withEnv({ NATIONAL_ID_KEY: Buffer.alloc(32, 6).toString('base64'), NATIONAL_ID_KMS_KEY_ARN: undefined }, async () => {
      await expect(openNationalIds(nationalIdKeyWrapper(), sealed, 'doc-1')).rejects.toThrow();
      // And what the new key seals opens under it.
      const ours = await sealNationalIds(nationalIdKeyWrapper(), ids, 'doc-2');
      expect(await openNationalIds(nationalIdKeyWrapper(), ours, 'doc-2')).toEqual(ids);
    });
  });
});
