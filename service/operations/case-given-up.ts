import type { PostmottakEvent } from '#schemas/events';
import { letterWithdrawnEvent } from '../../stages/case-still-open.ts';
import { TransientError } from '#domain/errors';
import { closedDeadlineEvents } from './correction-events.ts';
import { serviceEvent } from './events.ts';
import { closeEveryOpen, leavesCaseWithoutCarrier, lettersOfGivenUpCase, type CaseGivenUp, type GivenUpCause } from '#domain/registry/case-given-up';
import { givenUpLetterNote, withdrawnLetterReason } from '#domain/registry/case-given-up-wording';
import { osloDate } from '#domain/calendar';
import { auditTrail, recordAudit } from '../../functions/commons/store/audit.ts';
import { getCase, writeLookups, type CaseRecord } from '../../functions/commons/store/cases.ts';
import { rewriteDeadlineBook } from '../../functions/commons/store/corrections.ts';
import { documentsOnCase, finishGivingUp, giveUpCase } from '../../functions/commons/store/given-up-case.ts';
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

/** A case given up: the archivist's answer, the events its consequences publish, and `finished`, the last step, once they are published. */
export interface GivenUpCase {
  answer: GivenUpAnswer;
  events: PostmottakEvent[];
  finished: () => Promise<void>;
}

/**
 * After `documentId` left `caseId` (moved, forwarded or marked a duplicate): gives the case up when
 * nothing left on it carries it, whichever document left (domain/registry/case-given-up.ts), and
 * answers the events each consequence publishes. A case still carried is left alone (null).
 *
 * Resumable: the case is closed first (with `givingUp` on it), then each step — lookups, deadlines,
 * letters, journal — is done so that doing it again changes nothing, and `finished` (called by the act
 * once the events are out) takes `givingUp` off. An act repeated after a failure halfway finds the
 * case closed with `givingUp` and does every step again, as the giving up first written says.
 */
export async function giveUpCaseIfNoCarrierLeft(
  ctx: ServiceContext,
  input: { caseId: string; documentId: string; cause: GivenUpCause; movedTo: string | null; person: string; at: string },
): Promise<GivenUpCase | null> {
  // A document joining meanwhile changes the case's version: the rule is asked again with it on the case.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const current = await getCase(ctx.db, input.caseId);
    if (!current) return null;
    if (!current.open) return current.givenUp && current.givingUp ? completeGivingUp(ctx, current, current.givenUp, current.givingUp.releasedFrom) : null;
    const documents = await documentsOnCase(ctx.db, input.caseId);
    if (!leavesCaseWithoutCarrier({ createdBy: current.createdBy, leaving: input.documentId, documents }, ctx.config)) return null;
    const givenUp: CaseGivenUp = { reason: 'opened_in_error', cause: input.cause, documentId: input.documentId, movedTo: input.movedTo, by: input.person, at: input.at };
    if (await giveUpCase(ctx.db, { record: current, givenUp })) return completeGivingUp(ctx, { ...current, open: false }, givenUp, current.handlerId);
  }
  throw new TransientError(`case ${input.caseId} kept changing while it was being given up`);
}

/** The steps after the case is closed, each idempotent: what an earlier attempt did is found and answered again. */
async function completeGivingUp(ctx: ServiceContext, record: CaseRecord, givenUp: CaseGivenUp, releasedFrom: string | null): Promise<GivenUpCase> {
  const { caseId } = record;
  const { person, at } = { person: givenUp.by, at: givenUp.at };
  await writeLookups(ctx.db, record);
  const by = `given-up:${person}`;
  const after = await rewriteDeadlineBook(ctx.db, { caseId, area: record.area, change: (book) => closeEveryOpen(book, by, osloDate(ctx.now())) });
  const reason = withdrawnLetterReason(givenUp);
  const ofCase = await dynamoLetterRepository(ctx.db).ofCase(caseId);
  const letters = lettersOfGivenUpCase(ofCase);
  const withdrawnBefore = ofCase.filter((l) => l.status === 'withdrawn' && l.withdrawnReason === reason);
  const withdrawn = [...withdrawnBefore];
  for (const letter of letters.withdraw) {
    if (await withdrawLetter(ctx.db, { letterId: letter.letterId, caseId, reason, by: person, at })) withdrawn.push(letter);
  }
  // Its other documents (attachments, mail that joined it) stay on it, for the archivist to move.
  const documentsLeft = (await documentsOnCase(ctx.db, caseId)).filter((d) => d.documentId !== givenUp.documentId && !d.outcome);
  const answer: GivenUpAnswer = {
    caseId,
    caseNumber: record.caseNumber,
    withdrawnLetters: withdrawn.map((l) => ({ letterId: l.letterId, kind: l.kind })),
    sentLetters: letters.alreadySent.map((l) => ({ letterId: l.letterId, kind: l.kind, sentOn: l.sentOn })),
    documentsLeft: documentsLeft.map((d) => d.documentId),
    note: givenUpLetterNote(record.caseNumber, letters.alreadySent, documentsLeft.length),
  };
  // One journal line, whichever attempt writes it.
  if (!(await auditTrail(ctx.db, { caseId })).some((entry) => entry.event === 'CaseGivenUp')) {
    await recordAudit(ctx.db, {
      caseId,
      event: 'CaseGivenUp',
      actor: person,
      at,
      documentId: givenUp.documentId,
      details: { cause: givenUp.cause, ...(givenUp.movedTo ? { movedTo: givenUp.movedTo } : {}), withdrawnLetters: answer.withdrawnLetters.map((l) => l.kind), sentLetters: answer.sentLetters.map((l) => l.kind),
        // The follow-up a posted letter or a document left on the case needs, where the archivist finds it later.
        ...(answer.note ? { note: answer.note } : {}),
      },
    });
  }
  const subject = { caseId };
  // The deadlines this giving up closed, whichever attempt closed them.
  const closedHere = Object.values(after.book)
    .filter((entry) => entry.status === 'closed' && entry.closedBy === by)
    .sort((a, b) => a.id.localeCompare(b.id));
  const events: PostmottakEvent[] = [
    // A handler's claim ends with the case: a reader of «Mine saker» hears it as a release.
    ...(releasedFrom ? [serviceEvent('CaseReleased', subject, at, { handlerId: releasedFrom, area: record.area })] : []),
    ...closedDeadlineEvents(caseId, closedHere, by, at),
    ...withdrawn.map((letter) => letterWithdrawnEvent(letter, at)),
  ];
  return { answer, events, finished: () => finishGivingUp(ctx.db, caseId) };
}
