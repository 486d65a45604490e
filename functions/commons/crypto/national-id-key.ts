import { KMSClient } from '@aws-sdk/client-kms';
import { localKeyWrapper } from './national-id-vault.ts';
import { kmsKeyWrapper, NATIONAL_ID_KMS_KEY_ENV } from './kms-key-wrapper.ts';
import { cachingKeyWrapper, type CachingKeyWrapper } from './data-key-cache.ts';

/**
 * The key wrapper for sealed national ids. On a laptop the embedded runtime sets NATIONAL_ID_KEY (the
 * data dir's key file, checked against the table's check value). In AWS infra/ sets
 * NATIONAL_ID_KMS_KEY_ARN on the functions that seal or show ids, and KMS wraps. A function with
 * neither refuses rather than store national ids in clear; it is only asked when there are ids to seal
 * or a sealed copy to open. Either way the data keys are kept for a bounded time and use
 * (data-key-cache.ts: 5 minutes, 100 lists; a stale key is zeroed at the next invocation's first seal or
 * open, since Lambda freezes in between), one wrapper per process and key, as for the other AWS clients
 * (functions/commons/clients.ts). A changed key forgets (zeroes) every key kept under the old one.
 */
let kept: { source: string; wrapper: CachingKeyWrapper } | undefined;

export function nationalIdKeyWrapper(): CachingKeyWrapper {
  const local = process.env.NATIONAL_ID_KEY;
  const keyId = process.env[NATIONAL_ID_KMS_KEY_ENV];
  if (!local && !keyId) throw new Error(`no national-id key: neither NATIONAL_ID_KEY nor ${NATIONAL_ID_KMS_KEY_ENV} is set for this function`);
  const source = local ? `local:${local}` : `kms:${keyId}`;
  if (kept?.source !== source) {
    kept?.wrapper.forget();
    kept = { source, wrapper: cachingKeyWrapper(local ? localKeyWrapper(Buffer.from(local, 'base64')) : kmsKeyWrapper(new KMSClient({}), keyId!)) };
  }
  return kept.wrapper;
}

/** Drops the kept data keys (a measurement that counts every invocation as a fresh environment). */
export function forgetNationalIdDataKeys(): void {
  kept?.wrapper.forget();
}
