import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { TransientError } from '#domain/errors';
import {
  BatchGetCommand,
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  type GetCommandInput,
  type PutCommandInput,
  type QueryCommandInput,
  type QueryCommandOutput,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';

/**
 * The table and the client, and the only place requests are sent: every request asks for its
 * consumed capacity (ReturnConsumedCapacity INDEXES), which a meter may add up (bench:route).
 * Only GetItem, Query, PutItem, UpdateItem and the batch forms are used: no Scan, no transactions,
 * no ReturnValuesOnConditionCheckFailure, so dynalite and DynamoDB answer every call alike.
 */

export type Item = Record<string, unknown>;

export class CapacityMeter {
  read = 0;
  write = 0;
  requests = 0;
  add(kind: 'read' | 'write', consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): void {
    this.requests += 1;
    for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) this[kind] += c.CapacityUnits ?? 0;
  }
  /** DynamoDB charges a write whose condition failed; the error carries no ConsumedCapacity, so count it as one unit. */
  addConditionFailure(): void {
    this.requests += 1;
    this.write += 1;
  }
  reset(): void {
    this.read = 0;
    this.write = 0;
    this.requests = 0;
  }
}

export interface Db {
  readonly client: DynamoDBDocumentClient;
  readonly table: string;
  readonly meter?: CapacityMeter | undefined;
}

export function isConditionFailure(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

type Without<T, K extends keyof T> = Omit<T, K>;

export async function getItem(db: Db, key: { pk: string; sk: string }, options: { consistent?: boolean; projection?: string[] } = {}): Promise<Item | undefined> {
  const input: GetCommandInput = { TableName: db.table, Key: key, ConsistentRead: options.consistent ?? false, ReturnConsumedCapacity: 'INDEXES' };
  if (options.projection) {
    input.ProjectionExpression = options.projection.map((_, i) => `#p${i}`).join(', ');
    input.ExpressionAttributeNames = Object.fromEntries(options.projection.map((name, i) => [`#p${i}`, name]));
  }
  const out = await db.client.send(new GetCommand(input));
  db.meter?.add('read', out.ConsumedCapacity);
  return out.Item;
}

export async function putItem(db: Db, input: Without<PutCommandInput, 'TableName'>): Promise<void> {
  const out = await db.client.send(new PutCommand({ ...input, TableName: db.table, ReturnConsumedCapacity: 'INDEXES' }));
  db.meter?.add('write', out.ConsumedCapacity);
}

/** true when the conditional write was made, false when its condition did not hold. */
async function madeIf(db: Db, write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) {
      db.meter?.addConditionFailure();
      return false;
    }
    throw error;
  }
}

/** A conditional put: true when written, false when the condition did not hold. */
export function putIf(db: Db, input: Without<PutCommandInput, 'TableName'>): Promise<boolean> {
  return madeIf(db, () => putItem(db, input));
}

export async function updateItem(db: Db, input: Without<UpdateCommandInput, 'TableName'>): Promise<Item | undefined> {
  const out = await db.client.send(new UpdateCommand({ ...input, TableName: db.table, ReturnConsumedCapacity: 'INDEXES' }));
  db.meter?.add('write', out.ConsumedCapacity);
  return out.Attributes;
}

/** A conditional update: true when written, false when the condition did not hold. */
export function updateIf(db: Db, input: Without<UpdateCommandInput, 'TableName'>): Promise<boolean> {
  return madeIf(db, () => updateItem(db, input));
}

export async function query(db: Db, input: Without<QueryCommandInput, 'TableName'>): Promise<QueryCommandOutput> {
  const out = await db.client.send(new QueryCommand({ ...input, TableName: db.table, ReturnConsumedCapacity: 'INDEXES' }));
  db.meter?.add('read', out.ConsumedCapacity);
  return out;
}

/** All items of a key condition, following pages (for small partitions: a case's references, a person's cases). */
export async function queryAll(db: Db, input: Without<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await query(db, { ...input, ...(start ? { ExclusiveStartKey: start } : {}) });
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

const BATCH_WRITE = 25;
const BATCH_GET = 100;

async function backoff(attempt: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt) * Math.random()));
}

/** Idempotent puts (lookup items), in batches, retrying what DynamoDB leaves unprocessed. */
export async function putAll(db: Db, items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH_WRITE) {
    let requests = items.slice(i, i + BATCH_WRITE).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      // Throttling that outlasts the backoff is worth the ASL's Retry, as a throttled single write is.
      if (attempt > 8) throw new TransientError('DynamoDB left writes unprocessed after 8 retries');
      if (attempt > 0) await backoff(attempt);
      const out = await db.client.send(new BatchWriteCommand({ RequestItems: { [db.table]: requests }, ReturnConsumedCapacity: 'INDEXES' }));
      db.meter?.add('write', out.ConsumedCapacity);
      requests = (out.UnprocessedItems?.[db.table] ?? []) as typeof requests;
    }
  }
}

