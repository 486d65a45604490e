import { createHmac } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The national-id hashes in the table are HMACs under the data directory's key (id-hash.key). A new
 * key would silently split every person from their cases: the next letter would find no case and open
 * a second one. So the table keeps a key check value (an HMAC of a fixed text, which reveals nothing
 * of the key), and the stack refuses to start when the key file is missing or differs from it.
 */
export const KEY_CHECK_ITEM = { pk: 'KEY#id-hash', sk: 'KCV' } as const;

export class IdHashKeyError extends Error {
  override readonly name = 'IdHashKeyError';
}

export function keyCheckValue(key: string): string {
  return createHmac('sha256', key).update('postmottak id-hash key check value').digest('hex').slice(0, 16);
}

/** The stored check value, or null in a table that has none yet (a new data directory). */
export async function storedKeyCheckValue(client: DynamoDBDocumentClient, table: string): Promise<string | null> {
  const out = await client.send(new GetCommand({ TableName: table, Key: KEY_CHECK_ITEM, ConsistentRead: true }));
  return (out.Item?.kcv as string | undefined) ?? null;
}

/**
 * `key` is the key file's content, or null when there is no key file. Returns the key to use: the
 * file's, or a new one (made by `makeKey`) only when the table has never had one.
 */
export async function checkedIdHashKey(client: DynamoDBDocumentClient, table: string, key: string | null, makeKey: () => Promise<string>): Promise<string> {
  const stored = await storedKeyCheckValue(client, table);
  if (key === null) {
    if (stored) throw new IdHashKeyError('id-hash.key is missing from the data directory, but its table holds national-id hashes made with a key: restore the file from a backup (a new key would split people from their cases)');
    key = await makeKey();
  } else if (stored && stored !== keyCheckValue(key)) {
    throw new IdHashKeyError('id-hash.key is not the key the table\'s national-id hashes were made with: restore the right file from a backup');
  }
  if (!stored) {
    await client
      .send(new PutCommand({ TableName: table, Item: { ...KEY_CHECK_ITEM, kcv: keyCheckValue(key) }, ConditionExpression: 'attribute_not_exists(pk)' }))
      .catch((error: { name?: string }) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
    // Another process may have written its own value first: the check value that stands decides.
    const now = await storedKeyCheckValue(client, table);
    if (now !== keyCheckValue(key)) throw new IdHashKeyError('another process set a different id-hash key for this table at the same moment');
  }
  return key;
}
