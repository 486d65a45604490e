import type { CaseView, JournalLine } from '#schemas/api';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { caseIdFromInput, displayCaseNumber } from '#domain/registry/case-number-input';
import { extensionNoticeStillDue, handlerOpenableKinds } from '#domain/config';
import { osloDate, compareIsoDates } from '#domain/calendar';
import { getAll } from '../../functions/commons/store/db.ts';
import { openDocumentItem, sealingOf } from '../../functions/commons/store/sealed-national-ids.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { claimCase } from '../../functions/commons/store/queues.ts';
import { getCase } from '../../functions/commons/store/cases.ts';
import { moveCaseMail } from '../../functions/commons/store/case-mail.ts';
import { queues } from '#domain/registry/routing';
import { may } from '../identity.ts';
import { deadlinesDueBefore, openAwaitingDeadline } from '../../functions/commons/store/service.ts';
import { readCasePartition, releaseCase } from '../../functions/commons/store/case-work.ts';
import { casesHeldBy, casesNotedFor, noteHeld, noteReleased } from '../../functions/commons/store/held-cases.ts';
import { storedPersonName } from './person-lookup.ts';
import { personalDataFor, type Identity } from '../identity.ts';
import { maskNationalIdsInText } from '../masked-text.ts';
import type { ServiceContext } from '../ports.ts';
import { badRequest, conflict, notFound, stateConflict, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { caseSummary, deadlineView } from './views.ts';
import { caseParties } from './case-parties.ts';
import { lettersOfCase } from './case-letters.ts';
import { serviceEvent } from './events.ts';
import { refuseDayToCome } from './day-to-come-refusal.ts';
import { refuseDayBeforeExistence } from './day-before-existence-refusal.ts';
import { caseReceivedFrom } from '#domain/registry/case-received';
import { deadlineNb } from '../problem-words-nb.ts';
import { loadLettersConfig } from '../../config/letters.ts';
import { isSpecialCategory } from './special-category.ts';
import { attachmentsOf } from './case-attachments.ts';

/** A case number as typed (2025/00001 or 2025-00001) -> the case id, or a 400 saying how to write it. */
export function caseIdOf(input: string): string {
  const caseId = caseIdFromInput(input);
  if (!caseId) throw badRequest(`'${input}' is not a case number. Write it as 2025/00001 (or 2025-00001).`, `«${input}» er ikke et saksnummer. Skriv det som 2025/00001 (eller 2025-00001).`);
  return caseId;
}

/** A case that is not there (2025/00001 as people read it); the CLI knows it from a route that is not there by this sentence. */
export const noSuchCase = (caseNumber: string) => notFound(`There is no case ${caseNumber}.`, `Det finnes ingen sak ${caseNumber}.`);

export async function readCase(ctx: ServiceContext, identity: Identity, caseInput: string, why?: string): Promise<CaseView> {
  requirePermission(identity, 'cases:read');
  const caseId = caseIdOf(caseInput);
  const partition = await readCasePartition(ctx.db, caseId);
  if (!partition) throw noSuchCase(displayCaseNumber(caseId));
  const policy = personalDataFor(identity, ctx);
  const deadlines = partition.deadlines;
  // The access-log entry is written beside the read of the documents, not after it: the answer still
  // waits for both (no personal data leaves without its log entry), but not one after the other.
  const [stored, letters] = await Promise.all([
    // Parties, and the national ids they are matched to, come from the documents' fields: one batch read
    // of those members only (a document item also holds the review's resume data).
    partition.documents.length
      ? getAll(ctx.db, partition.documents.map((d) => keys.document(d.documentId)), { projection: ['documentId', 'fields.parties', 'fields.nationalIds', 'fields.nationalIdsSealed'] })
      : [],
    // The letters it wrote (outgoing entries, Noark 5 U) are journaled on the case as the incoming ones are.
    lettersOfCase(ctx, identity, caseId),
    ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'case:read', caseId, ...(why ? { why: maskNationalIdsInText(why) } : {}) }),
  ]);
  // A party shows its national id to the roles allowed, so the documents' sealed copies are opened here.
  const documents = await Promise.all(stored.map((item) => openDocumentItem(item, sealingOf(ctx.db))));
  const parties = await caseParties(ctx, caseId, documents, policy);
  // SPEC: a journal entry that names a person's health carries the screening code, incoming (I) as outgoing (U).
  const { screeningCode } = loadLettersConfig().journal;
  const journal: JournalLine[] = [
    ...partition.documents.map((d) => {
      // The line says what happened then: a later type correction has its own line.
      const documentType = d.registeredDocumentType ?? d.documentType;
      return {
        at: d.registeredAt ?? '',
        event: d.createdCase ? 'CaseCreated' : 'DocumentRegistered',
        actor: 'postmottak',
        documentId: d.documentId,
        details: { documentType, journalStatus: d.journalStatus, ...(isSpecialCategory(ctx.config, documentType) ? { screeningCode } : {}) },
      };
    }),
    ...partition.audit.map((a) => ({ at: a.at, event: a.event, actor: a.actor, ...(a.documentId ? { documentId: a.documentId } : {}), ...(a.details ? { details: a.details } : {}) })),
    ...letters.journal,
  ].sort((a, b) => a.at.localeCompare(b.at));
  return {
    case: caseSummary(partition.case, partition.queue),
    documents: partition.documents,
    parties,
    deadlines: Object.values(deadlines?.book ?? {})
      .sort((a, b) => compareIsoDates(a.due, b.due))
      .map(deadlineView),
    letters: letters.letters,
    journal,
    ...attachmentsOf(partition),
  };
}