/**
 * `projection`: attribute paths to read (`fields.parties` reads one member of a map), the rest stays on
 * the server. `consistent`: strongly consistent reads (twice the read units).
 */
export async function getAll(db: Db, keys: { pk: string; sk: string }[], options: { projection?: string[]; consistent?: boolean } = {}): Promise<Item[]> {
  const items: Item[] = [];
  const names = new Map<string, string>();
  const alias = (part: string) => {
    if (!names.has(part)) names.set(part, `#a${names.size}`);
    return names.get(part)!;
  };
  const projection = options.projection?.map((path) => path.split('.').map(alias).join('.')).join(', ');
  const projected = projection ? { ProjectionExpression: projection, ExpressionAttributeNames: Object.fromEntries([...names].map(([name, alias]) => [alias, name])) } : {};
  for (let i = 0; i < keys.length; i += BATCH_GET) {
    let pending: BatchGetCommandInput['RequestItems'] = { [db.table]: { Keys: keys.slice(i, i + BATCH_GET), ...projected, ...(options.consistent ? { ConsistentRead: true } : {}) } };
    for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt += 1) {
      // Throttling that outlasts the backoff is worth the ASL's Retry, as a throttled GetItem is.
      if (attempt > 8) throw new TransientError('DynamoDB left reads unprocessed after 8 retries');
      if (attempt > 0) await backoff(attempt);
      const out: BatchGetCommandOutput = await db.client.send(new BatchGetCommand({ RequestItems: pending, ReturnConsumedCapacity: 'INDEXES' }));
      db.meter?.add('read', out.ConsumedCapacity);
      items.push(...(out.Responses?.[db.table] ?? []));
      pending = out.UnprocessedKeys && Object.keys(out.UnprocessedKeys).length > 0 ? out.UnprocessedKeys : undefined;
    }
  }
  return items;
}

/**
 * Builds SET/REMOVE update expressions with every attribute name escaped (DynamoDB has hundreds of
 * reserved words; dynalite checks them too).
 */
export function updateExpression(parts: { set?: Record<string, unknown>; remove?: string[]; add?: Record<string, unknown> }): Pick<UpdateCommandInput, 'UpdateExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clauses: string[] = [];
  let n = 0;
  const name = (attribute: string) => {
    const key = `#u${n++}`;
    names[key] = attribute;
    return key;
  };
  const set = Object.entries(parts.set ?? {});
  if (set.length) {
    clauses.push(
      'SET ' +
        set
          .map(([attribute, value]) => {
            const placeholder = `:u${n}`;
            const expr = `${name(attribute)} = ${placeholder}`;
            values[placeholder] = value;
            return expr;
          })
          .join(', '),
    );
  }
  const add = Object.entries(parts.add ?? {});
  if (add.length) {
    clauses.push(
      'ADD ' +
        add
          .map(([attribute, value]) => {
            const placeholder = `:u${n}`;
            const expr = `${name(attribute)} ${placeholder}`;
            values[placeholder] = value;
            return expr;
          })
          .join(', '),
    );
  }
  if (parts.remove?.length) clauses.push('REMOVE ' + parts.remove.map(name).join(', '));
  return {
    UpdateExpression: clauses.join(' '),
    ExpressionAttributeNames: names,
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
  };
}

/** Merges a condition's names and values into an update's. */
export function withCondition<T extends Pick<UpdateCommandInput, 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>>(
  update: T,
  condition: string,
  names: Record<string, string> = {},
  values: Record<string, unknown> = {},
): T & { ConditionExpression: string } {
  const mergedValues = { ...(update.ExpressionAttributeValues ?? {}), ...values };
  return {
    ...update,
    ConditionExpression: condition,
    ExpressionAttributeNames: { ...(update.ExpressionAttributeNames ?? {}), ...names },
    ...(Object.keys(mergedValues).length ? { ExpressionAttributeValues: mergedValues } : {}),
  };
}

export function encodeCursor(key: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}): string | null {
  if (!key && Object.keys(extra).length === 0) return null;
  return Buffer.from(JSON.stringify({ ...extra, key: key ?? null })).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { key: Record<string, unknown> | null; [k: string]: unknown } | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { key?: Record<string, unknown> | null };
    return { ...parsed, key: parsed.key ?? null };
  } catch {
    throw new RangeError('the cursor is not one this API gave out');
  }
}
