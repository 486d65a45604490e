import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { dynamoBatchRoll } from '../../functions/commons/store/batch-roll.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * The batch roll with entries the CLI makes ahead (QA Q34, local/batch-roll-ahead.ts). Inspect's entry must
 * keep a live ahead entry's time — a follow-up that looked after the file went on the roll, before its
 * Inspect, still waits for it — and must not keep a stale one: a redrive, a re-run after the file left, or
 * an entry older than an execution's five minutes is entered afresh (session 18 kept `if_not_exists(enteredAt)`'s
 * old time, and followers stopped seeing the redriven document).
 */
describe('the batch roll, entered ahead', () => {
  let db: Db;
  let clock = new Date('2025-03-20T09:00:00Z');
  const at = (seconds: number) => new Date(Date.parse('2025-03-20T09:00:00Z') + seconds * 1000);
  const roll = () => dynamoBatchRoll(db, () => clock);

  withFreshTable((fresh) => {
    db = fresh;
  });

  it('Inspect keeps the time of a live ahead entry: a follow-up that looked in between still sees the file', async () => {
    clock = at(0);
    await roll().ahead({ batch: 'name:b1', documentId: 'appeal', at: at(0).toISOString() });
    clock = at(20);
    await roll().enter({ batch: 'name:b1', documentId: 'appeal', at: at(20).toISOString() });
    // The declaration looked at 10 s: before Inspect's time, after the ahead entry's.
    expect(await roll().beforeLink('name:b1', at(10).toISOString())).toEqual(['appeal']);
  });

  it('a file taken off is off; the same file entered again (a redrive, a re-run) is on with the new time', async () => {
    clock = at(0);
    await roll().ahead({ batch: 'name:b2', documentId: 'appeal', at: at(0).toISOString() });
    await roll().leave({ batch: 'name:b2', documentId: 'appeal', at: at(1).toISOString() });
    expect(await roll().beforeLink('name:b2', at(2).toISOString())).toEqual([]);
    clock = at(30);
    await roll().enter({ batch: 'name:b2', documentId: 'appeal', at: at(30).toISOString() });
    expect(await roll().beforeLink('name:b2', at(20).toISOString())).toEqual([]);
    expect(await roll().beforeLink('name:b2', at(30).toISOString())).toEqual(['appeal']);
  });

  it('an ahead entry older than an execution can last is not kept: Inspect enters the file with its own time', async () => {
    clock = at(0);
    await roll().ahead({ batch: 'name:b3', documentId: 'appeal', at: at(0).toISOString() });
    clock = at(400);
    await roll().enter({ batch: 'name:b3', documentId: 'appeal', at: at(400).toISOString() });
    expect(await roll().beforeLink('name:b3', at(399).toISOString())).toEqual([]);
    expect(await roll().beforeLink('name:b3', at(400).toISOString())).toEqual(['appeal']);
  });

  it('a follow-up that found its case sees only files that started: an ahead entry counts once its Inspect ran, a plain entry always', async () => {
    clock = at(0);
    await roll().ahead({ batch: 'name:b4', documentId: 'unstarted', at: at(0).toISOString() });
    await roll().ahead({ batch: 'name:b4', documentId: 'inspected', at: at(0).toISOString() });
    await roll().enter({ batch: 'name:b4', documentId: 'inspected', at: at(5).toISOString() });
    await roll().enter({ batch: 'name:b4', documentId: 'plain', at: at(0).toISOString() });
    expect((await roll().beforeLink('name:b4', at(10).toISOString())).sort()).toEqual(['inspected', 'plain', 'unstarted']);
    expect((await roll().beforeLink('name:b4', at(10).toISOString(), { startedOnly: true })).sort()).toEqual(['inspected', 'plain']);
  });
});
