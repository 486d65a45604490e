import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Context } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ProcessResult } from '#schemas/pipeline';
import { startDynamoDb, type LocalDynamoDb } from '../../local/dynamodb.ts';
import { documentClient, resetClients } from '../../functions/commons/clients.ts';
import { ensureTable } from '../../functions/commons/store/table-definition.ts';
import { classification, hashKey, stateFor } from './fixtures.ts';

const context = { functionName: 'test', awsRequestId: 'r', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

describe('the stage handlers, wired as the state machine calls them (embedded default engine)', () => {
  let server: LocalDynamoDb;
  const saved = { ...process.env };

  beforeAll(async () => {
    server = await startDynamoDb();
    Object.assign(process.env, {
      AWS_REGION: 'eu-north-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: server.endpoint,
      TABLE_NAME: 'postmottak-handlers',
      ID_HASH_KEY: hashKey,
      POWERTOOLS_DEV: 'true',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
    });
    resetClients();
    await ensureTable(documentClient(), 'postmottak-handlers');
    await ensureTable(documentClient(), 'postmottak-handlers');
  });
  afterAll(async () => {
    resetClients();
    process.env = saved;
    await server?.stop();
  });

  it('runs link, register, deadlines and route through their exported handlers to the CLI answer', async () => {
    const { handler: link } = await import('../../functions/link/handler.ts');
    const { handler: register } = await import('../../functions/register/handler.ts');
    const { handler: deadlines } = await import('../../functions/deadlines/handler.ts');
    const { handler: route } = await import('../../functions/route/handler.ts');
    let state: Record<string, unknown> = stateFor(classification({ area: 'dental', fields: { caseReferences: ['2025/04127'] } }));
    state = { ...state, link: await link(state as never, context) };
    state = { ...state, registration: await register(state as never, context) };
    state = { ...state, deadlines: await deadlines(state as never, context) };
    const result = ProcessResult.parse(await route(state as never, context));
    expect(result).toMatchObject({ file: 'scan.pdf', status: 'routed', queue: 'unassigned/dental', caseId: '2025-00001', area: 'dental', language: 'nb' });
  });

  it('the daily watcher publishes how long the oldest document in review has waited, for the alarm', async () => {
    const { handler: link } = await import('../../functions/link/handler.ts');
    const { handler: review } = await import('../../functions/review/handler.ts');
    const { handler: watch } = await import('../../functions/watch-deadlines/handler.ts');
    const { metrics } = await import('../../functions/commons/powertools.ts');
    const state = stateFor(classification({ confidence: 0.4 }), { receivedDate: '2025-03-20' });
    const linked = await link(state as never, context);
    expect(linked.review).toBe(true);
    await review({ ...state, link: linked } as never, context);

    const published = vi.spyOn(metrics, 'addMetric');
    await watch({ time: '2025-03-23T00:00:00Z' } as never, context);
    expect(published).toHaveBeenCalledWith('ReviewQueueOldestAgeHours', 'None', 72);
    published.mockRestore();
  });

  it('fails loudly when the state lacks a key the stage reads (a mis-wired state machine)', async () => {
    const { handler: route } = await import('../../functions/route/handler.ts');
    const state = stateFor(classification());
    await expect(route(state as never, context)).rejects.toThrow();
  });
});

describe('startDynamoDb', () => {
  it('keeps dynalite data in its data directory across restarts', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'postmottak-ddb-'));
    try {
      const first = await startDynamoDb({ dataDir, engine: 'dynalite' });
      const client = (endpoint: string) =>
        DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint, region: 'eu-north-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } }));
      const a = client(first.endpoint);
      await ensureTable(a, 'kept');
      await a.send(new PutCommand({ TableName: 'kept', Item: { pk: 'CASE#2025-00001', sk: 'CASE', title: 'Klage' } }));
      a.destroy();
      await first.stop();

      const second = await startDynamoDb({ dataDir, engine: 'dynalite' });
      const b = client(second.endpoint);
      await ensureTable(b, 'kept');
      const out = await b.send(new GetCommand({ TableName: 'kept', Key: { pk: 'CASE#2025-00001', sk: 'CASE' } }));
      expect(out.Item?.title).toBe('Klage');
      b.destroy();
      await second.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
