import type { CaseGivenUp } from '#domain/registry/case-given-up';
import { caseIdFor, formatCaseNumber } from '#domain/registry/case-number';
import { CASE_UNDER_TREATMENT } from '#domain/registry/noark';
import { getItem, getAll, putAll, putIf, queryAll, updateIf, updateExpression, withCondition, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { CONFLICT, retryOnConflict, type Conflict } from './retry-on-conflict.ts';
import type { CaseRecord, LookupHit, NewCase, ReadBeside } from '../../../stages/records.ts';
import type { JoinedCaseChanges } from '../../../stages/ports.ts';

export type { CaseRecord, LookupHit, NewCase };

/** The case is open, as the giving up and every write that joins a case require (absent on cases written before the flag); names `#o` and `:open`. */
export const CASE_IS_OPEN = '(attribute_not_exists(#o) OR #o = :open)';

function toItem(record: CaseRecord): Item {
  const { handlerId, ...rest } = record;
  return { ...keys.case(record.caseId), type: 'case', ...rest, ...(handlerId ? { handlerId } : {}), keywords: new Set(record.keywords) };
}

export function caseFromItem(item: Item): CaseRecord {
  const keywords = item.keywords instanceof Set ? [...(item.keywords as Set<string>)].sort() : ((item.keywords as string[] | undefined) ?? []);
  return {
    caseId: item.caseId as string,
    caseNumber: item.caseNumber as string,
    year: item.year as number,
    sequence: item.sequence as number,
    title: item.title as string,
    area: item.area as string,
    archiveCode: item.archiveCode as string,
    status: item.status as string,
    noarkStatus: item.noarkStatus as string,
    keywords,
    priority: (item.priority as number | undefined) ?? 1,
    receivedDate: item.receivedDate as string,
    references: (item.references as string[] | undefined) ?? [],
    nationalIdHashes: (item.nationalIdHashes as string[] | undefined) ?? [],
    ...(item.sheetConfirmedHashes ? { sheetConfirmedHashes: item.sheetConfirmedHashes as string[] } : {}),
    open: item.open !== false,
    createdBy: item.createdBy as string,
    createdAt: item.createdAt as string,
    handlerId: (item.handlerId as string | undefined) ?? null,
    claimedAt: item.claimedAt as string | undefined,
    routedAt: item.routedAt as string | undefined,
    version: (item.version as number | undefined) ?? 0,
    ...(item.givenUp ? { givenUp: item.givenUp as CaseGivenUp } : {}),
    ...(item.givingUp ? { givingUp: item.givingUp as { releasedFrom: string | null } } : {}),
  };
}

export async function getCase(db: Db, caseId: string, consistent = true): Promise<CaseRecord | null> {
  const item = await getItem(db, keys.case(caseId), { consistent });
  return item ? caseFromItem(item) : null;
}

/**
 * The case and one more item of its partition in one consistent BatchGetItem: what a step reads of the
 * case before it writes, and what its next change would read first (CaseRepository.getWith).
 */
export async function getCaseWith(db: Db, caseId: string, beside: 'deadlines' | 'parties'): Promise<{ record: CaseRecord | null; beside: ReadBeside }> {
  const besideKey = beside === 'deadlines' ? keys.deadlines(caseId) : keys.caseParties(caseId);
  const items = await getAll(db, [keys.case(caseId), besideKey], { consistent: true });
  const caseItem = items.find((item) => item.sk === 'CASE');
  return { record: caseItem ? caseFromItem(caseItem) : null, beside: { item: items.find((item) => item.sk === besideKey.sk) ?? null } };
}

export async function getCases(db: Db, caseIds: string[]): Promise<Map<string, CaseRecord>> {
  const unique = [...new Set(caseIds)];
  const items = unique.length ? await getAll(db, unique.map((id) => keys.case(id))) : [];
  return new Map(items.map((item) => [item.caseId as string, caseFromItem(item)]));
}

/** The lookup items of a case: every reference (ours is resolved by key and needs none) and every national-id hash. */
function lookupItems(record: CaseRecord): Item[] {
  const common = { caseId: record.caseId, caseNumber: record.caseNumber, area: record.area, open: record.open, createdBy: record.createdBy };
  return [
    ...record.references.map((reference) => ({ ...keys.reference(reference, record.caseId), type: 'reference', reference, ...common })),
    ...record.nationalIdHashes.map((hash) => ({ ...keys.nationalId(hash, record.caseId), type: 'national-id', ...common })),
  ];
}

export async function writeLookups(db: Db, record: CaseRecord): Promise<void> {
  await putAll(db, lookupItems(record));
}

const hit = (item: Item): LookupHit => ({ caseId: item.caseId as string, open: item.open !== false, area: item.area as string, createdBy: item.createdBy as string });

export async function casesByReference(db: Db, reference: string): Promise<LookupHit[]> {
  return (await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.referencePartition(reference) } })).map(hit);
}

