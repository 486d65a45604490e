import type { PostmottakConfig, Priority } from '#schemas/config';
import type { DocumentType } from '#schemas/taxonomy';
import { areaConfig, typeRule } from '../config.ts';
import { unique } from './registration.ts';

/** The queues of SPEC.md "Routing". */
export const queues = {
  unassigned: (area: string) => `unassigned/${area}`,
  handler: (handlerId: string) => `handler/${handlerId}`,
  unitMail: (area: string) => `unit-mail/${area}`,
  review: 'review',
  quarantine: 'quarantine',
} as const;

export function decideQueue(input: { createdCase: boolean; area: string; handlerId: string | null }): string {
  if (input.createdCase) return queues.unassigned(input.area);
  return input.handlerId ? queues.handler(input.handlerId) : queues.unitMail(input.area);
}

/** Priority levels: higher is picked first when a handler sorts by priority. */
export const priorities = { normal: 1, elevated: 2, urgent: 3 } as const satisfies Record<Priority, number>;
export const MAX_PRIORITY = 9;

/**
 * The highest of: the document type's priority (typeRules[].priority: a tribunal appeal is urgent, the
 * case must be prepared and sent on to Trygderetten); the priority of the type that adds a keyword the
 * case carries (a case marked «anke» stays urgent); elevated for a missed deadline's keyword (whether
 * to dismiss or to hear it late, forvaltningsloven § 31, is decided first); else normal.
 */
export function priorityFor(keywords: readonly string[], documentType: DocumentType, config: PostmottakConfig): number {
  const missedKeywords = new Set(config.deadlineRules.flatMap((r) => (r.missedKeyword ? [r.missedKeyword] : [])));
  let level: number = priorities[typeRule(config, documentType).priority];
  for (const rule of config.typeRules) {
    if (rule.addsKeywords.some((k) => keywords.includes(k))) level = Math.max(level, priorities[rule.priority]);
  }
  if (keywords.some((k) => missedKeywords.has(k))) level = Math.max(level, priorities.elevated);
  return level;
}

/**
 * The keywords a document puts on its case: the area's words, its type's words (anke) and the words of
 * the deadlines the Deadlines stage found missed. The classifier's own keywords are not taken: its
 * area and type words are those of its guess (an archivist's decision or a linked case's area may
 * replace it), and a missed-deadline word it gives was not computed from any deadline.
 */
export function keywordsFor(input: { area: string; documentType: DocumentType; deadlineKeywords: readonly string[] }, config: PostmottakConfig): string[] {
  return unique([...areaConfig(config, input.area).keywords, ...typeRule(config, input.documentType).addsKeywords, ...input.deadlineKeywords]);
}

/** Sort keys of the queue indexes: ISO dates sort as strings; priority is inverted so higher comes first. */
export function oldestSortKey(receivedDate: string, tieBreak: string): string {
  return `${receivedDate}#${tieBreak}`;
}

export function prioritySortKey(priority: number, receivedDate: string, tieBreak: string): string {
  return `${MAX_PRIORITY - Math.min(Math.max(priority, 0), MAX_PRIORITY)}#${receivedDate}#${tieBreak}`;
}
