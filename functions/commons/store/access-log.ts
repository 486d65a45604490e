import { randomUUID } from 'node:crypto';
import { addDays, compareIsoDates, osloDate } from '#domain/calendar';
import type { AccessLog, AccessLogQuery, AccessRecord } from '../../../service/ports.ts';
import { putItem, queryAll, type Db } from './db.ts';
import { keys } from './keys.ts';

/**
 * The access log in the table: who read which case's or document's personal data, when, and why when
 * they said. One partition per day (Europe/Oslo), so an auditor's range is one query per day and a
 * busy day's writes spread by time. Items are only ever added.
 */
export function dynamoAccessLog(db: Db): AccessLog {
  return {
    async record(entry: AccessRecord) {
      const day = osloDate(new Date(entry.at));
      await putItem(db, { Item: { ...keys.accessLog(day, entry.at, randomUUID()), kind: 'access', ...clean(entry) } });
    },
    async list(query: AccessLogQuery) {
      const records: AccessRecord[] = [];
      const person = query.person?.toLocaleLowerCase('nb');
      for (let day = query.from; compareIsoDates(day, query.to) <= 0; day = addDays(day, 1)) {
        const items = await queryAll(db, { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.accessLogPartition(day) } });
        for (const item of items) {
          const record = toRecord(item);
          if (query.about && !(record.caseId && query.about.caseIds.has(record.caseId)) && !(record.documentId && query.about.documentIds.has(record.documentId))) continue;
          if (person && !record.person.toLocaleLowerCase('nb').includes(person)) continue;
          records.push(record);
        }
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
