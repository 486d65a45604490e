import type { JournalLine } from '#schemas/api';
import type { CaseLetter } from '#schemas/outbox';
import { heldReasonText } from '#domain/letters/held-reasons';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import type { OutboxRecord } from '../../stages/letter-ports.ts';
import { apiPrefix } from '../api-prefix.ts';
import { may, type Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';

/**
 * The letters postmottak wrote on a case, for the case view (SPEC.md: each letter is «journaled on the
 * case as an outgoing entry (Noark 5 U)»). Every role that reads cases sees that a letter was written,
 * when, and where it stands, as it sees the incoming entries; the letter itself (recipient, address,
 * text) is a document, so its PDF (outbox.ts caseLetterPdf) is for the roles that read documents'
 * originals: the archivist and any caseworker, whether or not the case is theirs (SPEC's role table:
 * both read cases in full).
 */

/** The API's route for a letter's PDF on its case (send the bearer token). */
export const caseLetterPdfPath = (caseId: string, letterId: string) => `${apiPrefix}/cases/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(letterId)}/pdf`;

/** Why a held letter waits, in bokmål (null for any other); a letter held before the code was kept has only its English sentence. */
export function heldReasonNbOf(record: OutboxRecord): string | null {
  return record.status !== 'held' ? null : record.heldReasonCode ? heldReasonText(record.heldReasonCode, 'nb') : record.heldReason;
}

function caseLetter(record: OutboxRecord, readsPdf: boolean): CaseLetter {
  return {
    letterId: record.letterId,
    kind: record.kind,
    title: record.journal.publicTitle,
    language: record.language,
    status: record.status,
    heldReasonNb: heldReasonNbOf(record),
    withdrawnReason: record.withdrawnReason ?? null,
    releasedBy: record.releasedBy ?? null,
    releasedAs: record.releasedAs ?? null,
    letterDate: record.letterDate,
    writtenAt: record.createdAt,
    sentOn: record.sentOn,
    pdf: readsPdf ? caseLetterPdfPath(record.caseId, record.letterId) : null,
  };
}

/**
 * The outgoing entry as a journal line at the time it was written. It says what was written then: a
 * letter released or sent later has its own line (LetterReleased, LetterSent) at that time.
 */
function journalLine(record: OutboxRecord): JournalLine {
  const wasHeld = record.status === 'held' || Boolean(record.releasedBy);
  return {
    at: record.createdAt,
    event: 'LetterReady',
    actor: 'postmottak',
    details: { letterId: record.letterId, kind: record.kind, language: record.language, status: wasHeld ? 'held' : 'ready', letterDate: record.letterDate, journalType: record.journal.type, screeningCode: record.journal.screeningCode },
  };
}

/**
 * The case's letters in the order they were written, and their outgoing journal lines (the caller sorts
 * them in among the rest). Written order, not the letters' dates: a notice written today for a day gone
 * by is still the newest letter of the case.
 */
export async function lettersOfCase(ctx: ServiceContext, identity: Identity, caseId: string): Promise<{ letters: CaseLetter[]; journal: JournalLine[] }> {
  const records = (await dynamoLetterRepository(ctx.db).ofCase(caseId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.letterId.localeCompare(b.letterId));
  const readsPdf = may(identity, 'letters:read');
  return { letters: records.map((r) => caseLetter(r, readsPdf)), journal: records.map(journalLine) };
}
