import type { LetterStatus } from '#schemas/letters';
import type { Party } from '#schemas/parties';
import type { Language } from '#schemas/taxonomy';
import type { CaseParties, LetterRelease, LetterRepository, OutboxRecord } from '../../../stages/letter-ports.ts';
import { getAll, getItem, putIf, queryAll, updateIf, type Db, type Item } from './db.ts';
import { keys } from './keys.ts';
import { CONFLICT, retryOnConflict } from './retry-on-conflict.ts';
import { indexNames } from './table-definition.ts';

/**
 * The outbox and the case's parties in the one table (DynamoDB access only).
 *
 *   LETTER#{letterId} / LETTER     the letter: recipient, status (ready / held / sent), the facts it
 *                                  says, its PDF's key; in queue-oldest under qpk = outbox/{status},
 *                                  qsk = {letterDate}#{letterId}, so the outbox lists by status,
 *                                  oldest first, with no scan
 *   CASE#{caseId}   / LETTER#{id}  the outgoing journal entry (Noark 5 U) on the case: kind, public
 *                                  title, screening code, status; read with the case
 *   CASE#{caseId}   / PARTIES      the case's parties (sakspart) and the appellant's language
 *
 * A letter's id is derived from its case, kind and the document that called for it, and both letter
 * items are put only if absent: a re-run writes nothing twice.
 */
const letterKeys = {
  letter: keys.letter,
  journal: keys.caseLetter,
  parties: keys.caseParties,
  outbox: (status: LetterStatus) => keys.outboxPartition(status),
} as const;

const RECORD_FIELDS = ['letterId', 'caseId', 'caseNumber', 'kind', 'language', 'recipient', 'status', 'heldReason', 'heldReasonCode', 'sentOn', 'letterDate', 'path', 'journalEntryId', 'triggerDocumentId', 'facts', 'journal', 'createdAt', 'releasedBy', 'releasedAt', 'releasedFrom', 'releasedAs'] as const;

function toItem(record: OutboxRecord): Item {
  return { ...letterKeys.letter(record.letterId), type: 'letter', ...record, qpk: letterKeys.outbox(record.status), qsk: `${record.letterDate}#${record.letterId}` };
}

function fromItem(item: Item): OutboxRecord {
  const record = Object.fromEntries(RECORD_FIELDS.map((f) => [f, item[f] ?? null])) as unknown as OutboxRecord;
  return item.withdrawnReason ? { ...record, withdrawnReason: item.withdrawnReason as string } : record;
}

/**
 * Takes a letter not yet posted (ready or held) out of the outbox: its case was given up, so it must
 * never be posted. The letter and its outgoing journal entry stay, marked withdrawn with the reason.
 * Answers whether this call withdrew it (a sent letter, or one withdrawn before, is left as it is).
 */
export async function withdrawLetter(db: Db, input: { letterId: string; caseId: string; reason: string; by: string; at: string }): Promise<boolean> {
  const made = await updateIf(db, {
    Key: letterKeys.letter(input.letterId),
    UpdateExpression: 'SET #s = :withdrawn, qpk = :q, withdrawnReason = :why, withdrawnBy = :by, withdrawnAt = :at',
    ConditionExpression: 'attribute_exists(pk) AND (#s = :ready OR #s = :held)',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':withdrawn': 'withdrawn', ':ready': 'ready', ':held': 'held', ':q': letterKeys.outbox('withdrawn'), ':why': input.reason, ':by': input.by, ':at': input.at },
  });
  if (made) {
    await updateIf(db, {
      Key: letterKeys.journal(input.caseId, input.letterId),
      UpdateExpression: 'SET withdrawnReason = :why, withdrawnBy = :by, withdrawnAt = :at',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':why': input.reason, ':by': input.by, ':at': input.at },
    });
  }
  return made;
}

