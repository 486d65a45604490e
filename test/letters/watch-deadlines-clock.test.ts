import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from 'aws-lambda';
import { startDynamoDb, type LocalDynamoDb } from '../../local/dynamodb.ts';
import { startS3, type LocalServer } from '../../local/s3.ts';
import { documentClient, resetClients } from '../../functions/commons/clients.ts';
import { createTable } from '../../functions/commons/store/table-definition.ts';
import { dbFromEnv } from '../../functions/commons/store/service.ts';
import { eventsAfter } from '../../functions/commons/store/event-feed.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { classification, hashKey, stateFor } from '../registry/fixtures.ts';

/**
 * The AWS deadline watcher run for a day that has passed (a late retry, an operator's manual invoke with
 * an old `time`): the day dates the notice, the clock stamps what is written, so the event feed, which
 * readers follow from the last `time` they saw, never gains an event dated in the past.
 */
const context = { functionName: 'test', awsRequestId: 'r', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;
const saved = { ...process.env };
let dynamo: LocalDynamoDb;
let s3: LocalServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'watch-clock-'));
  dynamo = await startDynamoDb({ engine: 'dynalite' });
  s3 = await startS3({ directory: path.join(dir, 's3'), buckets: ['postmottak-documents'] });
  Object.assign(process.env, {
    AWS_REGION: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_S3_FORCE_PATH_STYLE: 'true',
    TABLE_NAME: `postmottak-watch-clock-${process.pid}`,
    DOCUMENT_BUCKET: 'postmottak-documents',
    ID_HASH_KEY: hashKey,
    POWERTOOLS_DEV: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
  });
  delete process.env.EVENT_BUS_NAME;
  delete process.env.POSTMOTTAK_EVENT_LOG;
  resetClients();
  await createTable(documentClient(), process.env.TABLE_NAME!);
}, 60_000);

afterAll(async () => {
  resetClients();
  process.env = saved;
  await dynamo?.stop();
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the deadline watcher invoked with a past time', () => {
  it('dates the notice by the event’s day and stamps its createdAt and LetterReady time with the clock', async () => {
    const { handler: link } = await import('../../functions/link/handler.ts');
    const { handler: register } = await import('../../functions/register/handler.ts');
    const { handler: deadlines } = await import('../../functions/deadlines/handler.ts');
    const { handler: watch } = await import('../../functions/watch-deadlines/handler.ts');
    let state: Record<string, unknown> = stateFor(classification({ area: 'dental' }), { receivedDate: '2025-03-20' });
    state = { ...state, link: await link(state as never, context) };
    state = { ...state, registration: await register(state as never, context) };
    state = { ...state, deadlines: await deadlines(state as never, context) };

    const started = Date.now();
    const result = await watch({ time: '2025-06-10T05:00:00Z' } as never, context);
    const notice = result.notices.find((n) => n.kind === 'extended_processing_time');
    expect(notice?.created).toBe(true);

    const letter = await dynamoLetterRepository(dbFromEnv()).get(notice!.letterId);
    expect(letter?.letterDate).toBe('2025-06-10');
    expect(Date.parse(letter!.createdAt)).toBeGreaterThanOrEqual(started);

    const ready = (await eventsAfter(dbFromEnv(), { limit: 100 }))!.filter((e) => e.type === 'LetterReady');
    expect(ready).toHaveLength(1);
    expect(ready[0]!.detail).toMatchObject({ letterId: notice!.letterId, letterDate: '2025-06-10' });
    expect(Date.parse(ready[0]!.time)).toBeGreaterThanOrEqual(started);
  });
});
