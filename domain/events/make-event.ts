import { createHash } from 'node:crypto';
import { type EventOf, type EventType, eventSchemas } from '#schemas/events';

export interface EventSubject {
  documentId?: string | undefined;
  caseId?: string | undefined;
}

/**
 * The id of a change: its type, the entity it happened to, and what changed, hashed. A stage that runs
 * again (a retry, a redrive, a reconcile) makes the same change and so the same id, which is what lets
 * a consumer, and the local log, keep each change once. Times are left out on purpose: a re-run
 * happens at another time.
 */
export function eventId(type: EventType, subject: EventSubject, change: unknown): string {
  const material = JSON.stringify([type, 1, subject.documentId ?? null, subject.caseId ?? null, change]);
  return createHash('sha256').update(material).digest('hex').slice(0, 32);
}

/**
 * An event of `type`, checked against its schema (a detail with a field the schema does not name, such
 * as a national id, throws here rather than reaching a bus). `change` is what makes this change unique
 * for its subject; it defaults to the whole detail.
 */
export function makeEvent<T extends EventType>(
  type: T,
  subject: EventSubject,
  detail: EventOf<T>['detail'],
  options: { time: string; change?: unknown },
): EventOf<T> {
  const event = {
    id: eventId(type, subject, options.change ?? detail),
    type,
    version: 1,
    time: options.time,
    ...(subject.documentId ? { documentId: subject.documentId } : {}),
    ...(subject.caseId ? { caseId: subject.caseId } : {}),
    detail,
  };
  return eventSchemas[type].parse(event) as EventOf<T>;
}