export async function casesByNationalIdHash(db: Db, hash: string, onlyOpen = false): Promise<LookupHit[]> {
  const hits = (await queryAll(db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.nationalIdPartition(hash) } })).map(hit);
  return onlyOpen ? hits.filter((h) => h.open) : hits;
}

/**
 * Case numbers without transactions, gap-free and unique under concurrency.
 *
 * The year's sequence item holds the last number given out and, beside it, the whole case that number
 * was given to (`pending`). Taking a number is one conditional update (n = previous); before taking
 * one, a writer makes sure the pending case of the previous number exists, writing it itself when its
 * owner died between the two steps. So no number is ever left without a case, and no two cases share
 * one. The owner first records the number on its document (the mapping a re-run finds), then writes
 * the case: so a case that exists always has its document's mapping.
 */
export interface Allocation {
  record: CaseRecord;
  /** False when this document had already created its case (a re-run). */
  fresh: boolean;
}

/**
 * Allocations of one year are taken one at a time within a process: concurrent documents of one
 * process (the embedded runtime, a batch) would otherwise only collide on the sequence item and retry.
 * Across processes (Lambda instances) the conditional update alone keeps numbers unique.
 */
const yearLocks = new Map<number, Promise<unknown>>();

function serialized<T>(year: number, task: () => Promise<T>): Promise<T> {
  const previous = yearLocks.get(year) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  yearLocks.set(year, settled);
  void settled.then(() => {
    if (yearLocks.get(year) === settled) yearLocks.delete(year);
  });
  return run;
}

/** Cases this process has written or seen written: their pending entry needs no read to prove it done. */
const knownWritten = new Set<string>();
function remember(caseKey: string): void {
  knownWritten.add(caseKey);
  if (knownWritten.size > 1000) knownWritten.delete(knownWritten.values().next().value!);
}

export async function allocateCase(
  db: Db,
  draft: NewCase,
  options: {
    existingMapping: () => Promise<{ caseId: string } | null>;
    recordMapping: (record: CaseRecord) => Promise<void>;
    /**
     * Whether the pending case is this allocation's own (default: made by the same document). A document
     * that opens a second case by correction does not own the case it opened at intake.
     */
    ownsPending?: (pending: CaseRecord) => boolean | Promise<boolean>;
    /** false: contend like separate processes (tests of the conditional write). */
    serialize?: boolean;
  },
): Promise<Allocation> {
  const year = Number(draft.receivedDate.slice(0, 4));
  return options.serialize === false ? allocate(db, year, draft, options) : serialized(year, () => allocate(db, year, draft, options));
}

