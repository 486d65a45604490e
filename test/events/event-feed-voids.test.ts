import { describe, expect, it } from 'vitest';
import type { PostmottakEvent } from '#schemas/events';
import { getItem, type Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { abandonedAfterMs, eventsAfter, recordEvents } from '../../functions/commons/store/event-feed.ts';
import { lambdaFunctions, triggerFunctions } from '../../functions/lambda-functions.ts';
import { serviceEvent } from '../../service/operations/events.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Issue 14 item 5: a hole in the feed's numbers closed sooner. A writer that knows its number stays
 * empty (it lost the event's claim to another writer, or a write failed in its catch path) marks it
 * void, and readers pass a void at once instead of waiting out `abandonedAfterMs`. The reader's clock
 * here is the real one: without the void these reads stop at the hole.
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

const event = (n: number) => serviceEvent('CaseClaimed', { caseId: `2025-${String(n).padStart(5, '0')}` }, new Date(Date.UTC(2025, 2, 20, 9, 0, n)).toISOString(), { handlerId: `handler-${n}`, area: 'dental' });
const counter = async () => Number((await getItem(db, keys.eventCounter, { consistent: true }))?.n ?? 0);

type Put = { input: { Item?: Record<string, unknown> } };
/** The table, except that the first write of an event entry fails: before it lands, or after (its answer lost). */
function failingEntryWrite(when: 'before' | 'after'): Db {
  let failed = false;
  const send = async (command: Put) => {
    const isEntry = command.constructor.name === 'PutCommand' && command.input.Item?.type === 'event';
    if (isEntry && !failed) {
      failed = true;
      if (when === 'after') await db.client.send(command as never);
      throw Object.assign(new Error('the connection was reset'), { name: 'NetworkingError' });
    }
    return db.client.send(command as never);
  };
  return { ...db, client: new Proxy(db.client, { get: (target, name) => (name === 'send' ? send : Reflect.get(target, name)) }) };
}

/** The table, except that the first claim (or entry) put lands and the SDK sends it again, as it does when the answer is lost. */
function retriedWrite(type: 'event-id' | 'event'): Db {
  let retried = false;
  const send = async (command: Put) => {
    if (command.constructor.name === 'PutCommand' && command.input.Item?.type === type && !retried) {
      retried = true;
      await db.client.send(command as never);
    }
    return db.client.send(command as never);
  };
  return { ...db, client: new Proxy(db.client, { get: (target, name) => (name === 'send' ? send : Reflect.get(target, name)) }) };
}

describe('voids in the event feed', () => {
  const all: PostmottakEvent[] = [];

  it('passes at once the number of a writer that lost the claim of the same event to another', async () => {
    const before = await counter();
    const [first, second] = [event(1), event(2)];
    // Two stages publish the same event at the same moment: both take a number, one wins its claim.
    await Promise.all([recordEvents(db, [first]), recordEvents(db, [first])]);
    await recordEvents(db, [second]);
    expect(await counter()).toBe(before + 3);
    all.push(first, second);
    expect(await eventsAfter(db, { limit: 10 })).toEqual(all);
  });

  it('passes at once the number of a writer whose write failed, and the event comes on its retry', async () => {
    const [failing, next] = [event(3), event(4)];
    await expect(recordEvents(failingEntryWrite('before'), [failing])).rejects.toThrow('the connection was reset');
    await recordEvents(db, [next]);
    expect(await eventsAfter(db, { since: all.at(-1)!.id, limit: 10 })).toEqual([next]);
    // The stage's retry records it again: its claim points at a void, so it takes a new number.
    await recordEvents(db, [failing]);
    expect(await eventsAfter(db, { since: next.id, limit: 10 })).toEqual([failing]);
    all.push(next, failing);
  });

  it('keeps an event whose write landed though its answer was lost: the void is refused, nothing is twice', async () => {
    const landed = event(5);
    await expect(recordEvents(failingEntryWrite('after'), [landed])).rejects.toThrow('the connection was reset');
    expect(await eventsAfter(db, { since: all.at(-1)!.id, limit: 10 })).toEqual([landed]);
    await recordEvents(db, [landed]);
    all.push(landed);
    expect(await eventsAfter(db, { limit: 100 })).toEqual(all);
  });

  it('keeps an event whose claim or entry put the SDK retried after a lost answer: the retry meets its own write', async () => {
    const [claimRetried, entryRetried] = [event(7), event(8)];
    await recordEvents(retriedWrite('event-id'), [claimRetried]);
    await recordEvents(retriedWrite('event'), [entryRetried]);
    expect(await eventsAfter(db, { since: all.at(-1)!.id, limit: 10 })).toEqual([claimRetried, entryRetried]);
    all.push(claimRetried, entryRetried);
  });

  it('still waits for a writer stopped without its catch path, no longer than any publisher can live', async () => {
    // A number taken by a writer killed before writing anything: no void, so the reader waits it out.
    await db.client.send(new (await import('@aws-sdk/lib-dynamodb')).UpdateCommand({ TableName: db.table, Key: keys.eventCounter, UpdateExpression: 'ADD #n :one', ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':one': 1 } }));
    const after = event(6);
    await recordEvents(db, [after]);
    expect(await eventsAfter(db, { since: all.at(-1)!.id, limit: 10 })).toEqual([]);
    expect(await eventsAfter(db, { since: all.at(-1)!.id, limit: 10, now: () => Date.now() + abandonedAfterMs + 1 })).toEqual([after]);
    // The wait rests on no writer living longer: every function that publishes ends (its Lambda timeout), with a minute to spare, before it.
    const publishers = [...lambdaFunctions, ...triggerFunctions].filter((f) => 'publishesEvents' in f.access && f.access.publishesEvents);
    expect(publishers.length).toBeGreaterThan(5);
    for (const f of publishers) expect(f.timeoutSeconds * 1000 + 60_000, f.name).toBeLessThanOrEqual(abandonedAfterMs);
  });
});

describe('recording without reading first', () => {
  /** The table, counting the requests sent by their command's name. */
  function counted(): { db: Db; sent: string[] } {
    const sent: string[] = [];
    const send = (command: object) => {
      sent.push(command.constructor.name);
      return db.client.send(command as never);
    };
    return { sent, db: { ...db, client: new Proxy(db.client, { get: (target, name) => (name === 'send' ? send : Reflect.get(target, name)) }) } };
  }

  it('records new events with one number taken and a claim and an entry each, and reads nothing', async () => {
    const { db: countedDb, sent } = counted();
    const before = await counter();
    await recordEvents(countedDb, [event(20), event(21)]);
    expect(sent.sort()).toEqual(['PutCommand', 'PutCommand', 'PutCommand', 'PutCommand', 'UpdateCommand']);
    expect(await counter()).toBe(before + 2);
  });

  it('a stage publishing the same events again adds none: its numbers are voided and readers pass them at once', async () => {
    const [again, fresh] = [event(22), event(23)];
    await recordEvents(db, [again]);
    const last = again.id;
    await recordEvents(db, [again, fresh]);
    await recordEvents(db, [again, fresh]);
    // The real clock: a number left unwritten (not voided) would stop this read.
    expect(await eventsAfter(db, { since: last, limit: 10 })).toEqual([fresh]);
  });
});
