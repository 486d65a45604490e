import { describe, expect, it } from 'vitest';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getAll, putAll, type Db } from '../../functions/commons/store/db.ts';

/**
 * Throttling answered as UnprocessedKeys/UnprocessedItems that outlasts getAll's and putAll's own backoff
 * must fail as TransientError, the name the ASL retries (as it retries a throttled GetItem), not as a plain
 * Error that its Catch sends to review: Deadlines and WriteLetters read the case with a BatchGetItem
 * (review s16 trips16 M1). A stand-in client, since no loopback server throttles on demand.
 */
function throttlingDb(): Db {
  const client = {
    send: async (command: { input: { RequestItems: Record<string, unknown> } }) => {
      const requested = command.input.RequestItems;
      if (command.constructor.name === 'BatchGetCommand') return { Responses: { cases: [] }, UnprocessedKeys: requested };
      return { UnprocessedItems: requested };
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, table: 'cases' };
}

describe('a batch DynamoDB keeps throttling', () => {
  it('getAll fails as TransientError, so the state machine tries the task again', async () => {
    await expect(getAll(throttlingDb(), [{ pk: 'CASE#2025-00031', sk: 'CASE' }], { consistent: true })).rejects.toMatchObject({ name: 'TransientError' });
  }, 30_000);

  it('putAll fails as TransientError too', async () => {
    await expect(putAll(throttlingDb(), [{ pk: 'LOOKUP#x', sk: 'LOOKUP' }])).rejects.toMatchObject({ name: 'TransientError' });
  }, 30_000);
});
