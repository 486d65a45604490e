import { PostmottakEvent } from '#schemas/events';
import { getItem, putIf, query, updateItem, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';

/**
 * The events also kept in the table, so a consumer that missed some reads on from the last id it has
 * (`GET /api/v1/events?since=`), in AWS as on a laptop. The bus delivers; this feed lets a consumer
 * catch up.
 *
 * Each event gets the next number of one counter, claims it on its by-id item, and is written at that
 * number. DynamoDB has no transactions on the local server (dynalite), so a number can be handed out
 * and not yet written (a writer in flight) or never written (a writer that died between the two
 * writes). A reader therefore stops at a hole in the numbers, and passes it only once the event
 * numbered after the hole was written more than `abandonedAfterMs` ago: the hole's writer took its
 * number first, and no writer lives longer than its Lambda's timeout. A claim carries when its writer
 * started (`claimedAt`, before it took its number). A writer that finds its event's by-id item
 * claiming a number with nothing written there cannot tell a writer that died in between from one
 * that has not written yet, so it goes by the claim's age: a young claim's number no reader has
 * passed, so it writes the event there itself (whichever of the two lands first stands, the other
 * finds it there); a claim older than `abandonedAfterMs` is its dead writer's, and a reader may have
 * passed its number, so the event takes a new one. Re-numbering a live writer's claim would let both
 * write the event, each at its own number.
 *
 * A writer that knows it will leave its number empty says so at once with a void entry there, and
 * readers pass a void without waiting: when another writer won the event's claim, and in its catch
 * path when a write failed. Both the void and the event go only into an empty number, so whichever
 * lands first stands: an event whose write was answered with an error but did land refuses the void,
 * and a late event after its void is refused, its claim then pointing at a number without it, which
 * the next recording of the event re-numbers. Only a writer stopped without its catch path (killed,
 * timed out) leaves a hole readers wait out.
 *
 * Recording is idempotent by event id: a stage that runs twice records nothing new.
 */
/**
 * The longest a publishing function lives (watch-deadlines: 300 s; functions/lambda-functions.ts) and a
 * minute for a request sent just before its end to land; test/events/event-feed-voids.test.ts fails when
 * a publisher's timeout is raised past it.
 */
export const abandonedAfterMs = 6 * 60 * 1000;

/** The minute of `abandonedAfterMs` for a request sent just before its writer's end to land. */
const landingMs = 60 * 1000;

interface FeedEntry {
  seq: number;
  recordedAt: number;
  /** null: a void number, taken by a writer that knows it will write nothing there. */
  event: PostmottakEvent | null;
}

async function takeNumbers(db: Db, count: number): Promise<number> {
  const out = await updateItem(db, {
    Key: keys.eventCounter,
    UpdateExpression: 'ADD #n :k',
    ExpressionAttributeNames: { '#n': 'n' },
    ExpressionAttributeValues: { ':k': count },
    ReturnValues: 'UPDATED_NEW',
  });
  return Number(out?.n);
}

/**
 * Writes each event not in the feed yet; returns once every one of them is there. A stage publishes its
 * events once in nearly every run, so the numbers are taken and the claims tried at once, without
 * reading first whether an event was claimed before: that is read only when a claim fails (a re-run of
 * the stage, or a writer beside it), and the number taken then is voided. Four round trips a publish
 * became three (npm run bench:pipeline; README).
 */
export async function recordEvents(db: Db, events: readonly PostmottakEvent[], now: () => number = Date.now): Promise<void> {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  if (unique.length === 0) return;
  // Before the numbers: every number after ours is written later than this (see claimAndWrite).
  const claimedAt = now();
  const last = await takeNumbers(db, unique.length);
  const failures: unknown[] = [];
  await Promise.all(
    unique.map(async (event, i) => {
      const seq = last - unique.length + 1 + i;
      try {
        if (!(await claimAndWrite(db, event, seq, claimedAt, now))) await voidNumber(db, seq, now);
      } catch (error) {
        failures.push(error);
        // The number is ours and may never be written: say so, so readers need not wait for it. If the
        // entry did land (only the answer was lost), the void is refused, and the other way round.
        await voidNumber(db, seq, now).catch(() => undefined);
      }
    }),
  );
  if (failures.length) throw failures[0];
}

/**
 * Claims the event for `seq` on its by-id item and writes it there; false when the event is in the feed
 * at another number already, or is written (or being written) at the number another writer claimed.
 */
async function claimAndWrite(db: Db, event: PostmottakEvent, seq: number, claimedAt: number, now: () => number): Promise<boolean> {
  const byId = keys.eventById(event.id);
  const claim = { ...byId, type: 'event-id', id: event.id, seq, claimedAt };
  if (!(await putIf(db, { Item: claim, ConditionExpression: 'attribute_not_exists(pk)' }))) {
    const was = await claimOf(db, event.id);
    // The SDK retries a put whose answer was lost; the retry then fails its condition on our own claim.
    if (was === null) throw new Error(`event ${event.id} was claimed, yet its claim cannot be read`);
    if (was.seq !== seq) {
      // Claimed before: written there already (a re-run of the stage), or being written by a writer beside us.
      const there = await entryAt(db, was.seq);
      if (there === event.id) return false;
      // A claim written before claims carried claimedAt counts as old.
      const age = was.claimedAt === null ? Number.POSITIVE_INFINITY : now() - was.claimedAt;
      if (there === null && age < abandonedAfterMs - landingMs) {
        // Its writer may be alive and about to write there: write there too, only into the empty number.
        await putEntry(db, event, was.seq, now);
        if ((await entryAt(db, was.seq)) === event.id) return false;
        // Its writer voided it meanwhile (its write failed): the event takes our number, as below.
      } else if (there === null && age < abandonedAfterMs) {
        // Too old to write into (a reader may pass the number before our write lands), too young to be
        // sure its writer's last write is not still landing: a failure like any other, retried later.
        throw new Error(`event ${event.id} is claimed at number ${was.seq} by a writer that may still be writing`);
      }
      // Its writer gave up (a void there) or is gone: re-numbered to ours, only if nobody did so first; the loser writes nothing.
      const renumbered = await putIf(db, { Item: claim, ConditionExpression: 'seq = :was', ExpressionAttributeValues: { ':was': was.seq } });
      if (!renumbered && (await claimOf(db, event.id))?.seq !== seq) return false;
    }
  }
  // Only into an empty number: a void written there (by this writer's catch, after an answer was lost) wins,
  // and the claim then points at a number with no event, which the next recording re-numbers.
  const written = await putEntry(db, event, seq, now);
  // Numbers come from one counter, so only this very write can have filled the number before (a retried
  // put whose first answer was lost) — or our own void: then the event is not there, a failure like any other.
  if (!written && (await entryAt(db, seq)) !== event.id) throw new Error(`event feed number ${seq} was already taken`);
  return true;
}

function putEntry(db: Db, event: PostmottakEvent, seq: number, now: () => number): Promise<boolean> {
  return putIf(db, { Item: { ...keys.eventFeedEntry(seq), type: 'event', id: event.id, seq, recordedAt: now(), event: JSON.stringify(event) }, ConditionExpression: 'attribute_not_exists(pk)' });
}

/** What a number holds: an event's id, `void`, or null when nothing was written there yet. */
async function entryAt(db: Db, seq: number): Promise<string | 'void' | null> {
  const item = await getItem(db, keys.eventFeedEntry(seq), { consistent: true, projection: ['type', 'id'] });
  if (!item) return null;
  return item.type === 'event' ? String(item.id) : 'void';
}

/** An event's claim: its number, and when its writer started (null on a claim written before claims said so). */
async function claimOf(db: Db, id: string): Promise<{ seq: number; claimedAt: number | null } | null> {
  const item = await getItem(db, keys.eventById(id), { consistent: true, projection: ['seq', 'claimedAt'] });
  return item ? { seq: Number(item.seq), claimedAt: item.claimedAt === undefined ? null : Number(item.claimedAt) } : null;
}

/** Marks a number that will hold no event, so a reader passes it at once instead of waiting for its writer. */
async function voidNumber(db: Db, seq: number, now: () => number): Promise<void> {
  await putIf(db, { Item: { ...keys.eventFeedEntry(seq), type: 'event-void', seq, recordedAt: now() }, ConditionExpression: 'attribute_not_exists(pk)' });
}

/** The number of the event with this id in the feed, or null when the feed has no such event. */
async function numberOf(db: Db, id: string): Promise<number | null> {
  const item = await getItem(db, keys.eventById(id), { consistent: true, projection: ['seq'] });
  return item ? Number(item.seq) : null;
}

const entryOf = (item: Item): FeedEntry => ({
  seq: Number(item.seq),
  recordedAt: Number(item.recordedAt),
  event: item.type === 'event-void' ? null : PostmottakEvent.parse(JSON.parse(String(item.event))),
});

/**
 * Up to `limit` events after the one with id `since` (from the first without it), oldest first; null
 * when `since` names no event in the feed.
 */
export async function eventsAfter(db: Db, input: { since?: string | undefined; limit: number; now?: () => number }): Promise<PostmottakEvent[] | null> {
  const now = input.now ?? Date.now;
  let expected = 1;
  if (input.since !== undefined) {
    const seq = await numberOf(db, input.since);
    if (seq === null) return null;
    expected = seq + 1;
  }
  const out: PostmottakEvent[] = [];
  let from = expected;
  while (out.length < input.limit) {
    const page = await query(db, {
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':p': keys.eventFeedPartition, ':from': keys.eventFeedEntry(from).sk, ':to': keys.eventFeedEntry(Number.MAX_SAFE_INTEGER).sk },
      ConsistentRead: true,
      Limit: input.limit - out.length,
    });
    const entries = (page.Items ?? []).map(entryOf);
    for (const entry of entries) {
      // A hole: wait for its writer, unless the writer of the next number finished long ago.
      if (entry.seq !== expected && now() - entry.recordedAt < abandonedAfterMs) return out;
      if (entry.event) out.push(entry.event);
      expected = entry.seq + 1;
    }
    if (!page.LastEvaluatedKey || entries.length === 0) break;
    from = expected;
  }
  return out;
}

/** The service's EventFeed port (service/ports.ts) over the table. */
export function dynamoEventFeed(db: Db): { after(since: string | undefined, limit: number): Promise<PostmottakEvent[] | null> } {
  return { after: (since, limit) => eventsAfter(db, { since, limit }) };
}
