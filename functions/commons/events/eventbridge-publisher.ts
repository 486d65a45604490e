import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { TransientError } from '#domain/errors';
import type { PostmottakEvent } from '#schemas/events';
import type { EventPublisher } from '../../../stages/ports.ts';

/** PutEvents takes at most 10 entries per call. */
const batchSize = 10;

export interface EventBridgeOptions {
  client: Pick<EventBridgeClient, 'send'>;
  busName: string;
  /** Rounds for the entries EventBridge answered as failed (throttling, internal errors). */
  attempts?: number;
  pause?: (attempt: number) => Promise<void>;
}

const backoff = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt) * Math.random()));

/**
 * SPEC.md "Events" on an EventBridge bus: `source: "postmottak"`, `detail-type` = the event's type, the
 * whole event (with its derived id) as the detail. PutEvents can accept a call and still fail some of
 * its entries, so the failed entries are sent again; what still fails after the last round is a
 * TransientError, which makes the state machine retry the stage, which publishes the same ids again.
 */
export function eventBridgePublisher(options: EventBridgeOptions): EventPublisher {
  const attempts = options.attempts ?? 5;
  const pause = options.pause ?? backoff;
  return {
    async publish(events: readonly PostmottakEvent[]) {
      for (let start = 0; start < events.length; start += batchSize) {
        let pending: PutEventsRequestEntry[] = events.slice(start, start + batchSize).map((event) => ({
          Source: 'postmottak',
          DetailType: event.type,
          Detail: JSON.stringify(event),
          EventBusName: options.busName,
          Time: new Date(event.time),
        }));
        for (let attempt = 0; pending.length > 0; attempt += 1) {
          if (attempt >= attempts) throw new TransientError(`EventBridge refused ${pending.length} event(s) after ${attempts} attempts`);
          if (attempt > 0) await pause(attempt);
          const answer = await options.client.send(new PutEventsCommand({ Entries: pending }));
          if (!answer.FailedEntryCount) break;
          // Entries are answered in the order sent; an entry with an ErrorCode failed.
          pending = pending.filter((_, i) => answer.Entries?.[i]?.ErrorCode);
        }
      }
    },
  };
}

let client: EventBridgeClient | undefined;
export function eventBridgeClient(): EventBridgeClient {
  client ??= new EventBridgeClient({});
  return client;
}