async function allocate(
  db: Db,
  year: number,
  draft: NewCase,
  options: { existingMapping: () => Promise<{ caseId: string } | null>; recordMapping: (record: CaseRecord) => Promise<void>; ownsPending?: (pending: CaseRecord) => boolean | Promise<boolean> },
): Promise<Allocation> {
  return retryOnConflict({ attempts: 200, maxPauseMs: 50, what: `the case number sequence of ${year}` }, async (attempt): Promise<Allocation | Conflict> => {
    const sequence = await getItem(db, keys.sequence(year));
    const last = (sequence?.n as number | undefined) ?? 0;
    const pending = sequence?.pending ? caseFromItem(sequence.pending as Item) : null;
    if (pending) {
      if (options.ownsPending ? await options.ownsPending(pending) : pending.createdBy === draft.createdBy) {
        await finishCase(db, pending, options.recordMapping);
        return { record: pending, fresh: false };
      }
      // An eventually consistent read may miss a case that exists; then the conditional put below is a no-op.
      const known = knownWritten.has(`${db.table}/${pending.caseId}`) || (await getItem(db, keys.case(pending.caseId), { projection: ['caseId'] }));
      if (!known) await finishCase(db, pending, recordMappingOf(db));
    }
    // Only the first round can find this document's own earlier allocation: a number this round failed
    // to take was never pending, so nobody can have completed it for us since.
    if (attempt === 0) {
      const mapped = await options.existingMapping();
      if (mapped) {
        const existing = await getCase(db, mapped.caseId);
        if (existing) {
          // The lookups may be what a crash left unwritten; putting them again is harmless.
          await writeLookups(db, existing);
          return { record: existing, fresh: false };
        }
        // The number is this document's (its mapping says so) but the case was never written.
        const [mappedYear, mappedSequence] = mapped.caseId.split('-').map(Number) as [number, number];
        const record = newRecord(draft, mappedYear, mappedSequence);
        await finishCase(db, record, options.recordMapping);
        return { record, fresh: false };
      }
    }
    const next = last + 1;
    const record = newRecord(draft, year, next);
    const taken = await updateIf(
      db,
      withCondition(
        { Key: keys.sequence(year), ...updateExpression({ set: { n: next, pending: toItem(record), year } }) },
        last === 0 ? 'attribute_not_exists(#n)' : '#n = :last',
        { '#n': 'n' },
        last === 0 ? {} : { ':last': last },
      ),
    );
    if (!taken) return CONFLICT;
    await finishCase(db, record, options.recordMapping);
    return { record, fresh: true };
  });
}

function newRecord(draft: NewCase, year: number, sequence: number): CaseRecord {
  return {
    ...draft,
    caseId: caseIdFor(year, sequence),
    caseNumber: formatCaseNumber(year, sequence),
    year,
    sequence,
    noarkStatus: CASE_UNDER_TREATMENT,
    open: true,
    handlerId: null,
    priority: 1,
    version: 1,
  };
}

/** What another writer records for a document whose case it completes: only the mapping; the owner writes its full journal entry. */
function recordMappingOf(db: Db) {
  return async (record: CaseRecord) => {
    await updateIf(
      db,
      withCondition(
        { Key: keys.document(record.createdBy), ...updateExpression({ set: { documentId: record.createdBy, caseId: record.caseId, caseNumber: record.caseNumber, createdCase: true } }) },
        'attribute_not_exists(#caseId) OR #caseId = :caseId',
        { '#caseId': 'caseId' },
        { ':caseId': record.caseId },
      ),
    );
  };
}

async function finishCase(db: Db, record: CaseRecord, recordMapping: (record: CaseRecord) => Promise<void>): Promise<void> {
  await recordMapping(record);
  await putIf(db, { Item: toItem(record), ConditionExpression: 'attribute_not_exists(pk)' });
  remember(`${db.table}/${record.caseId}`);
  await writeLookups(db, record);
}

/**
 * A document joins a case: its status and title may change (a tribunal appeal: ATRY, "Anke – …"). Only
 * while the case is open, and its version goes up even when nothing else changes, so a giving up that
 * read the case before this join asks its rule again (functions/commons/store/given-up-case.ts).
 */
export async function updateJoinedCase(db: Db, record: CaseRecord, changes: JoinedCaseChanges): Promise<boolean> {
  const set: Record<string, unknown> = { version: record.version + 1 };
  if (changes.status !== undefined) set.status = changes.status;
  if (changes.title !== undefined) set.title = changes.title;
  if (changes.sheetConfirmedHashes !== undefined) set.sheetConfirmedHashes = changes.sheetConfirmedHashes;
  return updateIf(db, withCondition({ Key: keys.case(record.caseId), ...updateExpression({ set }) }, `#v = :v AND ${CASE_IS_OPEN}`, { '#v': 'version', '#o': 'open' }, { ':v': record.version, ':open': true }));
}

export { toItem as caseItem };
