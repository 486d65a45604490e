import { noEvents, type EventPublisher } from '../../../stages/ports.ts';
import { eventBridgeClient, eventBridgePublisher } from './eventbridge-publisher.ts';
import { localEventLog } from './local-event-log.ts';
import { journaledPublisher } from './journaled-publisher.ts';
import { dbFromEnv } from '../store/service.ts';

const logs = new Map<string, EventPublisher>();

/**
 * Where events go: EVENT_BUS_NAME in AWS (the stack sets it), POSTMOTTAK_EVENT_LOG on a laptop (the
 * embedded runtime sets it to the data dir's log). One log publisher per file per process, so its
 * record of the ids already written is shared by every stage. Where there is a table (TABLE_NAME),
 * events are also kept in its feed, which `GET /api/v1/events?since=` reads in both places.
 */
export function eventPublisherFromEnv(): EventPublisher {
  const next = deliveryFromEnv();
  return process.env.TABLE_NAME ? journaledPublisher(dbFromEnv(), next) : next;
}

function deliveryFromEnv(): EventPublisher {
  const bus = process.env.EVENT_BUS_NAME;
  if (bus) return eventBridgePublisher({ client: eventBridgeClient(), busName: bus });
  const file = process.env.POSTMOTTAK_EVENT_LOG;
  if (!file) return noEvents;
  let log = logs.get(file);
  if (!log) {
    log = localEventLog(file);
    logs.set(file, log);
  }
  return log;
}
