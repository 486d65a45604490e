import { createHmac } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { recordCheckValue, storedCheckValue } from './key-check-values.ts';

/**
 * The national-id hashes in the table are HMACs under the data directory's key (id-hash.key). A new
 * key would silently split every person from their cases: the next letter would find no case and open
 * a second one. So the table keeps a key check value (an HMAC of a fixed text, which reveals nothing
 * of the key), and the stack refuses to start when the key file is missing or differs from it.
 */
const KEY_CHECK_ITEM = { pk: 'KEY#id-hash', sk: 'KCV' } as const;

export class IdHashKeyError extends Error {
  override readonly name = 'IdHashKeyError';
}

export function keyCheckValue(key: string): string {
  return createHmac('sha256', key).update('postmottak id-hash key check value').digest('hex').slice(0, 16);
}

/**
 * `key` is the key file's content, or null when there is no key file. Returns the key to use: the
 * file's, or a new one (made by `makeKey`) only when the table has never had one.
 */
export async function checkedIdHashKey(client: DynamoDBDocumentClient, table: string, key: string | null, makeKey: () => Promise<string>): Promise<string> {
  const stored = await storedCheckValue(client, table, KEY_CHECK_ITEM);
  if (key === null) {
    if (stored) throw new IdHashKeyError('id-hash.key mangler i datamappen, men tabellen har fødselsnummer-hasher laget med en nøkkel: legg tilbake filen fra en sikkerhetskopi (en ny nøkkel ville skille personer fra sakene deres)');
    key = await makeKey();
  } else if (stored && stored !== keyCheckValue(key)) {
    throw new IdHashKeyError('id-hash.key er ikke nøkkelen tabellens fødselsnummer-hasher ble laget med: legg tilbake riktig fil fra en sikkerhetskopi');
  }
  if (!stored && !(await recordCheckValue(client, table, KEY_CHECK_ITEM, keyCheckValue(key)))) {
    throw new IdHashKeyError('en annen prosess satte en annen id-hash-nøkkel for denne tabellen i samme øyeblikk');
  }
  return key;
}
