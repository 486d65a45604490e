import { createHash } from 'node:crypto';
import type { ServiceEvent } from '../ports.ts';

/** An event whose id is derived from the change itself (its type, subject and moment), so publishing it again gives the same id. */
export function serviceEvent(type: ServiceEvent['type'], subject: { caseId?: string; documentId?: string }, at: string, detail: Record<string, unknown>): ServiceEvent {
  const id = createHash('sha256').update(JSON.stringify([type, subject.caseId ?? null, subject.documentId ?? null, at, detail])).digest('hex').slice(0, 32);
  return { id, type, version: 1, time: at, ...subject, detail };
}
