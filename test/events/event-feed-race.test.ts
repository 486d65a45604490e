import { describe, expect, it } from 'vitest';
import { getItem, putItem, updateItem, type Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { abandonedAfterMs, eventsAfter, recordEvents } from '../../functions/commons/store/event-feed.ts';
import { serviceEvent } from '../../service/operations/events.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Two live writers of one event (a stage and its re-run beside it): the second finds the first's claim
 * with nothing written at its number yet. Re-numbering it would let both write, each at its own number;
 * the event must be in the feed once. A writer that died after its claim still has its event written,
 * by the next recording. The race is made deterministic: the first writer's entry put is held until
 * the second has finished.
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

const event = (n: number) => serviceEvent('CaseClaimed', { caseId: `2025-${String(n).padStart(5, '0')}` }, new Date(Date.UTC(2025, 2, 20, 9, 0, n)).toISOString(), { handlerId: `handler-${n}`, area: 'dental' });
/** Every entry, holes passed: as a reader sees the feed once every writer is surely gone. */
const everything = async () => (await eventsAfter(db, { limit: 100, now: () => Date.now() + 2 * abandonedAfterMs })) ?? [];
/** As a reader sees it now: it stops at a hole. */
const now = async () => (await eventsAfter(db, { limit: 100 })) ?? [];

type Put = { input: { Item?: Record<string, unknown> } };
/** The table, except that the first event entry put waits until `release` is called. */
function heldEntryWrite() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  let holding = false;
  const send = async (command: Put) => {
    if (!holding && command.constructor.name === 'PutCommand' && command.input.Item?.type === 'event') {
      holding = true;
      reached();
      await released;
    }
    return db.client.send(command as never);
  };
  return { held, release, db: { ...db, client: new Proxy(db.client, { get: (target, name) => (name === 'send' ? send : Reflect.get(target, name)) }) } as Db };
}

/** A writer that claimed a number for the event `claimedAgoMs` ago and died before writing it. */
async function diedAfterClaim(id: string, claimedAgoMs: number) {
  const out = await updateItem(db, { Key: keys.eventCounter, UpdateExpression: 'ADD #n :one', ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW' });
  const seq = Number(out?.n);
  await putItem(db, { Item: { ...keys.eventById(id), type: 'event-id', id, seq, claimedAt: Date.now() - claimedAgoMs } });
  return seq;
}

const seqOf = async (id: string) => Number((await getItem(db, keys.eventById(id), { consistent: true }))?.seq);

describe('one event recorded by two writers at once', () => {
  it('is in the feed once when the second finishes while the first has claimed and not yet written', async () => {
    const e = event(1);
    const a = heldEntryWrite();
    const first = recordEvents(a.db, [e]);
    await a.held;
    await recordEvents(db, [e]);
    a.release();
    await first;
    expect((await everything()).filter((x) => x.id === e.id)).toHaveLength(1);
    // The second writer's number is void, so a reader passes it at once.
    expect(await now()).toEqual([e]);
  });

  it("writes a dead writer's young claim at its number: readers waiting at that hole get it, nothing is twice", async () => {
    const e = event(2);
    const seq = await diedAfterClaim(e.id, 1000);
    await recordEvents(db, [e]);
    expect(await seqOf(e.id)).toBe(seq);
    expect((await everything()).filter((x) => x.id === e.id)).toHaveLength(1);
    expect((await now()).map((x) => x.id)).toContain(e.id);
  });

  it("gives a claim older than any writer lives a new number: readers may have passed the old one", async () => {
    const e = event(3);
    const seq = await diedAfterClaim(e.id, abandonedAfterMs + 1000);
    await recordEvents(db, [e]);
    expect(await seqOf(e.id)).toBeGreaterThan(seq);
    expect((await everything()).filter((x) => x.id === e.id)).toHaveLength(1);
  });

  it('refuses, to be retried, a claim too old to write into and too young to be sure its writer is done', async () => {
    const e = event(4);
    const seq = await diedAfterClaim(e.id, abandonedAfterMs - 30_000);
    await expect(recordEvents(db, [e])).rejects.toThrow(/may still be writing/);
    expect(await seqOf(e.id)).toBe(seq);
    // Nothing written meanwhile: the stage's retry, once the claim is older than any writer lives, re-numbers it (above).
    expect((await everything()).map((x) => x.id)).not.toContain(e.id);
  });
});
