
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { closeDeadlines, deadlineId, meetDeadline, dueOnOrBefore, nextDue, openDeadlines, type DeadlineBook, type DeadlineEntry } from '#domain/registry/deadline-book';
import { compareIsoDates, addDays } from '#domain/calendar';
import { getAll, getItem, putIf, query, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { indexNames } from './table-definition.ts';
import { CONFLICT, retryOnConflict } from './retry-on-conflict.ts';
import type { DeadlineChange, DeadlineChangeResult, ReadBeside } from '../../../stages/records.ts';

export type { DeadlineChange, DeadlineChangeResult };

/**
 * A case's deadlines live in one item beside the case. Its `due` index key is the earliest open due
 * date, so "open deadlines due before a date" is one query per area, and a document that opens or
 * closes deadlines writes one item. Concurrent writers are ordered by a version check.
 */
export interface DeadlineRecord {
  caseId: string;
  area: string;
  book: DeadlineBook;
  version: number;
}

export function deadlineItem(record: DeadlineRecord): Item {
  const due = nextDue(record.book);
  return {
    ...keys.deadlines(record.caseId),
    type: 'deadlines',
    caseId: record.caseId,
    area: record.area,
    // The entry's id is its map key; stored once, a case's book stays under one write unit longer.
    deadlines: Object.fromEntries(Object.entries(record.book).map(([id, { id: _id, ...entry }]) => [id, entry])),
    version: record.version,
    ...(due ? { nextDue: due, dpk: keys.duePartition(record.area), dsk: `${due}#${record.caseId}` } : {}),
  };
}

export function deadlineRecordFromItem(item: Item): DeadlineRecord {
  const stored = (item.deadlines as Record<string, Omit<DeadlineEntry, 'id'>> | undefined) ?? {};
  const book: DeadlineBook = Object.fromEntries(Object.entries(stored).map(([id, entry]) => [id, { id, ...entry }]));
  return { caseId: item.caseId as string, area: item.area as string, book, version: (item.version as number | undefined) ?? 0 };
}

export async function getDeadlines(db: Db, caseId: string, consistent = true): Promise<DeadlineRecord | null> {
  const item = await getItem(db, keys.deadlines(caseId), { consistent });
  return item ? deadlineRecordFromItem(item) : null;
}

/** The kinds of a case's deadlines still open, read consistently: grounds that just came have closed `grounds`. */
export async function openDeadlineKinds(db: Db, caseId: string): Promise<DeadlineKind[]> {
  const book = (await getDeadlines(db, caseId))?.book ?? {};
  return Object.values(book).filter((d) => d.status === 'open').map((d) => d.kind);
}

function apply(book: DeadlineBook, change: DeadlineChange): { book: DeadlineBook; result: DeadlineChangeResult } {
  const afterOpen = openDeadlines(book, change.open, change.openedBy, change.openedOn);
  const { book: afterClose, closed } = closeDeadlines(afterOpen, change.close, change.openedBy, change.openedOn);
  let next = afterClose;
  for (const target of change.meet ?? []) {
    const { book: afterMeet, met } = meetDeadline(next, target, change.openedBy, change.openedOn);
    next = afterMeet;
    if (met) closed.push(met);
  }
  const opened = change.open.map((d) => next[deadlineId(d.kind, change.openedBy, change.openedOn)]!);
  return { book: next, result: { opened, closed } };
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameBook = (a: DeadlineBook, b: DeadlineBook) => stableJson(a) === stableJson(b);

/**
 * Opens and closes deadlines on a case. `fresh` says the case was created by this very document: then
 * there is nothing to read and the first write is a put that must not find the item.
 */
export async function changeDeadlines(db: Db, input: { caseId: string; area: string; fresh: boolean; change: DeadlineChange; asRead?: ReadBeside | undefined }): Promise<DeadlineChangeResult> {
  // A change that opens, closes and meets nothing answers the same whatever the book holds and writes
  // nothing: a declaration or a letter joining a case costs no read of its deadlines.
  if (!input.change.open.length && !input.change.close.length && !input.change.meet?.length) return { opened: [], closed: [] };
  // Read with the case (CaseRepository.getWith) or now; a write since then fails the version condition below and is read again.
  const asRead = input.asRead ? (input.asRead.item ? deadlineRecordFromItem(input.asRead.item) : null) : undefined;
  let current: DeadlineRecord | null = input.fresh ? null : asRead !== undefined ? asRead : await getDeadlines(db, input.caseId);
  return retryOnConflict({ attempts: 50, maxPauseMs: 40, what: `deadlines of case ${input.caseId}` }, async (attempt) => {
    if (attempt > 0) current = await getDeadlines(db, input.caseId);
    const base = current ?? { caseId: input.caseId, area: input.area, book: {}, version: 0 };
    const { book, result } = apply(base.book, input.change);
    if (current && sameBook(current.book, book)) return result;
    // Nothing to write for a case with no deadlines that this change leaves with none (a letter meeting what was never opened).
    if (!current && Object.keys(book).length === 0) return result;
    const next: DeadlineRecord = { ...base, area: base.area ?? input.area, book, version: base.version + 1 };
    const written = await putIf(db, {
      Item: deadlineItem(next),
      ConditionExpression: current ? '#v = :v' : 'attribute_not_exists(pk)',
      ExpressionAttributeNames: current ? { '#v': 'version' } : undefined,
      ExpressionAttributeValues: current ? { ':v': current.version } : undefined,
    });
    return written ? result : CONFLICT;
  });
}

export interface DueDeadline extends DeadlineEntry {
  caseId: string;
  area: string;
}

/**
 * Open deadlines due before `before` (strictly), in the given areas, earliest first: one query of the
 * `due` index per area, then the deadline items those keys name.
 */
export async function listDeadlinesDueBefore(db: Db, input: { before: IsoDate; areas: readonly string[] }): Promise<DueDeadline[]> {
  const keysToRead: { pk: string; sk: string }[] = [];
  for (const area of input.areas) {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await query(db, {
        IndexName: indexNames.due,
        KeyConditionExpression: 'dpk = :p AND dsk < :before',
        ExpressionAttributeValues: { ':p': keys.duePartition(area), ':before': input.before },
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      keysToRead.push(...(out.Items ?? []).map((item) => ({ pk: item.pk as string, sk: item.sk as string })));
      start = out.LastEvaluatedKey;
    } while (start);
  }
  const lastIncluded = addDays(input.before, -1);
  const records = (await getAll(db, keysToRead)).map(deadlineRecordFromItem);
  return records
    .flatMap((record) => dueOnOrBefore(record.book, lastIncluded).map((entry) => ({ ...entry, caseId: record.caseId, area: record.area })))
    .sort((a, b) => compareIsoDates(a.due, b.due) || a.caseId.localeCompare(b.caseId));
}
