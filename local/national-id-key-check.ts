import { readFile, writeFile } from 'node:fs/promises';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NationalIdKeyLost, resolveNationalIdKey } from '../functions/commons/crypto/national-id-vault.ts';

/**
 * The data dir's national-id key (national-id.key) seals the national ids stored on document items. As
 * with id-hash.key, the table keeps the key's check value: a key file that is missing or replaced while
 * the table has sealed ids is refused (NationalIdKeyLost), never silently replaced by a new key.
 */
export const NATIONAL_ID_KEY_CHECK_ITEM = { pk: 'KEY#national-id', sk: 'KCV' } as const;

async function storedCheck(client: DynamoDBDocumentClient, table: string): Promise<string | null> {
  const out = await client.send(new GetCommand({ TableName: table, Key: NATIONAL_ID_KEY_CHECK_ITEM, ConsistentRead: true }));
  return (out.Item?.kcv as string | undefined) ?? null;
}

async function readKeyFile(file: string): Promise<Buffer | null> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return text ? Buffer.from(text, 'base64') : null;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

/** The key to seal with (base64), made and recorded only for a data dir that has never had one. */
export async function checkedNationalIdKey(client: DynamoDBDocumentClient, table: string, keyFilePath: string): Promise<string> {
  const stored = await storedCheck(client, table);
  const resolved = resolveNationalIdKey({ keyFile: await readKeyFile(keyFilePath), storedCheck: stored, keyFilePath });
  // 'wx': never overwrite a key file another process has just written.
  if (resolved.created) await writeFile(keyFilePath, resolved.key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  if (!stored) {
    await client
      .send(new PutCommand({ TableName: table, Item: { ...NATIONAL_ID_KEY_CHECK_ITEM, kcv: resolved.check }, ConditionExpression: 'attribute_not_exists(pk)' }))
      .catch((error: { name?: string }) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
    // Another process may have recorded its own key first: the check value that stands decides.
    if ((await storedCheck(client, table)) !== resolved.check) throw resolveNationalIdKeyRace(keyFilePath);
  }
  return resolved.key.toString('base64');
}

function resolveNationalIdKeyRace(keyFilePath: string): NationalIdKeyLost {
  return new NationalIdKeyLost(`another process set a different national-id key for this data dir at the same moment (${keyFilePath})`);
}
