import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PostmottakEvent } from '#schemas/events';
import { startDynamoDb, type LocalDynamoDb } from '../../local/dynamodb.ts';
import { documentClient, resetClients } from '../../functions/commons/clients.ts';
import { createTable } from '../../functions/commons/store/table-definition.ts';
import { putItem, updateItem } from '../../functions/commons/store/db.ts';
import { dbFromEnv } from '../../functions/commons/store/service.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { abandonedAfterMs, eventsAfter, recordEvents } from '../../functions/commons/store/event-feed.ts';
import { eventPublisherFromEnv } from '../../functions/commons/events/publisher-from-env.ts';
import { serviceEvent } from '../../service/operations/events.ts';
import { buildApp } from '../../service/app.ts';
import { awsServiceContext } from '../../service/lambda.ts';
import { cognitoAuthenticator } from '../../service/auth/cognito.ts';

/**
 * `GET /api/v1/events?since=` in AWS (issue #12): the events the stages publish are also kept in the
 * table's feed, and the API's AWS context reads them there — here the AWS context itself (service/lambda.ts)
 * over the local DynamoDB, with Cognito claims as API Gateway passes them.
 */
const envBefore = { ...process.env };
let server: LocalDynamoDb;
let app: FastifyInstance;

const claimed = (n: number) => serviceEvent('CaseClaimed', { caseId: `2025-${String(n).padStart(5, '0')}` }, new Date(Date.UTC(2025, 2, 20, 9, 0, n)).toISOString(), { handlerId: `handler-${n}`, area: 'dental' });

beforeAll(async () => {
  server = await startDynamoDb({ engine: 'dynalite' });
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_DYNAMODB: server.endpoint,
    AWS_REGION: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    TABLE_NAME: `postmottak-events-${process.pid}`,
    DOCUMENT_BUCKET: 'postmottak-documents',
    INTAKE_STATE_MACHINE_ARN: 'arn:aws:states:eu-north-1:111111111111:stateMachine:intake',
  });
  delete process.env.EVENT_BUS_NAME;
  delete process.env.POSTMOTTAK_EVENT_LOG;
  resetClients();
  await createTable(documentClient(), process.env.TABLE_NAME!);
  // What API Gateway's Cognito authorizer puts on the event, taken here from a test header.
  const authenticator = cognitoAuthenticator((request) => {
    const groups = request.headers['x-test-groups'];
    return groups ? { requestContext: { authorizer: { claims: { sub: 'c0ffee', 'cognito:username': `someone.${groups}`, 'cognito:groups': groups } } } } : {};
  });
  app = await buildApp({ context: awsServiceContext(), authenticator, webDir: null });
}, 60_000);

afterAll(async () => {
  await app?.close();
  resetClients();
  await server?.stop();
  process.env = envBefore;
});

const get = (url: string, groups = 'system') => app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { 'x-test-groups': groups } });

describe('the event feed in the table', () => {
  const published: PostmottakEvent[] = [];

  it('keeps what the publisher of a Lambda publishes, once per id however often it is published', async () => {
    const publisher = eventPublisherFromEnv();
    const batch = [1, 2, 3, 4, 5].map(claimed);
    await publisher.publish(batch);
    // A stage that runs again republishes the same ids; a second process at the same moment too.
    await Promise.all([publisher.publish(batch.slice(1, 3)), publisher.publish([batch[4]!, claimed(6)])]);
    published.push(...batch, claimed(6));
    const answer = await get('/events');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().events).toEqual(published);
    expect(answer.json().last).toBe(published.at(-1)!.id);
  });

  it('reads on from `since` with a cursor, in pages, and refuses an id it never had', async () => {
    const first = (await get(`/events?limit=2`)).json();
    expect(first.events).toEqual(published.slice(0, 2));
    const second = (await get(`/events?since=${first.last}&limit=3`)).json();
    expect(second.events).toEqual(published.slice(2, 5));
    const rest = (await get(`/events?since=${second.last}`)).json();
    expect(rest).toEqual({ events: published.slice(5), last: published.at(-1)!.id });
    expect((await get(`/events?since=${rest.last}`)).json()).toEqual({ events: [], last: rest.last });
    expect((await get(`/events?since=${'0'.repeat(32)}`)).statusCode).toBe(400);
    expect((await get('/events', 'reader')).statusCode).toBe(403);
  });

  it('waits at a number taken but not yet written, and passes it once the writer must be gone; a writer that died after its claim writes the event anew', async () => {
    const db = dbFromEnv();
    const last = published.at(-1)!.id;
    // A writer took number 7 and was stopped before writing anything; number 8 is written just now.
    await updateItem(db, { Key: keys.eventCounter, UpdateExpression: 'ADD #n :one', ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':one': 1 } });
    const after = claimed(8);
    await recordEvents(db, [after]);
    expect(await eventsAfter(db, { since: last, limit: 10 })).toEqual([]);
    expect(await eventsAfter(db, { since: last, limit: 10, now: () => Date.now() + abandonedAfterMs + 1 })).toEqual([after]);

    // Another claimed its number (9) and died before the entry: its rerun numbers the event again (10).
    const orphan = claimed(9);
    const seq = Number((await updateItem(db, { Key: keys.eventCounter, UpdateExpression: 'ADD #n :one', ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW' }))?.n);
    await putItem(db, { Item: { ...keys.eventById(orphan.id), type: 'event-id', id: orphan.id, seq } });
    await recordEvents(db, [orphan]);
    const late = { now: () => Date.now() + abandonedAfterMs + 1 };
    expect(await eventsAfter(db, { since: after.id, limit: 10, ...late })).toEqual([orphan]);
    expect(await eventsAfter(db, { since: orphan.id, limit: 10 })).toEqual([]);
  });
});
