import type { Party } from '#schemas/parties';
import { putItem, queryAll, type Db } from './db.ts';
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

/** A case's corrections, oldest first. */
export async function partyCorrections(db: Db, caseId: string): Promise<PartyCorrectionRecord[]> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.partyHistory(caseId, '', '').pk } });
  return items.map(({ caseId, role, before, after, by, at, added }) => ({ caseId, role, before, after, by, at, ...(added ? { added } : {}) }) as PartyCorrectionRecord);
}
