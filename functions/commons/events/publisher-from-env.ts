import { noEvents, type EventPublisher } from '../../../stages/ports.ts';
import { eventBridgeClient, eventBridgePublisher } from './eventbridge-publisher.ts';
import { localEventLog } from './local-event-log.ts';

const logs = new Map<string, EventPublisher>();

/**
 * Where events go: EVENT_BUS_NAME in AWS (the stack sets it), POSTMOTTAK_EVENT_LOG on a laptop (the
 * embedded runtime sets it to the data dir's log). One log publisher per file per process, so its
 * record of the ids already written is shared by every stage.
 */
export function eventPublisherFromEnv(): EventPublisher {
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
