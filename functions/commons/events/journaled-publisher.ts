import type { EventPublisher } from '../../../stages/ports.ts';
import { recordEvents } from '../store/event-feed.ts';
import type { Db } from '../store/db.ts';

/**
 * Every event into the table's feed first (idempotent by id), then on to the bus or the local log. A
 * failure of either fails the stage, whose retry records and publishes the same ids again.
 */
export function journaledPublisher(db: Db, next: EventPublisher): EventPublisher {
  return {
    async publish(events) {
      await recordEvents(db, events);
      await next.publish(events);
    },
  };
}
