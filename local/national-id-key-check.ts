import { readFile, writeFile } from 'node:fs/promises';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NationalIdKeyLost, resolveNationalIdKey } from '../functions/commons/crypto/national-id-vault.ts';
import { recordCheckValue, storedCheckValue } from './key-check-values.ts';

/**
 * The data dir's national-id key (national-id.key) seals the national ids stored on document items. As
 * with id-hash.key, the table keeps the key's check value: a key file that is missing or replaced while
 * the table has sealed ids is refused (NationalIdKeyLost), never silently replaced by a new key.
 */
const NATIONAL_ID_KEY_CHECK_ITEM = { pk: 'KEY#national-id', sk: 'KCV' } as const;

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
  const stored = await storedCheckValue(client, table, NATIONAL_ID_KEY_CHECK_ITEM);
  const resolved = resolveNationalIdKey({ keyFile: await readKeyFile(keyFilePath), storedCheck: stored, keyFilePath });
  // 'wx': never overwrite a key file another process has just written.
  if (resolved.created) await writeFile(keyFilePath, resolved.key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  // Another process may have recorded its own key first: the check value that stands decides.
  if (!stored && !(await recordCheckValue(client, table, NATIONAL_ID_KEY_CHECK_ITEM, resolved.check))) throw resolveNationalIdKeyRace(keyFilePath);
  return resolved.key.toString('base64');
}

function resolveNationalIdKeyRace(keyFilePath: string): NationalIdKeyLost {
  return new NationalIdKeyLost(`another process set a different national-id key for this data dir at the same moment (${keyFilePath})`);
}
