import { randomUUID } from 'node:crypto';
import { addDays, compareIsoDates, osloDate } from '#domain/calendar';
import type { AccessLog, AccessLogQuery, AccessRecord } from '../../../service/ports.ts';
import { putItem, queryAll, type Db } from './db.ts';
import { keys } from './keys.ts';
import { mapBounded } from './bounded-map.ts';

/** Day partitions read at once: enough to hide the round trip, few enough not to be throttled (README «Innsyn, retting og sletting»). */
const DAY_READS = 16;

/**
 * The access log in the table: who read which case's or document's personal data, when, and why when
 * they said. One partition per day (Europe/Oslo), so an auditor's range is one query per day and a
 * busy day's writes spread by time. Items are only ever added.
 */
export function dynamoAccessLog(db: Db, options: { dayReads?: number } = {}): AccessLog {
  const dayReads = options.dayReads ?? DAY_READS;
  return {
    async record(entry: AccessRecord) {
      const day = osloDate(new Date(entry.at));
      await putItem(db, { Item: { ...keys.accessLog(day, entry.at, randomUUID()), kind: 'access', ...clean(entry) } });
    },
    async list(query: AccessLogQuery) {
      const person = query.person?.toLocaleLowerCase('nb');
      const days: string[] = [];
      for (let day = query.from; compareIsoDates(day, query.to) <= 0; day = addDays(day, 1)) days.push(day);
      // One query per day, dayReads at once (scripts/bench-access-log-year.ts): a year's range was 366 reads one after another.
      const perDay = await mapBounded(days, dayReads, (day) => queryAll(db, { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.accessLogPartition(day) } }));
      const records: AccessRecord[] = [];
      for (const item of perDay.flat()) {
        const record = toRecord(item);
        if (query.about && !(record.caseId && query.about.caseIds.has(record.caseId)) && !(record.documentId && query.about.documentIds.has(record.documentId))) continue;
        if (person && !record.person.toLocaleLowerCase('nb').includes(person)) continue;
        records.push(record);
      }
      return records;
    },
  };
}

function clean(entry: AccessRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}

function toRecord(item: Record<string, unknown>): AccessRecord {
  const { at, person, role, action, caseId, documentId, documentType, specialCategory, why, filter } = item as unknown as AccessRecord;
  return {
    at,
    person,
    role,
    action,
    ...(caseId ? { caseId } : {}),
    ...(documentId ? { documentId } : {}),
    ...(documentType ? { documentType } : {}),
    ...(typeof specialCategory === 'boolean' ? { specialCategory } : {}),
    ...(why ? { why } : {}),
    ...(filter ? { filter } : {}),
  };
}
