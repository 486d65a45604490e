import { addDays, compareIsoDates } from '#domain/calendar';
import { incomingCaseRow, type IncomingCaseRow } from '#domain/export/incoming-cases';
import type { CaseRecord } from '../../../stages/records.ts';
import { putItem, queryAll, type Db } from './db.ts';
import { getCases } from './cases.ts';
import { getDeadlines } from './deadlines.ts';
import { getDocumentAsStored } from './documents.ts';

/**
 * Cases by the date their mail was received, for the director's export: an item per case under a
 * partition per month (RECEIVED#YYYY-MM, sort key date#case), so a range is a query per month and
 * never a scan. Written when a case opens; the put is the same on a re-run.
 */
const monthPartition = (date: string) => `RECEIVED#${date.slice(0, 7)}`;

export async function recordReceivedCase(db: Db, record: Pick<CaseRecord, 'caseId' | 'receivedDate'>): Promise<void> {
  await putItem(db, { Item: { pk: monthPartition(record.receivedDate), sk: `${record.receivedDate}#${record.caseId}`, caseId: record.caseId } });
}

export async function caseIdsReceivedBetween(db: Db, from: string, to: string): Promise<string[]> {
  const ids: string[] = [];
  for (let month = `${from.slice(0, 7)}-01`; compareIsoDates(month, to) <= 0; month = nextMonth(month)) {
    const items = await queryAll(db, {
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':p': monthPartition(month), ':from': from, ':to': `${to}#\uffff` },
    });
    ids.push(...items.map((i) => i.caseId as string));
  }
  return ids;
}

function nextMonth(firstOfMonth: string): string {
  return addDays(firstOfMonth, 32).slice(0, 8) + '01';
}

/** The rows of the export, oldest received first (then by case number). */
export async function incomingCases(db: Db, from: string, to: string): Promise<IncomingCaseRow[]> {
  const ids = await caseIdsReceivedBetween(db, from, to);
  const cases = await getCases(db, ids);
  const rows: IncomingCaseRow[] = [];
  for (const caseId of ids) {
    const c = cases.get(caseId);
    if (!c) continue;
    const opening = await getDocumentAsStored(db, c.createdBy, false);
    const book = (await getDeadlines(db, caseId, false))?.book ?? {};
    rows.push(incomingCaseRow(c, opening?.result?.documentType ?? null, Object.values(book)));
  }
  return rows.sort((a, b) => compareIsoDates(a.receivedDate, b.receivedDate) || a.caseNumber.localeCompare(b.caseNumber));
}
