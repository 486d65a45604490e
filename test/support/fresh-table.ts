import { afterAll, beforeAll } from 'vitest';
import { startDynamoDb, type LocalDynamoDb } from '../../local/dynamodb.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { freshDb } from '../registry/fixtures.ts';

/**
 * A loopback DynamoDB (dynalite) with a fresh table for the test file or describe block that calls it,
 * started before its tests and stopped after them; `ready` gets the table's client.
 */
export function withFreshTable(ready: (db: Db) => void): void {
  let server: LocalDynamoDb | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    server = await startDynamoDb({ engine: 'dynalite' });
    db = await freshDb(server.endpoint);
    ready(db);
  }, 60_000);
  afterAll(async () => {
    db?.client.destroy();
    await server?.stop();
  });
}
