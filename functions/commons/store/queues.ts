import { maskNationalIdsInText } from '#domain/fields/masked-national-ids';
import type { Reason } from '#schemas/reasons';
import { oldestSortKey, prioritySortKey, priorities } from '#domain/registry/routing';
import type { IsoDate } from '#schemas/taxonomy';
import { decodeCursor, encodeCursor, getItem, query, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { caseFromItem, getCase, type CaseRecord } from './cases.ts';
import { keys } from './keys.ts';
import { recordAudit } from './audit.ts';
import { indexNames } from './table-definition.ts';

/**
 * Queues are index partitions, not lists: a case waits in unassigned/{area} while it carries qpk (the
 * queue-oldest index); a document waits in review, quarantine, handler/{id} or unit-mail/{area} the
 * same way. Leaving a queue is removing qpk. Only cases of raised priority carry qprio, so the
 * queue-priority index holds the few that jump the line and normal cases cost no second index write.
 */

/** A new case enters unassigned/{area}. Once: a re-run, or a case claimed meanwhile, is left as it is. */
export async function placeNewCase(db: Db, input: { record: Pick<CaseRecord, 'caseId' | 'caseNumber' | 'receivedDate' | 'keywords'>; queue: string; keywords: string[]; priority: number; routedAt: string; routedBy: string }): Promise<boolean> {
  const { record } = input;
  const set: Item = {
    qpk: input.queue,
    qsk: oldestSortKey(record.receivedDate, record.caseNumber),
    priority: input.priority,
    routedAt: input.routedAt,
    routedBy: input.routedBy,
  };
  if (input.priority > priorities.normal) set.qprio = prioritySortKey(input.priority, record.receivedDate, record.caseNumber);
  return updateIf(
    db,
    withCondition(
      { Key: keys.case(record.caseId), ...updateExpression({ set, add: newKeywords(record, input.keywords) }) },
      'attribute_exists(pk) AND attribute_not_exists(#h) AND attribute_not_exists(#r)',
      { '#h': 'handlerId', '#r': 'routedAt' },
    ),
  );
}

function newKeywords(record: Pick<CaseRecord, 'keywords'>, keywords: string[]): Record<string, unknown> {
  const added = keywords.filter((k) => !record.keywords.includes(k));
  return added.length ? { keywords: new Set(added) } : {};
}

/**
 * A document joined a case: its keywords join the case's (an atomic ADD to the string set, no read),
 * and the case's priority rises if the document raises it: an anke on a case still waiting in
 * unassigned/{area} moves it up that queue.
 */
export async function raiseJoinedCase(db: Db, input: { caseId: string; knownKeywords: string[]; keywords: string[]; priority: number }): Promise<void> {
  const added = input.keywords.filter((k) => !input.knownKeywords.includes(k));
  const add = added.length ? { keywords: new Set(added) } : {};
  if (input.priority > priorities.normal) {
    const record = await getCase(db, input.caseId, false);
    if (record && input.priority > record.priority) {
      const set: Item = { priority: input.priority };
      // A lone qprio without qpk (the case was claimed meanwhile) is no index entry, so the race is harmless.
      if (record.handlerId === null && record.routedAt) set.qprio = prioritySortKey(input.priority, record.receivedDate, record.caseNumber);
      const raised = await updateIf(
        db,
        withCondition({ Key: keys.case(input.caseId), ...updateExpression({ set, add }) }, 'attribute_exists(pk) AND (attribute_not_exists(#p) OR #p < :p)', { '#p': 'priority' }, { ':p': input.priority }),
      );
      if (raised) return;
    }
  }
  if (added.length) await updateIf(db, withCondition({ Key: keys.case(input.caseId), ...updateExpression({ add }) }, 'attribute_exists(pk)'));
}

export type ClaimOutcome = { claimed: true; case: CaseRecord } | { claimed: false; reason: 'not_found' | 'already_claimed' | 'not_in_queue'; handlerId: string | null };

/** Claiming is a conditional write: of two handlers, one gets the case; the case leaves unassigned/{area}. */
export async function claimCase(db: Db, input: { caseId: string; handlerId: string; at: string }): Promise<ClaimOutcome> {
  const claimed = await updateIf(
    db,
    withCondition(
      {
        Key: keys.case(input.caseId),
        ...updateExpression({ set: { handlerId: input.handlerId, claimedAt: input.at }, remove: ['qpk', 'qsk', 'qprio'] }),
      },
      'attribute_exists(pk) AND attribute_not_exists(#h) AND begins_with(#q, :unassigned)',
      { '#h': 'handlerId', '#q': 'qpk' },
      { ':unassigned': 'unassigned/' },
    ),
  );
  const item = await getItem(db, keys.case(input.caseId), { consistent: true });
  if (!item) return { claimed: false, reason: 'not_found', handlerId: null };
  const record = caseFromItem(item);
  if (claimed) {
    await recordAudit(db, { caseId: input.caseId, event: 'CaseClaimed', actor: input.handlerId, at: input.at });
    return { claimed: true, case: record };
  }
  return record.handlerId ? { claimed: false, reason: 'already_claimed', handlerId: record.handlerId } : { claimed: false, reason: 'not_in_queue', handlerId: null };
}

export interface QueueQuery {
  queue: string;
  /** One keyword, or several that an entry must all carry. */
  keyword?: string | readonly string[] | undefined;
  /** Received on or after. */
  from?: IsoDate | undefined;
  /** Received on or before. */
  to?: IsoDate | undefined;
  order?: 'oldest' | 'priority' | undefined;
  /** The review list's filters: the machine's type and area guess, and why the document is there (its reason's code). */
  documentType?: string | undefined;
  area?: string | undefined;
  reason?: string | undefined;
  limit?: number | undefined;
  cursor?: string | null | undefined;
}

export interface QueueEntry {
  kind: 'case' | 'document';
  caseId: string | null;
  caseNumber: string | null;
  documentId: string | null;
  title: string | null;
  area: string | null;
  documentType: string | null;
  fileName: string | null;
  reason: string | null;
  reasonCode: Reason | null;
  keywords: string[];
  priority: number;
  receivedDate: string;
  status: string | null;
}

export interface QueuePage {
  items: QueueEntry[];
  cursor: string | null;
}

function entry(item: Item): QueueEntry {
  const keywords = item.keywords instanceof Set ? [...(item.keywords as Set<string>)].sort() : ((item.keywords as string[] | undefined) ?? []);
  return {
    kind: item.type === 'case' ? 'case' : 'document',
    caseId: (item.caseId as string | undefined) ?? null,
    caseNumber: (item.caseNumber as string | undefined) ?? null,
    documentId: (item.documentId as string | undefined) ?? null,
    title: (item.title as string | undefined) ?? null,
    area: (item.area as string | undefined) ?? null,
    documentType: (item.documentType as string | undefined) ?? null,
    fileName: typeof item.fileName === 'string' ? maskNationalIdsInText(item.fileName) : null,
    reason: (item.reason as string | undefined) ?? null,
    reasonCode: (item.reasonCode as Reason | undefined) ?? null,
    keywords,
    priority: (item.priority as number | undefined) ?? priorities.normal,
    receivedDate: item.receivedDate as string,
    status: (item.status as string | undefined) ?? null,
  };
}

interface Filters {
  expression?: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

function filters(q: QueueQuery, extra: { dateInFilter: boolean; normalOnly: boolean }): Filters {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const keywords = typeof q.keyword === 'string' ? [q.keyword] : (q.keyword ?? []);
  keywords.forEach((keyword, i) => {
    parts.push(`contains(#kw, :kw${i})`);
    names['#kw'] = 'keywords';
    values[`:kw${i}`] = keyword;
  });
  if (extra.dateInFilter && (q.from || q.to)) {
    names['#rd'] = 'receivedDate';
    if (q.from) {
      parts.push('#rd >= :from');
      values[':from'] = q.from;
    }
    if (q.to) {
      parts.push('#rd <= :to');
      values[':to'] = q.to;
    }
  }
  const equal = { documentType: q.documentType, area: q.area } as const;
  for (const [attribute, value] of Object.entries(equal)) {
    if (!value) continue;
    parts.push(`#${attribute} = :${attribute}`);
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
  }
  if (q.reason) {
    parts.push('#rc.#code = :reason');
    names['#rc'] = 'reasonCode';
    names['#code'] = 'code';
    values[':reason'] = q.reason;
  }
  if (extra.normalOnly) {
    parts.push('(attribute_not_exists(#pr) OR #pr <= :normal)');
    names['#pr'] = 'priority';
    values[':normal'] = priorities.normal;
  }
  return { ...(parts.length ? { expression: parts.join(' AND ') } : {}), names, values };
}

/** Fills up to `limit` entries from one index, following pages past items the filter drops. */
async function fill(
  db: Db,
  input: { index: string; sortKey: string; q: QueueQuery; dateInKey: boolean; normalOnly: boolean; start: Record<string, unknown> | null; limit: number },
): Promise<{ items: QueueEntry[]; next: Record<string, unknown> | null }> {
  const { q } = input;
  const names: Record<string, string> = { '#qpk': 'qpk' };
  const values: Record<string, unknown> = { ':queue': q.queue };
  let keyCondition = '#qpk = :queue';
  if (input.dateInKey && (q.from || q.to)) {
    names['#qsk'] = input.sortKey;
    // Sort keys are {date}#…: from 'YYYY-MM-DD' up to 'YYYY-MM-DD~' (~ sorts after every suffix).
    values[':kfrom'] = q.from ?? '0000-00-00';
    values[':kto'] = `${q.to ?? '9999-12-31'}~`;
    keyCondition += ' AND #qsk BETWEEN :kfrom AND :kto';
  }
  const f = filters(q, { dateInFilter: !input.dateInKey, normalOnly: input.normalOnly });
  const items: QueueEntry[] = [];
  let start = input.start;
  while (items.length < input.limit) {
    const out = await query(db, {
      IndexName: input.index,
      KeyConditionExpression: keyCondition,
      ...(f.expression ? { FilterExpression: f.expression } : {}),
      ExpressionAttributeNames: { ...names, ...f.names },
      ExpressionAttributeValues: { ...values, ...f.values },
      // Never read past what the page can hold, so the last key read is the cursor.
      Limit: input.limit - items.length,
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    items.push(...(out.Items ?? []).map(entry));
    start = out.LastEvaluatedKey ?? null;
    if (!start) break;
  }
  return { items, next: start };
}

/**
 * One page of a queue. Oldest first: one index, received-date range in the key condition. Priority
 * first (unassigned queues): the raised cases from queue-priority, then the normal ones oldest first.
 */
export async function listQueue(db: Db, q: QueueQuery): Promise<QueuePage> {
  const limit = Math.min(Math.max(q.limit ?? 25, 1), 200);
  const cursor = decodeCursor(q.cursor);
  if ((q.order ?? 'oldest') === 'oldest' || !q.queue.startsWith('unassigned/')) {
    const page = await fill(db, { index: indexNames.queueOldest, sortKey: 'qsk', q, dateInKey: true, normalOnly: false, start: cursor?.key ?? null, limit });
    return { items: page.items, cursor: page.next ? encodeCursor(page.next) : null };
  }
  const items: QueueEntry[] = [];
  let phase = (cursor?.phase as 'raised' | 'normal' | undefined) ?? 'raised';
  let start = cursor?.key ?? null;
  if (phase === 'raised') {
    const raised = await fill(db, { index: indexNames.queuePriority, sortKey: 'qprio', q, dateInKey: false, normalOnly: false, start, limit });
    items.push(...raised.items);
    if (raised.next) return { items, cursor: encodeCursor(raised.next, { phase: 'raised' }) };
    phase = 'normal';
    start = null;
  }
  if (items.length >= limit) return { items, cursor: encodeCursor(undefined, { phase: 'normal' }) };
  const normal = await fill(db, { index: indexNames.queueOldest, sortKey: 'qsk', q, dateInKey: true, normalOnly: true, start, limit: limit - items.length });
  items.push(...normal.items);
  return { items, cursor: normal.next ? encodeCursor(normal.next, { phase: 'normal' }) : null };
}
