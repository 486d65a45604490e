import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * A data dir's keys (id-hash.key, national-id.key) are checked against a check value kept in the
 * table, one item per key: a missing or replaced key file is refused, never silently replaced.
 */
export interface KeyCheckItem {
  pk: string;
  sk: string;
}

/** The stored check value, or null in a table that has none yet (a new data directory). */
export async function storedCheckValue(client: DynamoDBDocumentClient, table: string, item: KeyCheckItem): Promise<string | null> {
  const out = await client.send(new GetCommand({ TableName: table, Key: item, ConsistentRead: true }));
  return (out.Item?.kcv as string | undefined) ?? null;
}

/**
 * Records a new key's check value unless one is already there. Another process may have written its
 * own first: the value that stands decides, so this says whether it is ours.
 */
export async function recordCheckValue(client: DynamoDBDocumentClient, table: string, item: KeyCheckItem, kcv: string): Promise<boolean> {
  await client.send(new PutCommand({ TableName: table, Item: { ...item, kcv }, ConditionExpression: 'attribute_not_exists(pk)' })).catch((error: { name?: string }) => {
    if (error.name !== 'ConditionalCheckFailedException') throw error;
  });
  return (await storedCheckValue(client, table, item)) === kcv;
}