/** Claims a case for the asker. Of two simultaneous claims one wins; the other is told who was first. */
export async function claim(ctx: ServiceContext, identity: Identity, caseInput: string) {
  requirePermission(identity, 'cases:claim');
  const caseId = caseIdOf(caseInput);
  const at = ctx.now().toISOString();
  // «Mine saker» first, the case second (held-cases.ts): an entry for a claim that then fails reads as nothing.
  await noteHeld(ctx.db, { handlerId: identity.person, caseId, at });
  const outcome = await claimCase(ctx.db, { caseId, handlerId: identity.person, at });
  const number = displayCaseNumber(caseId);
  if (!outcome.claimed && outcome.reason === 'not_found') {
    await noteReleased(ctx.db, { handlerId: identity.person, caseId, at });
    throw noSuchCase(number);
  }
  // Whatever the outcome: a retry repairs a claim or a release that stopped before its mail was moved.
  await mailFollowsHolder(ctx, caseId);
  if (!outcome.claimed) {
    // Already the asker's (a retry after a lost answer, or a claim made before «Mine saker»): the entry
    // just written repairs the list. Otherwise the entry is marked, to expire.
    const alreadyMine = outcome.reason === 'already_claimed' && outcome.handlerId === identity.person;
    if (!alreadyMine) await noteReleased(ctx.db, { handlerId: identity.person, caseId, at });
    if (alreadyMine) throw stateConflict(`You have already claimed case ${number}.`, `Du har allerede tatt sak ${number}.`);
    if (outcome.reason === 'already_claimed') throw conflict(`Case ${number} was claimed by ${outcome.handlerId} first.`, `Sak ${number} ble tatt av ${outcome.handlerId} først.`);
    throw stateConflict(`Case ${number} is not waiting in an unassigned queue, so it cannot be claimed.`, `Sak ${number} venter ikke blant ufordelte saker, så den kan ikke tas.`);
  }
  await ctx.events.publish([serviceEvent('CaseClaimed', { caseId }, at, { handlerId: identity.person, area: outcome.case.area })]);
  return { case: caseSummary(outcome.case, null), claimedBy: identity.person };
}

/**
 * The case's waiting mail goes where the case's holder is *now* (SPEC.md "Routing"): handler/{holder}
 * while someone holds it, unit-mail/{area} while nobody does, out of any other handler's or unit's
 * queue. Read after the claim's or release's own write, so a claim or release that stopped before its
 * mail move, or one that landed between another's case write and its mail move (review s13 H1, M1),
 * is put right by the next one. Each move is conditional on the queue seen (moveCaseMail).
 */
async function mailFollowsHolder(ctx: ServiceContext, caseId: string): Promise<void> {
  const current = await getCase(ctx.db, caseId);
  if (!current) return;
  const to = current.handlerId ? queues.handler(current.handlerId) : queues.unitMail(current.area);
  await moveCaseMail(ctx.db, { caseId, from: (queue) => queue.startsWith('handler/') || queue.startsWith('unit-mail/'), to });
}

/**
 * A case goes back to unassigned/{area}. The handler who holds it releases it; an archivist releases a
 * case someone else holds (a handler who is away or has left), and the journal names both.
 */
export async function release(ctx: ServiceContext, identity: Identity, caseInput: string) {
  const forOthers = may(identity, 'cases:release-any');
  if (!forOthers) requirePermission(identity, 'cases:claim');
  const caseId = caseIdOf(caseInput);
  const number = displayCaseNumber(caseId);
  // An archivist releases whoever holds it now; the write is conditional on that holder still holding it.
  const holder = forOthers ? ((await getCase(ctx.db, caseId))?.handlerId ?? identity.person) : identity.person;
  const released = await releaseHeld(ctx, identity, { caseId, holder });
  if (!released.released) {
    if (released.reason === 'not_found') throw noSuchCase(number);
    if (released.reason === 'not_claimed') throw stateConflict(`Case ${number} is not claimed by anyone, so there is nothing to release.`, `Sak ${number} er ikke tatt av noen, så det er ingenting å frigi.`);
    throw conflict(`Case ${number} is held by ${released.handlerId}; only they (or an archivist) can release it.`, `Sak ${number} er tatt av ${released.handlerId}; bare de (eller en arkivar) kan frigi den.`);
  }
  return { case: caseSummary(released.case, `unassigned/${released.case.area}`), claimedBy: null };
}

