import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#commons/clients';

/**
 * Reads the whole table (a test may Scan; the product never does) and names every duplicate the
 * promises of issue 14 rule out: two cases for one person or made by one document, a case number
 * given twice or skipped, a deadline opened twice by one document, a case queued twice.
 */
export type Item = Record<string, unknown>;

export async function scanTable(table: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new ScanCommand({ TableName: table, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export interface TableAudit {
  cases: number;
  documents: Record<string, number>;
  problems: string[];
}

const countBy = <T>(values: T[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());
const repeated = <T>(values: T[]) => [...countBy(values)].filter(([, n]) => n > 1).map(([v]) => v);

export function auditTable(items: Item[]): TableAudit {
  const problems: string[] = [];
  const cases = items.filter((i) => i.sk === 'CASE' && String(i.pk).startsWith('CASE#'));
  const docs = items.filter((i) => i.sk === 'DOC');

  for (const v of repeated(cases.map((c) => c.createdBy))) problems.push(`document ${String(v)} created more than one case`);
  for (const v of repeated(cases.map((c) => c.caseNumber))) problems.push(`case number ${String(v)} given twice`);
  const byYear = new Map<number, number[]>();
  for (const c of cases) byYear.set(c.year as number, [...(byYear.get(c.year as number) ?? []), c.sequence as number]);
  for (const [year, numbers] of byYear) {
    const sorted = numbers.sort((a, b) => a - b);
    if (sorted.some((n, i) => n !== i + 1)) problems.push(`case numbers of ${year} are not 1..${sorted.length} without gaps`);
  }
  // (A person may have several cases, one per appealed decision: national-id hashes are not checked here.)
  const refs = items.filter((i) => String(i.pk).startsWith('REF#'));
  for (const v of repeated(refs.map((i) => i.pk))) problems.push(`one reference has more than one case (${String(v)})`);

  for (const d of items.filter((i) => i.sk === 'DEADLINES')) {
    const entries = Object.values((d.deadlines ?? {}) as Record<string, { kind: string; openedBy: string }>);
    for (const v of repeated(entries.map((e) => `${e.kind} by ${e.openedBy}`))) problems.push(`case ${String(d.caseId)}: deadline ${v} opened twice`);
  }
  for (const d of docs) {
    if (d.caseId && !cases.some((c) => c.caseId === d.caseId)) problems.push(`document ${String(d.documentId)} is journaled on a case that does not exist`);
  }
  // A case sits in one queue (its own item's qpk); a routed document in at most one (its own item's qpk).
  const queued = cases.filter((c) => c.qpk).map((c) => c.caseId);
  for (const v of repeated(queued)) problems.push(`case ${String(v)} queued twice`);

  return { cases: cases.length, documents: Object.fromEntries(countBy(docs.map((d) => String(d.status)))), problems };
}
