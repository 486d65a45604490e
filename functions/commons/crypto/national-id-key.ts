import { KMSClient } from '@aws-sdk/client-kms';
import { localKeyWrapper, type KeyWrapper } from './national-id-vault.ts';
import { kmsKeyWrapper, NATIONAL_ID_KMS_KEY_ENV } from './kms-key-wrapper.ts';

/**
 * The key wrapper for sealed national ids. On a laptop the embedded runtime sets NATIONAL_ID_KEY (the
 * data dir's key file, checked against the table's check value). In AWS infra/ sets
 * NATIONAL_ID_KMS_KEY_ARN on the functions that seal or show ids, and KMS wraps. A function with
 * neither refuses rather than store national ids in clear; it is only asked when there are ids to seal
 * or a sealed copy to open.
 */
let kms: { keyId: string; wrapper: KeyWrapper } | undefined;

export function nationalIdKeyWrapper(): KeyWrapper {
  const local = process.env.NATIONAL_ID_KEY;
  if (local) return localKeyWrapper(Buffer.from(local, 'base64'));
  const keyId = process.env[NATIONAL_ID_KMS_KEY_ENV];
  if (keyId) {
    // One client per process, as for the other AWS clients (functions/commons/clients.ts).
    if (kms?.keyId !== keyId) kms = { keyId, wrapper: kmsKeyWrapper(new KMSClient({}), keyId) };
    return kms.wrapper;
  }
  throw new Error(`no national-id key: neither NATIONAL_ID_KEY nor ${NATIONAL_ID_KMS_KEY_ENV} is set for this function`);
}
