import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startDynamoDb, type DynamoDbEngine, type LocalDynamoDb } from '../../local/dynamodb.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { freshDb } from '../registry/fixtures.ts';

/** The loopback server behind a fresh table, for a test that needs a table of its own beside the shared one. */
export interface FreshTables {
  /** Another fresh table on the same server; its client is closed with the server, so a test may leave it open. */
  another(): Promise<Db>;
}

export interface FreshTableOptions {
  /** dynalite (the embedded default) unless a test runs on AWS's own DynamoDB Local too. */
  engine?: DynamoDbEngine;
  /** One table for the file or describe block (the default), or a new one before each of its tests. */
  per?: 'block' | 'test';
}

/**
 * A loopback DynamoDB with a fresh table for the test file or describe block that calls it, started
 * before its tests and stopped after them; `ready` gets the table's client (before each test with
 * `per: 'test'`, so state a test builds on the table starts empty).
 */
export function withFreshTable(ready: (db: Db, tables: FreshTables) => void | Promise<void>, options: FreshTableOptions = {}): void {
  let server: LocalDynamoDb | undefined;
  const opened: Db[] = [];
  const tables: FreshTables = {
    async another() {
      if (!server) throw new Error('the loopback DynamoDB is not started yet: ask for another table inside a test or hook');
      const db = await freshDb(server.endpoint);
      opened.push(db);
      return db;
    },
  };
  const readyOnFresh = async () => ready(await tables.another(), tables);
  beforeAll(async () => {
    server = await startDynamoDb({ engine: options.engine ?? 'dynalite' });
    if (options.per !== 'test') await readyOnFresh();
  });
  if (options.per === 'test') {
    beforeEach(readyOnFresh);
    afterEach(() => {
      for (const db of opened.splice(0)) db.client.destroy();
    });
  }
  afterAll(async () => {
    for (const db of opened.splice(0)) db.client.destroy();
    await server?.stop();
  });
}
