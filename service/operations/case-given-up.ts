import type { PostmottakEvent } from '#schemas/events';
import { makeEvent } from '#domain/events/make-event';
import { closedDeadlineEvents } from './correction-events.ts';
import { serviceEvent } from './events.ts';
import { closeEveryOpen, deadlineBookChanges, leavesCaseWithoutCarrier, lettersOfGivenUpCase, type CaseGivenUp, type GivenUpCause } from '#domain/registry/case-given-up';
import { givenUpLetterNote, withdrawnLetterReason } from '#domain/registry/case-given-up-wording';
import { osloDate } from '#domain/calendar';
import { recordAudit } from '../../functions/commons/store/audit.ts';
import { rewriteDeadlineBook } from '../../functions/commons/store/corrections.ts';
import { documentsOnCase, giveUpCase } from '../../functions/commons/store/given-up-case.ts';
import { dynamoLetterRepository, withdrawLetter } from '../../functions/commons/store/letters.ts';
import type { ServiceContext } from '../ports.ts';

/** What giving a case up did, for the archivist's answer: the letters withdrawn, and those already posted to follow up. */
export interface GivenUpAnswer {
  caseId: string;
  caseNumber: string;
  withdrawnLetters: { letterId: string; kind: string }[];
  sentLetters: { letterId: string; kind: string; sentOn: string | null }[];
  documentsLeft: string[];
  /** One line for the archivist when a letter naming the case was already posted (null otherwise). */
  note: string | null;
}

/**
 * After `documentId` left `caseId` (moved, forwarded or marked a duplicate): gives the case up when
 * nothing left on it carries it, whichever document left (domain/registry/case-given-up.ts),
 * and answers the events each consequence publishes. A case still carried is left alone (null).
 */
export async function giveUpCaseIfNoCarrierLeft(
  ctx: ServiceContext,
  input: { caseId: string; createdBy: string; documentId: string; cause: GivenUpCause; movedTo: string | null; person: string; at: string },
): Promise<{ answer: GivenUpAnswer; events: PostmottakEvent[] } | null> {
  const documents = await documentsOnCase(ctx.db, input.caseId);
  if (!leavesCaseWithoutCarrier({ createdBy: input.createdBy, leaving: input.documentId, documents }, ctx.config)) return null;
  // Its other documents (attachments, mail that joined it) stay on it, for the archivist to move.
  const documentsLeft = documents.filter((d) => d.documentId !== input.documentId && !d.outcome);
  const givenUp: CaseGivenUp = { reason: 'opened_in_error', cause: input.cause, documentId: input.documentId, movedTo: input.movedTo, by: input.person, at: input.at };
  const written = await giveUpCase(ctx.db, { caseId: input.caseId, givenUp });
  if (!written) return null;
  const { record, releasedFrom } = written;
  const by = `given-up:${input.person}`;
  const after = await rewriteDeadlineBook(ctx.db, { caseId: input.caseId, area: record.area, change: (book) => closeEveryOpen(book, by, osloDate(ctx.now())) });
  const letters = lettersOfGivenUpCase(await dynamoLetterRepository(ctx.db).ofCase(input.caseId));
  const reason = withdrawnLetterReason(givenUp);
  const withdrawn = [];
  for (const letter of letters.withdraw) {
    if (await withdrawLetter(ctx.db, { letterId: letter.letterId, caseId: input.caseId, reason, by: input.person, at: input.at })) withdrawn.push(letter);
  }
  const answer: GivenUpAnswer = {
    caseId: input.caseId,
    caseNumber: record.caseNumber,
    withdrawnLetters: withdrawn.map((l) => ({ letterId: l.letterId, kind: l.kind })),
    sentLetters: letters.alreadySent.map((l) => ({ letterId: l.letterId, kind: l.kind, sentOn: l.sentOn })),
    documentsLeft: documentsLeft.map((d) => d.documentId),
    note: givenUpLetterNote(record.caseNumber, letters.alreadySent, documentsLeft.length),
  };
  await recordAudit(ctx.db, {
    caseId: input.caseId,
    event: 'CaseGivenUp',
    actor: input.person,
    at: input.at,
    documentId: input.documentId,
    details: { cause: input.cause, ...(input.movedTo ? { movedTo: input.movedTo } : {}), withdrawnLetters: answer.withdrawnLetters.map((l) => l.kind), sentLetters: answer.sentLetters.map((l) => l.kind) },
  });
  const subject = { caseId: input.caseId };
  const events: PostmottakEvent[] = [
    // A handler's claim ends with the case: a reader of «Mine saker» hears it as a release.
    ...(releasedFrom ? [serviceEvent('CaseReleased', subject, input.at, { handlerId: releasedFrom, area: record.area })] : []),
    ...closedDeadlineEvents(input.caseId, deadlineBookChanges(after.previous, after.book).closed, by, input.at),
    ...withdrawn.map((letter) =>
      makeEvent('LetterReady', { ...subject, ...(letter.triggerDocumentId ? { documentId: letter.triggerDocumentId } : {}) }, { letterId: letter.letterId, kind: letter.kind, language: letter.language, status: 'withdrawn' }, { time: input.at, change: { letterId: letter.letterId, withdrawn: true } }),
    ),
  ];
  return { answer, events };
}
