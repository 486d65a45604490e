import type { PostmottakEvent } from '#schemas/events';
import { CaseClosed } from '#domain/errors';
import { makeEvent } from '#domain/events/make-event';
import type { OutboxRecord } from './letter-ports.ts';
import type { CaseRepository } from './ports.ts';
import type { CaseRecord, ReadBeside } from './records.ts';

/**
 * The steps after Register write on the case (deadlines, letters) only while it is open. The store has
 * no transactions (functions/commons/store/db.ts), so a step reads the case before it writes and again
 * after: the giving up closes the case first and only then closes its deadlines and withdraws its
 * letters (service/operations/case-given-up.ts), so a write it could have missed is one the second read
 * finds the case closed after, and the step takes it back itself.
 */
export async function closedCase(cases: Pick<CaseRepository, 'get'>, caseId: string): Promise<CaseRecord | null> {
  const record = await cases.get(caseId, { consistent: true });
  return record && !record.open ? record : null;
}

/**
 * `closedCase`, with the item the step changes next read in the same request (its deadline book, its
 * parties), which that change takes as its first read: the case is still read before the write.
 */
export async function closedCaseReading(cases: Pick<CaseRepository, 'getWith'>, caseId: string, beside: 'deadlines' | 'parties'): Promise<{ closed: CaseRecord | null; asRead: ReadBeside }> {
  const { record, beside: asRead } = await cases.getWith(caseId, beside);
  return { closed: record && !record.open ? record : null, asRead };
}

/** The document goes to review (RecordFailure: `case_closed_meanwhile`), as from Register. */
export function caseClosedUnder(record: CaseRecord, documentId: string, step: string): CaseClosed {
  return new CaseClosed(`case ${record.caseNumber} was given up before ${step} of document ${documentId}`);
}

/** LetterReady for a letter withdrawn with its given-up case: its id from the letter and the giving up's time, so whoever withdrew it publishes the same event. */
export function letterWithdrawnEvent(letter: Pick<OutboxRecord, 'letterId' | 'kind' | 'language' | 'caseId' | 'triggerDocumentId'>, at: string): PostmottakEvent {
  const subject = { caseId: letter.caseId, ...(letter.triggerDocumentId ? { documentId: letter.triggerDocumentId } : {}) };
  return makeEvent('LetterReady', subject, { letterId: letter.letterId, kind: letter.kind, language: letter.language, status: 'withdrawn' }, { time: at, change: { letterId: letter.letterId, withdrawn: true } });
}
