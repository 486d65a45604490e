import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { KeyWrapper } from './national-id-vault.ts';

/** The environment variable infra/ sets, on the functions that seal or show national ids only, to the KMS key's ARN. */
export const NATIONAL_ID_KMS_KEY_ENV = 'NATIONAL_ID_KMS_KEY_ARN';

/**
 * Every data key is made and opened under this encryption context. KMS binds it into the wrapped key,
 * so a wrapped key does not open under another purpose, and the IAM grants in infra/ name it as a
 * condition: the functions' permission on the key is good for national ids and nothing else.
 */
export const nationalIdKeyContext = { purpose: 'postmottak-national-ids' } as const;

/** What this wrapper calls of a KMS client (a real KMSClient, or a stub in the wrapper's unit test). */
export type KmsSender = Pick<KMSClient, 'send'>;

/**
 * The vault's KeyWrapper in AWS: KMS makes each data key (GenerateDataKey, AES-256) and opens the
 * wrapped copy stored beside the sealed ids (Decrypt). The key-encryption key never leaves KMS.
 */
export function kmsKeyWrapper(kms: KmsSender, keyId: string): KeyWrapper {
  return {
    async newDataKey() {
      const out = await kms.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { ...nationalIdKeyContext } }));
      if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS GenerateDataKey answered without a data key');
      return { plaintext: Buffer.from(out.Plaintext), wrapped: Buffer.from(out.CiphertextBlob) };
    },
    async unwrap(wrapped) {
      // KeyId pins the key: a wrapped key made under another KMS key is refused rather than opened.
      const out = await kms.send(new DecryptCommand({ CiphertextBlob: wrapped, KeyId: keyId, EncryptionContext: { ...nationalIdKeyContext } }));
      if (!out.Plaintext) throw new Error('KMS Decrypt answered without the data key');
      return Buffer.from(out.Plaintext);
    },
  };
}
