import { localKeyWrapper, type KeyWrapper } from './national-id-vault.ts';

/**
 * The key wrapper for sealed national ids. On a laptop the embedded runtime sets NATIONAL_ID_KEY (the
 * data dir's key file, checked against the table's check value). In AWS the wrap belongs to KMS
 * (GenerateDataKey/Decrypt behind `KeyWrapper`); @aws-sdk/client-kms is not installed yet, so without a
 * local key this refuses rather than store national ids in clear.
 */
export function nationalIdKeyWrapper(): KeyWrapper {
  const local = process.env.NATIONAL_ID_KEY;
  if (local) return localKeyWrapper(Buffer.from(local, 'base64'));
  throw new Error('no national-id key: NATIONAL_ID_KEY is not set (the KMS key wrapper is not wired in yet)');
}
