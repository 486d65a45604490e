import { describe, expect, it } from 'vitest';
import { putItem, query, type Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { dynamoCasesInFlight, inFlightWindowMs } from '../../functions/commons/store/cases-in-flight.ts';
import { withFreshTable } from '../support/fresh-table.ts';

describe('cases in flight in the table', () => {
  let db: Db;
  const now = new Date('2025-03-20T09:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  withFreshTable((fresh) => {
    db = fresh;
  });

  it('does not wait for an announcement older than an Express execution can last', async () => {
    const inFlight = dynamoCasesInFlight(db, () => now);
    // An opener whose execution ended five minutes and more ago without an outcome (its RecordFailure failed too).
    await inFlight.announce({ documentId: 'stale', references: ['TK-2025-1'], nationalIdHashes: ['h1'], announcedAt: ago(inFlightWindowMs + 1000) });
    await inFlight.announce({ documentId: 'recent', references: ['TK-2025-1'], nationalIdHashes: ['h1'], announcedAt: ago(60_000) });
    expect(await inFlight.pending({ reference: 'TK-2025-1' })).toEqual(['recent']);
    expect(await inFlight.pending({ nationalIdHash: 'h1' })).toEqual(['recent']);
  });

  it('does not wait for an opener that has an outcome, and marks every announcement to expire', async () => {
    const inFlight = dynamoCasesInFlight(db, () => now);
    await inFlight.announce({ documentId: 'opened', references: ['TK-2025-2'], nationalIdHashes: [], announcedAt: ago(30_000) });
    await inFlight.announce({ documentId: 'opening', references: ['TK-2025-2'], nationalIdHashes: [], announcedAt: ago(20_000) });
    await putItem(db, { Item: { ...keys.document('opened'), documentId: 'opened', status: 'routed' } });
    expect(await inFlight.pending({ reference: 'TK-2025-2' })).toEqual(['opening']);
    const { Items } = await query(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.inFlightByReference('TK-2025-2') } });
    expect(Items!.map((item) => item.expiresAt as number).every((at) => at * 1000 > now.getTime() + inFlightWindowMs)).toBe(true);
  });
});