/** The condition that the parties item is still the version read: absent for null, without a version (written before there was one) for 0. */
function unchangedSince(version: number | null): { ConditionExpression: string; ExpressionAttributeValues?: Record<string, number> } {
  if (version === null) return { ConditionExpression: 'attribute_not_exists(pk)' };
  if (version === 0) return { ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(version)' };
  return { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': version } };
}

function casePartiesOf(item: Item): CaseParties {
  return { parties: (item.parties as Party[] | undefined) ?? [], language: (item.language as Language | null | undefined) ?? null };
}

export function dynamoLetterRepository(db: Db): LetterRepository {
  const get = async (letterId: string) => {
    const item = await getItem(db, letterKeys.letter(letterId), { consistent: true });
    return item ? fromItem(item) : null;
  };
  /**
   * A letter still of `status` (and, given `pathAsRead`, still with the PDF it had when read) gets a new recipient,
   * the facts its PDF was re-rendered from and that PDF, with `also` set beside them.
   */
  const newAddressIf = (letterId: string, status: LetterStatus, change: Pick<LetterRelease, 'recipient' | 'facts' | 'path'> & { pathAsRead?: string }, also: { set: string; values: Record<string, unknown> }) =>
    updateIf(db, {
      Key: letterKeys.letter(letterId),
      UpdateExpression: `SET recipient = :r, facts = :f, #p = :p, ${also.set}`,
      ConditionExpression: `attribute_exists(pk) AND #s = :was${change.pathAsRead === undefined ? '' : ' AND #p = :read'}`,
      ExpressionAttributeNames: { '#s': 'status', '#p': 'path' },
      ExpressionAttributeValues: { ':was': status, ':r': change.recipient, ':f': change.facts, ':p': change.path, ...(change.pathAsRead === undefined ? {} : { ':read': change.pathAsRead }), ...also.values },
    });
  /** The outgoing journal entry says who gave the address and when (never the address itself: it is the letter's), and the date the letter now bears. */
  async function journalRelease(stored: OutboxRecord): Promise<void> {
    if (!stored.releasedBy) return;
    await updateIf(db, {
      Key: letterKeys.journal(stored.caseId, stored.letterId),
      UpdateExpression: 'SET releasedBy = :by, releasedAt = :at, documentDate = :d',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':by': stored.releasedBy, ':at': stored.releasedAt ?? stored.createdAt, ':d': stored.letterDate },
    });
  }
  return {
    get,
    async add(record) {
      const written = await putIf(db, { Item: toItem(record), ConditionExpression: 'attribute_not_exists(pk)' });
      const stored = written ? record : ((await get(record.letterId)) ?? record);
      // The journal entry follows the letter; put if absent, so a run that died between the two completes it.
      await putIf(db, {
        Item: {
          ...letterKeys.journal(stored.caseId, stored.letterId),
          type: 'journal-entry',
          journalType: stored.journal.type,
          letterId: stored.letterId,
          caseId: stored.caseId,
          kind: stored.kind,
          publicTitle: stored.journal.publicTitle,
          screeningCode: stored.journal.screeningCode,
          documentDate: stored.letterDate,
          journalStatus: 'J',
          createdAt: stored.createdAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      return { created: written, record: stored };
    },
    async list(filter = {}) {
      const statuses: LetterStatus[] = filter.status ? [filter.status] : ['held', 'ready', 'sent', 'withdrawn'];
      const keys: { pk: string; sk: string }[] = [];
      for (const status of statuses) {
        const hits = await queryAll(db, { IndexName: indexNames.queueOldest, KeyConditionExpression: 'qpk = :q', ExpressionAttributeValues: { ':q': letterKeys.outbox(status) } });
        keys.push(...hits.map((h) => ({ pk: h.pk as string, sk: h.sk as string })));
      }
      return (await getAll(db, keys)).map(fromItem).sort((a, b) => a.letterDate.localeCompare(b.letterDate) || a.letterId.localeCompare(b.letterId));
    },
    async markSent(letterId, sentOn) {
      const made = await updateIf(db, {
        Key: letterKeys.letter(letterId),
        UpdateExpression: 'SET #s = :sent, sentOn = :on, qpk = :q',
        ConditionExpression: 'attribute_exists(pk) AND #s = :ready',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent', ':ready': 'ready', ':on': sentOn, ':q': letterKeys.outbox('sent') },
      });
      const stored = await get(letterId);
      if (made && stored) {
        await updateIf(db, {
          Key: letterKeys.journal(stored.caseId, letterId),
          UpdateExpression: 'SET sentOn = :on',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':on': sentOn },
        });
      }
      return stored;
    },
    async release(letterId, change) {
      const made = await newAddressIf(letterId, 'held', change, {
        set: '#s = :ready, qpk = :q, qsk = :qs, letterDate = :d, heldReason = :none, heldReasonCode = :none, releasedBy = :by, releasedAt = :at, releasedFrom = :from, releasedAs = :as',
        values: { ':ready': 'ready', ':q': letterKeys.outbox('ready'), ':qs': `${change.letterDate}#${letterId}`, ':d': change.letterDate, ':none': null, ':by': change.releasedBy, ':at': change.releasedAt, ':from': change.releasedFrom ?? null, ':as': change.releasedAs ?? null },
      });
      const stored = await get(letterId);
      if (made && stored) await journalRelease(stored);
      return { released: made, record: stored };
    },
    journalRelease,
    async readdress(letterId, change) {
      const made = await newAddressIf(letterId, 'ready', change, { set: 'readdressedBy = :by, readdressedAt = :at', values: { ':by': change.by, ':at': change.at } });
      return { readdressed: made, record: await get(letterId) };
    },
    withdraw: (input) => withdrawLetter(db, input),
    async ofCase(caseId) {
      const entries = await queryAll(db, { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :letter)', ExpressionAttributeValues: { ':pk': letterKeys.journal(caseId, '').pk, ':letter': letterKeys.journal(caseId, '').sk } });
      const ids = entries.map((e) => e.letterId as string).filter(Boolean);
      return (await getAll(db, ids.map((id) => letterKeys.letter(id)))).map(fromItem).sort((a, b) => a.letterDate.localeCompare(b.letterDate) || a.letterId.localeCompare(b.letterId));
    },
    async changeParties(caseId, byDocumentId, change, asRead) {
      // Optimistic: the put holds only if the item is still the version read (absent when none was), so
      // a write in between makes this round read again and change what that writer left.
      await retryOnConflict({ attempts: 20, maxPauseMs: 50, what: `the parties of case ${caseId}` }, async (attempt) => {
        const item = attempt === 0 && asRead ? (asRead.item ?? undefined) : await getItem(db, letterKeys.parties(caseId), { consistent: true });
        const next = change(item ? casePartiesOf(item) : null);
        if (!next) return null;
        const version = item ? ((item.version as number | undefined) ?? 0) : null;
        const written = await putIf(db, {
          Item: { ...letterKeys.parties(caseId), type: 'parties', caseId, parties: [...next.parties], language: next.language, byDocumentId, version: (version ?? 0) + 1 },
          ...unchangedSince(version),
        });
        return written ? null : CONFLICT;
      });
    },
    async parties(caseId) {
      const item = await getItem(db, letterKeys.parties(caseId), { consistent: true });
      return item ? casePartiesOf(item) : null;
    },
  };
}
