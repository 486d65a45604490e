import { createHash } from 'node:crypto';
import type { Party } from '#schemas/parties';
import { getItem, putIf, putItem, queryAll, type Db } from './db.ts';
import { keys } from './keys.ts';

/** A party as it was before an archivist corrected it (GDPR art. 16: the correction is recorded, the old value kept). */
export interface PartyCorrectionRecord {
  caseId: string;
  role: Party['role'];
  before: Party | null;
  after: Party;
  by: string;
  at: string;
  /** An archivist added the party («Legg til part»), rather than corrected one: a correction's retry is not journalled under it. */
  added?: true;
}

/**
 * Kept in a partition of its own (`PARTYHISTORY#{caseId}`), so no read of the case, its journal or its
 * parties ever returns the old name or address: a reader sees the corrected party only. Only added.
 */
export async function recordPartyCorrection(db: Db, record: PartyCorrectionRecord): Promise<void> {
  await putItem(db, { Item: { ...keys.partyHistory(record.caseId, record.at, record.role), type: 'party-correction', ...record } });
}

/**
 * An archivist's addition of a party, recorded once however many identical requests make it at the same moment
 * (a double click, a retried request): the record is named by the party added and put only if absent. Answers the
 * record as stored — the first request's, whose `at` the others journal under.
 */
export async function recordPartyAddition(db: Db, record: PartyCorrectionRecord & { added: true }): Promise<PartyCorrectionRecord> {
  const digest = createHash('sha256').update(JSON.stringify([record.after.name, record.after.firm ?? null, record.after.address])).digest('hex').slice(0, 16);
  const key = keys.partyAddition(record.caseId, record.role, digest);
  if (await putIf(db, { Item: { ...key, type: 'party-correction', ...record }, ConditionExpression: 'attribute_not_exists(pk)' })) return record;
  const stored = await getItem(db, key, { consistent: true });
  return stored ? historyRecord(stored) : record;
}

const historyRecord = ({ caseId, role, before, after, by, at, added }: Record<string, unknown>) => ({ caseId, role, before, after, by, at, ...(added ? { added } : {}) }) as PartyCorrectionRecord;

/** A case's corrections, oldest first. */
export async function partyCorrections(db: Db, caseId: string): Promise<PartyCorrectionRecord[]> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.partyHistory(caseId, '', '').pk } });
  return items.map(historyRecord).sort((a, b) => a.at.localeCompare(b.at));
}
