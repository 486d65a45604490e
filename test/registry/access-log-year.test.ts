import { describe, expect, it } from 'vitest';
import type { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoAccessLog } from '../../functions/commons/store/access-log.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { mapBounded } from '../../functions/commons/store/bounded-map.ts';

/**
 * A year of the access log is 366 day partitions (issue s15: the person lookup read them one after
 * another). The store reads them in parallel, bounded: counted at a client that answers each day's
 * query after a pause, with one read entry per day.
 */
function countingDb(): { db: Db; queries: string[]; most: () => number } {
  let inFlight = 0;
  let most = 0;
  const queries: string[] = [];
  const client = {
    async send(command: QueryCommand) {
      const pk = String(command.input.ExpressionAttributeValues?.[':p']);
      queries.push(pk);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      const day = pk.replace('ACCESS#', '');
      return { Items: [{ pk, sk: `${day}T09:00:00.000Z#x`, at: `${day}T09:00:00.000Z`, person: 'Saksbehandler', role: 'caseworker', action: 'case:read', caseId: '2025-00001' }] };
    },
  };
  return { db: { client, table: 'test' } as unknown as Db, queries, most: () => most };
}

describe('the access log over a year', () => {
  it('reads every day of the range once, several at a time but never more than the bound', async () => {
    const { db, queries, most } = countingDb();
    const records = await dynamoAccessLog(db).list!({ from: '2025-01-01', to: '2026-01-01' });
    expect(queries).toHaveLength(366);
    expect(new Set(queries).size).toBe(366);
    expect(records).toHaveLength(366);
    expect(records.map((r) => r.at.slice(0, 10))).toEqual(expect.arrayContaining(['2025-01-01', '2026-01-01']));
    expect(most()).toBeGreaterThan(1);
    expect(most()).toBeLessThanOrEqual(16);
  });

  it('keeps the order of the items whatever order the work ends in', async () => {
    const answers = await mapBounded([30, 1, 20, 2, 10], 2, async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return ms;
    });
    expect(answers).toEqual([30, 1, 20, 2, 10]);
    expect(await mapBounded([], 4, async (x: number) => x)).toEqual([]);
  });
});
