import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CreateTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { IdempotencyAlreadyInProgressError } from '@aws-lambda-powertools/idempotency';
import type { Context } from 'aws-lambda';
import { startRequestFor, type StartRequest } from '../../domain/intake/start-request.ts';
import { idempotentStart, STARTED_RECORD_DAYS } from '../../functions/start-intake/idempotent-start.ts';
import { startDynamoDb, type LocalDynamoDb } from '../../local/dynamodb.ts';
import { watchedStart } from '../../functions/start-intake/watched-start.ts';
import { StagesWatch } from '../../functions/commons/stages-watch.ts';

/**
 * Issue 15 item 7: start-intake starts the Express stages directly, once per upload, by a record in
 * DynamoDB (Powertools idempotency) instead of a Standard guard started by name. These run the real
 * persistence layer against dynalite: what is proven is the conditional writes and expiries, not a fake.
 */
let dynamo: LocalDynamoDb;
let client: DynamoDBClient;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynamoDb({ engine: 'dynalite' });
  client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
});
afterAll(async () => {
  client?.destroy();
  await dynamo?.stop();
});

/** The table infra/constructs/idempotency-table.ts deploys: partition key `id`, nothing else. */
async function freshTable(): Promise<string> {
  const tableName = `idempotency-${process.pid}-${++tables}`;
  await client.send(new CreateTableCommand({ TableName: tableName, AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
  return tableName;
}

const upload = (key: string) => startRequestFor({ bucket: 'postmottak-documents', key, etag: '"9b2cf535f27731c974343645a3985328"', versionId: 'v1', eventTime: '2025-03-19T10:00:00Z' }, { 'received-date': '2025-03-20' });

function context(remainingMs: number): Context {
  return { getRemainingTimeInMillis: () => remainingMs, functionName: 'postmottak-start-intake', awsRequestId: 'r' } as unknown as Context;
}

describe('start-intake, once per upload', () => {
  it('a repeated event starts nothing, and another upload starts its own execution', async () => {
    const tableName = await freshTable();
    const started: StartRequest[] = [];
    const once = idempotentStart(async (request) => void started.push(request), { tableName, client });
    once.registerContext(context(30_000));
    const a = upload('incoming/a/brev.pdf');
    expect(await once.start(a)).toBe('started');
    expect(await once.start(a)).toBe('already-started');
    // A fresh Lambda environment (no local cache) reading the same table starts nothing either.
    const elsewhere = idempotentStart(async (request) => void started.push(request), { tableName, client });
    elsewhere.registerContext(context(30_000));
    expect(await elsewhere.start(a)).toBe('already-started');
    expect(await elsewhere.start(upload('incoming/b/brev.pdf'))).toBe('started');
    expect(started.map((r) => r.name)).toEqual([a.name, upload('incoming/b/brev.pdf').name]);
    expect(started[0]!.input).toEqual(a.input);
  });

  it('keeps a completed record for the queues\' retention and a day more (DynamoDB TTL removes it after)', async () => {
    const tableName = await freshTable();
    const before = Math.floor(Date.now() / 1000);
    const once = idempotentStart(async () => undefined, { tableName, client });
    once.registerContext(context(30_000));
    await once.start(upload('incoming/c/brev.pdf'));
    const { Items } = await client.send(new ScanCommand({ TableName: tableName }));
    expect(Items).toHaveLength(1);
    expect(Items![0]!.status!.S).toBe('COMPLETED');
    const expiry = Number(Items![0]!.expiration!.N);
    expect(expiry - before).toBeGreaterThanOrEqual(STARTED_RECORD_DAYS * 24 * 3600);
    expect(STARTED_RECORD_DAYS).toBeGreaterThan(14);
  });

  it('a StartExecution that fails leaves no record, so the message\'s retry starts the intake', async () => {
    const tableName = await freshTable();
    let calls = 0;
    const once = idempotentStart(
      async () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
      },
      { tableName, client },
    );
    once.registerContext(context(30_000));
    const a = upload('incoming/d/brev.pdf');
    await expect(once.start(a)).rejects.toThrow();
    expect(await once.start(a)).toBe('started');
    expect(calls).toBe(2);
  });

  it('a crash between the record and StartExecution is retried once the invocation\'s time is up, not lost', async () => {
    const tableName = await freshTable();
    const a = upload('incoming/e/brev.pdf');
    // The first invocation writes IN_PROGRESS and never gets to StartExecution (the environment is killed).
    const crashed = idempotentStart(() => new Promise<void>(() => undefined), { tableName, client });
    crashed.registerContext(context(30_000));
    void crashed.start(a);
    await vi.waitFor(async () => {
      const { Items } = await client.send(new ScanCommand({ TableName: tableName }));
      expect(Items?.[0]?.status?.S).toBe('INPROGRESS');
    });
    // Redelivered while the crashed invocation could still be running: not started twice, the message fails and comes back.
    const started: string[] = [];
    const retry = idempotentStart(async (request) => void started.push(request.name), { tableName, client });
    retry.registerContext(context(30_000));
    await expect(retry.start(a)).rejects.toBeInstanceOf(IdempotencyAlreadyInProgressError);
    expect(started).toEqual([]);
    // Redelivered after the crashed invocation's 30 s (SQS's visibility timeout is six times the function's timeout).
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + 31_000);
    try {
      expect(await retry.start(a)).toBe('started');
    } finally {
      clock.mockRestore();
    }
    expect(started).toEqual([a.name]);
  });
});

describe('start-intake, each start watched (README "Why no guard")', () => {
  it('sends the watchdog its check before the start, once per upload; a check that cannot be sent starts nothing until the retry', async () => {
    const tableName = await freshTable();
    const calls: string[] = [];
    let sendFails = true;
    const once = idempotentStart(
      watchedStart({
        async sendWatch(watch) {
          if (sendFails) throw new Error('SQS unavailable');
          calls.push(`watch ${StagesWatch.parse(watch).intake.key}`);
        },
        async startExecution(request) {
          calls.push(`start ${request.input.intake.key}`);
        },
      }),
      { tableName, client },
    );
    once.registerContext(context(30_000));
    const a = upload('incoming/w/brev.pdf');
    await expect(once.start(a)).rejects.toThrow('SQS unavailable');
    expect(calls).toEqual([]);
    sendFails = false;
    // The message's retry: the failed start left no record, so it sends and starts now; a repeated event does neither.
    expect(await once.start(a)).toBe('started');
    expect(await once.start(a)).toBe('already-started');
    expect(calls).toEqual(['watch incoming/w/brev.pdf', 'start incoming/w/brev.pdf']);
  });
});
