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

/** The controlled vocabulary (stikkord): area keywords, rule keywords and missed-deadline keywords. */
export function vocabulary(config: PostmottakConfig): Set<string> {
  return new Set([
    ...config.areas.flatMap((a) => a.keywords),
    ...config.typeRules.flatMap((r) => r.addsKeywords),
    ...config.deadlineRules.flatMap((r) => (r.missedKeyword ? [r.missedKeyword] : [])),
  ]);
}

/**
 * The keywords a document puts on its case: the area's words, its type's words (anke), the words of
 * deadlines it missed, and the classifier's keywords where they belong to the vocabulary and to no
 * other area or type than the ones the document is registered with: the classifier's words are those
 * of its own guess, and a guess an archivist decided otherwise (or a linked case's area replaced)
 * leaves none of its words behind.
 */
export function keywordsFor(input: { area: string; documentType: DocumentType; deadlineKeywords: readonly string[]; classifierKeywords: readonly string[] }, config: PostmottakConfig): string[] {
  const known = vocabulary(config);
  const own = new Set([...areaConfig(config, input.area).keywords, ...typeRule(config, input.documentType).addsKeywords]);
  const discarded = new Set([
    ...config.areas.filter((a) => a.code !== input.area).flatMap((a) => a.keywords),
    ...config.typeRules.filter((r) => r.type !== input.documentType).flatMap((r) => r.addsKeywords),
  ]);
  return unique([
    ...own,
    ...input.deadlineKeywords,
    ...input.classifierKeywords.filter((k) => known.has(k) && (own.has(k) || !discarded.has(k))),
  ]);
}

/** Sort keys of the queue indexes: ISO dates sort as strings; priority is inverted so higher comes first. */
export function oldestSortKey(receivedDate: string, tieBreak: string): string {
  return `${receivedDate}#${tieBreak}`;
}

export function prioritySortKey(priority: number, receivedDate: string, tieBreak: string): string {
  return `${MAX_PRIORITY - Math.min(Math.max(priority, 0), MAX_PRIORITY)}#${receivedDate}#${tieBreak}`;
}