/** The release itself: the case, «Mine saker», the case's waiting mail (to unit-mail/{area}) and the event. */
async function releaseHeld(ctx: ServiceContext, identity: Identity, input: { caseId: string; holder: string }) {
  const at = ctx.now().toISOString();
  const outcome = await releaseCase(ctx.db, { caseId: input.caseId, handlerId: input.holder, at, by: identity.person });
  if (outcome.released || outcome.reason !== 'not_found') await mailFollowsHolder(ctx, input.caseId);
  if (!outcome.released) return outcome;
  await noteReleased(ctx.db, { handlerId: input.holder, caseId: input.caseId, at });
  const by = identity.person === input.holder ? {} : { releasedBy: identity.person };
  await ctx.events.publish([serviceEvent('CaseReleased', { caseId: input.caseId }, at, { handlerId: input.holder, area: outcome.case.area, ...by })]);
  return outcome;
}

/**
 * Every case a person holds goes back to its unassigned queue (`users remove`: nobody can open a removed
 * person's queue, so their cases and the mail waiting on them would be stranded), and a release of theirs
 * that stopped midway is finished. The name is matched as handler/{name} is; nobody is a 404. Archivists only.
 */
export async function releaseCasesOf(ctx: ServiceContext, identity: Identity, typed: string) {
  requirePermission(identity, 'cases:release-any');
  const handlerId = await storedPersonName(ctx, typed).catch(async (problem: unknown) => {
    // Removed a moment ago (`users remove` gives back once more after the removal) but still noted holding.
    if ((await casesNotedFor(ctx.db, typed)).length) return typed;
    throw problem;
  });
  const released = [];
  for (const noted of await casesNotedFor(ctx.db, handlerId)) {
    const outcome = await releaseHeld(ctx, identity, { caseId: noted.caseId, holder: handlerId });
    if (outcome.released) released.push(caseSummary(outcome.case, `unassigned/${outcome.case.area}`));
    else if (outcome.reason !== 'not_found') await noteReleased(ctx.db, { handlerId, caseId: noted.caseId, at: ctx.now().toISOString() });
  }
  return { handlerId, released: released.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.caseNumber.localeCompare(b.caseNumber)) };
}

/** «Mine saker»: the cases the asker holds (claimed and not released), oldest received first. */
export async function myCases(ctx: ServiceContext, identity: Identity) {
  requirePermission(identity, 'cases:claim');
  return { cases: (await casesHeldBy(ctx.db, identity.person)).map((c) => caseSummary(c, null)) };
}

export async function openDeadline(ctx: ServiceContext, identity: Identity, caseInput: string, body: { kind: DeadlineKind; openedOn?: IsoDate | undefined }) {
  requirePermission(identity, 'deadlines:open');
  const caseId = caseIdOf(caseInput);
  const openable = handlerOpenableKinds(ctx.config);
  if (!openable.includes(body.kind)) throw unprocessable(`A case handler can open ${openable.join(', ')} deadlines, not ${body.kind}.`, `En saksbehandler kan åpne fristene ${openable.map(deadlineNb).join(', ')}, ikke ${deadlineNb(body.kind)}.`);
  const openedOn = body.openedOn ?? osloDate(ctx.now());
  refuseDayToCome('opened', openedOn, ctx);
  // Bounded by the earliest received date among the case's documents, not only the opener's.
  const partition = await readCasePartition(ctx.db, caseId);
  if (partition) refuseDayBeforeExistence('opened', openedOn, caseReceivedFrom(partition.case.receivedDate, partition.documents.map((d) => d.receivedDate)));
  const at = ctx.now().toISOString();
  const opened = await openAwaitingDeadline(ctx.db, ctx.config, { caseId, kind: body.kind, openedOn, handlerId: identity.person, at }).catch((error: Error) => {
    if (error.name === 'CaseNotFound') throw notFound(`There is no case ${displayCaseNumber(caseId)}.`, `Det finnes ingen sak ${displayCaseNumber(caseId)}.`);
    throw error;
  });
  await ctx.events.publish([serviceEvent('DeadlineOpened', { caseId }, at, { kind: opened.kind, due: opened.due, openedBy: identity.person })]);
  return { caseId, caseNumber: displayCaseNumber(caseId), deadline: deadlineView(opened) };
}

export async function dueDeadlines(ctx: ServiceContext, identity: Identity, before: IsoDate) {
  requirePermission(identity, 'deadlines:read');
  const due = await deadlinesDueBefore(ctx.db, ctx.config, before);
  const noticeStillDue = extensionNoticeStillDue(ctx.config);
  return {
    before,
    deadlines: due.map((d) => ({
      caseId: d.caseId,
      caseNumber: d.caseNumber,
      area: d.area,
      kind: d.kind,
      due: d.due,
      handlerId: d.handlerId,
      title: d.title,
      extensionNoticeDue: noticeStillDue(d),
    })),
  };
}
