import type { CorrectionBody, OutcomeView } from '#schemas/archive-work';
import type { DocumentType } from '#schemas/taxonomy';
import type { Deadline } from '#schemas/pipeline';
import { areaConfig } from '#domain/config';
import { deadlinesToOpen } from '#domain/deadlines';
import { displayCaseNumber } from '#domain/registry/case-number-input';
import { applyDocument, changedFacts, correctedKeywords, keepLetterReplies, withdrawDocument, type DocumentFacts, type FactChange } from '#domain/registry/correction';
import { oldestSortKey } from '#domain/registry/routing';
import { correctedCaseHeading } from '#domain/registry/corrected-case';
import { osloDate } from '#domain/calendar';
import { caseFromItem, getCase, type CaseRecord } from '../../functions/commons/store/cases.ts';
import { auditTrail, recordAudit } from '../../functions/commons/store/audit.ts';
import { getDeadlines } from '../../functions/commons/store/deadlines.ts';
import { getDocument, type DocumentRecord } from '../../functions/commons/store/documents.ts';
import { moveJournalLine, rewriteDeadlineBook, updateCaseFacts, updateRoutedDocument } from '../../functions/commons/store/corrections.ts';
import { getItem, updateIf, updateExpression, withCondition } from '../../functions/commons/store/db.ts';
import { sealedFields } from '../../functions/commons/store/sealed-national-ids.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { personalDataFor, type Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { badRequest, conflict, notFound, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { caseIdOf } from './cases.ts';
import { findDocument } from './documents.ts';
import { caseSummary, documentView } from './views.ts';
import { outcomeEvent, serviceEvent } from './events.ts';
import { caseRoutedEvent, closedDeadlineEvents, openedDeadlineEvents } from './correction-events.ts';
import { giveUpCaseIfNoCarrierLeft, type GivenUpCase } from './case-given-up.ts';
import { linkedAreaRefusal } from '#domain/registry/linked-area';
import { deadlineBookChanges } from '#domain/registry/case-given-up';
import type { DeadlineBook } from '#domain/registry/deadline-book';
import type { PostmottakEvent } from '#schemas/events';
import { documentText, keepExample, machineAnswer } from './examples.ts';
import { statusNb } from '../problem-words-nb.ts';
import { refuseBadDecisionDates } from './decision-date-refusal.ts';
import { refuseDayToCome } from './day-to-come-refusal.ts';
import { refuseDayBeforeExistence } from './day-before-existence-refusal.ts';
import { partiesJoiningCase } from '#domain/letters/case-parties';
import type { Party } from '#schemas/parties';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { claimNewCase, openCaseByCorrection, refuseNewCaseForLinkedType, settleNewCase } from './new-case-by-correction.ts';

/** The facts a routed document was registered with, as the correction reads them. */
function factsOf(doc: DocumentRecord): DocumentFacts {
  const item = doc.item;
  const fields = (item.fields as { decisionDate?: string | null; decisionReceivedDate?: string | null } | undefined) ?? {};
  return {
    documentType: item.documentType as DocumentType,
    area: item.area as string,
    receivedDate: doc.receivedDate,
    postmarkDate: (item.postmarkDate as string | undefined) ?? null,
    decisionDate: fields.decisionDate ?? null,
    decisionReceivedDate: fields.decisionReceivedDate ?? null,
  };
}

async function openCase(ctx: ServiceContext, caseId: string): Promise<CaseRecord> {
  const found = await getCase(ctx.db, caseId);
  if (!found) throw unprocessable(`There is no case ${displayCaseNumber(caseId)}. Name an existing case.`, `Det finnes ingen sak ${displayCaseNumber(caseId)}. Oppgi en sak som finnes.`);
  if (!found.open) throw unprocessable(`Case ${found.caseNumber} is closed; a document cannot be moved to it.`, `Sak ${found.caseNumber} er avsluttet; et dokument kan ikke flyttes dit.`);
  return found;
}

function routedDocument(doc: DocumentRecord, what: { en: string; nb: string }): asserts doc is DocumentRecord & { caseId: string } {
  if (doc.item.outcome) {
    throw conflict(
      `Document ${doc.documentId} was marked as ${doc.item.outcome === 'duplicate' ? 'a duplicate' : 'forwarded to another body'}; it cannot be ${what.en}.`,
      `Dokument ${doc.documentId} er merket som ${doc.item.outcome === 'duplicate' ? 'et duplikat' : 'videresendt til et annet organ'}; det kan ikke ${what.nb}.`,
    );
  }
  if (doc.status !== 'routed' || !doc.caseId) {
    throw conflict(
      doc.status === 'review'
        ? `Document ${doc.documentId} is waiting in the review queue: decide it there instead.`
        : `Document ${doc.documentId} is ${doc.status}, not routed to a case, so it cannot be ${what.en}.`,
      doc.status === 'review'
        ? `Dokument ${doc.documentId} venter i kontrollkøen: avgjør det der i stedet.`
        : `Dokument ${doc.documentId} er ${statusNb(doc.status)}, ikke fordelt til en sak, så det kan ikke ${what.nb}.`,
    );
  }
}

/**
 * Reclassifies a routed document (type, area, case) or corrects a date it was read with. The case's
 * deadlines are worked out again from the corrected facts (so a deadline once missed may be in time
 * now, and the other way round), the case's keywords and its place in its queue follow, the journal
 * of each case involved records who changed what from what, and a ClassificationCorrected event goes out.
 */
export async function correctDocument(ctx: ServiceContext, identity: Identity, documentId: string, body: CorrectionBody) {
  requirePermission(identity, 'documents:correct');
  const doc = await findDocument(ctx, documentId);
  routedDocument(doc, { en: 'corrected', nb: 'rettes' });
  const fromCaseId = doc.caseId;
  const wantsNewCase = body.case?.trim().toLowerCase() === 'new';
  // The same move again (a retry after a failure halfway, or a lost answer): what the first left undone is finished.
  const movedFrom = doc.item.movedFrom as MovedFrom | undefined;
  if (movedFrom && repeatsMove(body, wantsNewCase, doc, movedFrom)) return finishMove(ctx, identity, doc, movedFrom);
  if (body.area && !ctx.config.areas.some((a) => a.code === body.area)) {
    throw unprocessable(`There is no case area '${body.area}'. Areas: ${ctx.config.areas.map((a) => a.code).join(', ')}.`, `Det finnes ikke noe saksområde «${body.area}». Områder: ${ctx.config.areas.map((a) => a.code).join(', ')}.`);
  }
  const before = factsOf(doc);
  if (wantsNewCase) refuseNewCaseForLinkedType(ctx, { ...before, ...(body.documentType ? { documentType: body.documentType } : {}) });
  const existingCase = body.case !== undefined && !wantsNewCase ? await openCase(ctx, caseIdOf(body.case)) : null;
  const movingTo = existingCase && existingCase.caseId !== fromCaseId;
  const change: FactChange = {
    ...(body.documentType ? { documentType: body.documentType } : {}),
    // A document takes its case's area: moved without an area named, it takes the new case's.
    ...(body.area ? { area: body.area } : movingTo ? { area: existingCase.area } : {}),
    ...(body.receivedDate ? { receivedDate: body.receivedDate } : {}),
    ...(body.postmarkDate !== undefined ? { postmarkDate: body.postmarkDate } : {}),
    ...(body.decisionDate !== undefined ? { decisionDate: body.decisionDate } : {}),
    ...(body.decisionReceivedDate !== undefined ? { decisionReceivedDate: body.decisionReceivedDate } : {}),
  };
  const after: DocumentFacts = { ...before, ...change };
  const changes: Record<string, { from: unknown; to: unknown }> = changedFacts(before, change);
  if (!Object.keys(changes).length && !movingTo && !wantsNewCase) throw changesNothing();
  // A received day still to come is refused as the intake refuses it (400, the same words).
  if (change.receivedDate) refuseDayToCome('received', change.receivedDate, ctx);
  if ((change.receivedDate || change.postmarkDate) && after.postmarkDate) refuseDayBeforeExistence('received', after.receivedDate, after.postmarkDate);
  // The dates the deadlines count from, where the correction touches them: as an archivist's decision checks them.
  const givenDates = (['decisionDate', 'decisionReceivedDate'] as const).filter((field) => change[field] !== undefined);
  if (change.documentType || givenDates.length || change.receivedDate) refuseBadDecisionDates({ ...after, given: givenDates }, ctx.config);

  const at = ctx.now().toISOString();
  const today = osloDate(ctx.now());
  const by = `correction:${identity.person}`;
  // Two identical `"case": "new"` at once: the second is refused here, before it takes a number or writes anything.
  const release = wantsNewCase ? await claimNewCase(ctx, doc, at) : null;
  try {
    // A new case is made now, as Register makes one, once (a repeat after a failure finds the one it took).
    const toCase = wantsNewCase ? await openCaseByCorrection(ctx, doc, after, at) : existingCase;
    const moved = toCase !== null && toCase.caseId !== fromCaseId;
    if (moved) changes.case = { from: displayCaseNumber(fromCaseId), to: toCase.caseNumber };
    // `"case": "new"` for a document already on the case it opened by correction, and nothing else changed.
    if (!moved && !Object.keys(changes).length) throw changesNothing();
    const toCaseId = moved ? toCase.caseId : fromCaseId;
    const targetCase = moved ? toCase : await getCase(ctx.db, fromCaseId);
    if (!targetCase) throw notFound(`Case ${displayCaseNumber(fromCaseId)} of document ${documentId} is gone.`, `Sak ${displayCaseNumber(fromCaseId)} som dokument ${documentId} lå på, finnes ikke lenger.`);
    // A document left on a case given up as opened in error is only moved on: any other correction would work the closed case again.
    if (!moved && targetCase.givenUp) {
      throw unprocessable(
        `Case ${targetCase.caseNumber} was given up as opened in error. Document ${documentId} can only be moved to the right case: name that case in the correction.`,
        `Sak ${targetCase.caseNumber} er avsluttet som opprettet ved feil. Dokument ${documentId} kan bare flyttes til riktig sak: oppgi den saken i rettingen.`,
      );
    }
    // A linked document takes its case's area: the area is corrected on the document that opened the case.
    // The document decides its case's facts when it opened it, and when it opens a new one now.
    const decidesCase = (doc.createdCase === true && !moved) || wantsNewCase;
    const areaRefused = linkedAreaRefusal({ area: body.area, caseArea: targetCase.area, opensCase: decidesCase, caseOpener: targetCase.createdBy });
    if (areaRefused) {
      throw unprocessable(
        `Document ${documentId} is on case ${targetCase.caseNumber} and takes its area. To change the area, correct the document that opened the case (${areaRefused.correctOn}): the whole case follows.`,
        `Dokument ${documentId} ligger på sak ${targetCase.caseNumber} og har sakens område. For å endre området, korriger dokumentet som opprettet saken (${areaRefused.correctOn}): hele saken følger med.`,
      );
    }

    // Deadlines: the document's own effect taken out and put back with the corrected facts.
    const toOpen = deadlinesToOpen(after, ctx.config);
    let opened = toOpen.deadlines;
    // Each book before and after, so the feed hears of every deadline closed, opened or reopened.
    const deadlineEvents: PostmottakEvent[] = [];
    const publishChanges = (caseId: string, bookBefore: DeadlineBook, bookAfter: DeadlineBook) => {
      const changed = deadlineBookChanges(bookBefore, bookAfter);
      deadlineEvents.push(...closedDeadlineEvents(caseId, changed.closed, by, at), ...openedDeadlineEvents(caseId, changed.opened, at));
    };
    if (moved) {
      const fromAfter = await rewriteDeadlineBook(ctx.db, { caseId: fromCaseId, area: before.area, change: (book) => withdrawDocument(book, documentId, 'close', by, today) });
      publishChanges(fromCaseId, fromAfter.previous, fromAfter.book);
    }
    const toAfter = await rewriteDeadlineBook(ctx.db, {
      caseId: toCaseId,
      area: after.area,
      change: (book) => {
        const applied = applyDocument(moved ? book : withdrawDocument(book, documentId, 'drop', by, today), documentId, after, ctx.config);
        opened = applied.opened;
        return moved ? applied.book : keepLetterReplies(book, applied.book, documentId);
      },
    });
    publishChanges(toCaseId, toAfter.previous, toAfter.book);

    // The case: keywords, and its area (with archive code and queue place) when the document decides it.
    const missedBefore = deadlinesToOpen(before, ctx.config).keywords;
    const missedAfter = toOpen.keywords;
    // A case the document moves to had none of its keywords from it: only the new ones are put on.
    const keywords = correctedKeywords(targetCase.keywords, ctx.config, { facts: moved ? after : before, missedKeywords: moved ? [] : missedBefore }, { facts: after, missedKeywords: missedAfter });
    const caseArea = decidesCase || body.area ? after.area : targetCase.area;
    const caseReceived = decidesCase ? after.receivedDate : targetCase.receivedDate;
    // Status, title and priority follow the corrected type (and, for the case it opened, its area) as the configuration says.
    const typeChanged = after.documentType !== before.documentType;
    const heading =
      decidesCase || typeChanged
        ? correctedCaseHeading(
            {
              current: { title: targetCase.title, status: targetCase.status, priority: targetCase.priority },
              opensCase: decidesCase,
              openerType: decidesCase ? null : await openerType(ctx, targetCase),
              area: caseArea,
              keywords,
              // A document moved to another case had no effect on it yet: nothing of its old type is taken off there.
              from: moved ? after.documentType : before.documentType,
              to: after.documentType,
            },
            ctx.config,
          )
        : undefined;
    if (heading) {
      const caseFacts: Record<string, [unknown, unknown]> = {
        caseStatus: [targetCase.status, heading.status],
        caseTitle: [targetCase.title, heading.title],
        casePriority: [targetCase.priority, heading.priority],
      };
      for (const [field, [from, to]] of Object.entries(caseFacts)) if (from !== to) changes[field] = { from, to };
    }
    await updateCaseFacts(ctx.db, {
      caseId: toCaseId,
      area: caseArea,
      archiveCode: areaConfig(ctx.config, caseArea).archiveCode,
      keywords,
      receivedDate: caseReceived,
      queueSortKey: oldestSortKey(caseReceived, targetCase.caseNumber),
      heading,
    });

    // The document and its journal line.
    // doc.item was opened on read: its national ids are sealed again before they are written back.
    const fields = await sealedFields(documentId, { ...((doc.item.fields as Record<string, unknown> | undefined) ?? {}), decisionDate: after.decisionDate, decisionReceivedDate: after.decisionReceivedDate });
    const docQueue = doc.item.qpk as string | undefined;
    const machine = machineAnswer(doc);
    const set: Record<string, unknown> = {
      documentType: after.documentType,
      area: caseArea,
      receivedDate: after.receivedDate,
      fields,
      deadlinesOpened: opened,
      keywords,
      caseId: toCaseId,
      caseNumber: displayCaseNumber(toCaseId),
      correctedAt: at,
      correctedBy: identity.person,
    };
    // The first correction keeps what the document was routed as, so later examples still show the machine's answer.
    if (!doc.item.machine) set.machine = machine;
    const remove: string[] = [];
    if (after.postmarkDate) set.postmarkDate = after.postmarkDate;
    else remove.push('postmarkDate');
    // The claim goes with the write; a document moved on to an existing case no longer has a new case to go back to.
    if (wantsNewCase) remove.push('newCaseClaim');
    else if (moved) remove.push('newCaseByCorrection');
    if (moved) {
      // What a repeat of this move needs to finish it (the case it left, who moved it, when, and what changed).
      const record: MovedFrom = { caseId: fromCaseId, by: identity.person, at, newCase: wantsNewCase, changes, teaches: after.documentType !== before.documentType || caseArea !== before.area };
      set.movedFrom = record;
    }
    if (moved && wantsNewCase) {
      // The document that opens a case waits in no document queue: its case waits in unassigned/{area} (as Route places it).
      Object.assign(set, { queue: `unassigned/${caseArea}`, createdCase: true });
      remove.push('qpk', 'qsk');
    } else if (moved) {
      const queue = toCase.handlerId ? `handler/${toCase.handlerId}` : `unit-mail/${caseArea}`;
      Object.assign(set, { queue, qpk: queue, qsk: oldestSortKey(after.receivedDate, `${at}#${documentId}`), createdCase: false });
    } else if (docQueue?.startsWith('unit-mail/')) {
      Object.assign(set, { queue: `unit-mail/${caseArea}`, qpk: `unit-mail/${caseArea}` });
    } else if (typeof doc.item.queue === 'string' && doc.item.queue.startsWith('unassigned/')) {
      set.queue = `unassigned/${caseArea}`;
    }
    if (!(await updateRoutedDocument(ctx.db, documentId, { set, remove }, fromCaseId))) {
      throw conflict(`Document ${documentId} changed while it was being corrected. Open it again and repeat the correction.`, `Dokument ${documentId} ble endret mens det ble rettet. Åpne det igjen og gjenta rettingen.`);
    }
    // A moved appeal's writer becomes a party of the case it joins, beside the case's own (a notice reaches both).
    if (moved && !wantsNewCase) await joinParties(ctx, toCaseId, documentId, (doc.item.fields as { parties?: Party[] } | undefined)?.parties ?? []);
    // A moved document is registered on its new case at the move (its own line there, at this time);
    // the case it left keeps the line of its registration then, as history, beside the move.
    const oldLine = await moveJournalLine(ctx.db, {
      documentId,
      fromCaseId,
      toCaseId,
      set: { documentType: after.documentType, receivedDate: after.receivedDate, createdCase: moved ? wantsNewCase : doc.createdCase, ...(moved ? { registeredAt: at, registeredDocumentType: after.documentType } : {}) },
    });
    if (moved && oldLine) {
      await recordAudit(ctx.db, {
        caseId: fromCaseId,
        event: 'DocumentRegisteredBeforeMove',
        actor: 'postmottak',
        at: (oldLine.registeredAt as string | undefined) ?? at,
        documentId,
        details: { documentType: oldLine.registeredDocumentType ?? oldLine.documentType, journalStatus: oldLine.journalStatus ?? null, createdCase: oldLine.createdCase === true, movedTo: toCase.caseNumber },
      });
    }

    const details = { documentId, changes };
    await recordAudit(ctx.db, { caseId: toCaseId, event: 'ClassificationCorrected', actor: identity.person, at, documentId, details });
    if (moved) await recordAudit(ctx.db, { caseId: fromCaseId, event: 'DocumentMovedOut', actor: identity.person, at, documentId, details });
    // A new case gets its queue place, its row in the director's list, its parties and its acknowledgement.
    const registered = moved && wantsNewCase ? await settleNewCase(ctx, { record: toCase, doc: (await getDocument(ctx.db, documentId))!, facts: { ...after, area: caseArea }, opened, person: identity.person, at }) : [];
    // The case it left, when nothing left on it carries it (whichever document this was), is given up.
    const givenUp = moved ? await giveUpCaseIfNoCarrierLeft(ctx, { caseId: fromCaseId, documentId, cause: 'moved', movedTo: toCase.caseNumber, person: identity.person, at }) : null;
    return await publishCorrection(ctx, identity, {
      documentId,
      toCaseId,
      fromCaseId: moved ? fromCaseId : null,
      before: { documentType: before.documentType, area: before.area },
      after,
      caseArea,
      changes,
      at,
      machine,
      teaches: after.documentType !== before.documentType || caseArea !== before.area,
      routes: moved || caseArea !== targetCase.area,
      events: [...registered, ...deadlineEvents],
      givenUp,
    });
  } catch (error) {
    // A failure halfway leaves the document free for the repeat that finishes the move.
    await release?.().catch(() => undefined);
    throw error;
  }
}

const changesNothing = () => badRequest('The correction changes nothing: name a type, area, case or date that differs from what the document has.', 'Rettingen endrer ingenting: oppgi en type, et område, en sak eller en dato som er annerledes enn det dokumentet har.');

/** What a move records on its document, so that repeating it finishes what a failure halfway left undone. */
interface MovedFrom {
  caseId: string;
  by: string;
  at: string;
  newCase: boolean;
  changes: Record<string, { from: unknown; to: unknown }>;
  /** The type or area changed: the move is a labelled example for training too. */
  teaches: boolean;
}

/**
 * A correction that asks for the move the document already made: its case is where the document is (or
 * `new`, and the move made it a new case), and every other fact it names is what the document has now,
 * as the first attempt left it. So the same request sent again (the page resubmits its whole form) is a repeat.
 */
function repeatsMove(body: CorrectionBody, wantsNewCase: boolean, doc: DocumentRecord & { caseId: string }, movedFrom: MovedFrom): boolean {
  const { case: named, ...rest } = body;
  if (named === undefined) return false;
  if (wantsNewCase ? !movedFrom.newCase : movedFrom.newCase || caseIdOf(named) !== doc.caseId) return false;
  const now: Record<string, unknown> = { ...factsOf(doc) };
  return Object.entries(rest).every(([field, value]) => value === undefined || now[field] === value);
}

/**
 * A move repeated: the giving up of the case it left is finished (as the first attempt began it, by
 * the same person at the same time), a new case settled, the feed told, the labelled example kept;
 * answered as the first attempt would have been. A move of an existing case that has nothing left to
 * finish is refused as before (it changes nothing); a new case's is answered again (a lost answer).
 */
async function finishMove(ctx: ServiceContext, identity: Identity, doc: DocumentRecord & { caseId: string }, movedFrom: MovedFrom) {
  const record = await getCase(ctx.db, doc.caseId);
  const givenUp = await giveUpCaseIfNoCarrierLeft(ctx, { caseId: movedFrom.caseId, documentId: doc.documentId, cause: 'moved', movedTo: displayCaseNumber(doc.caseId), person: movedFrom.by, at: movedFrom.at });
  if (!givenUp && !movedFrom.newCase) {
    throw changesNothing();
  }
  const after = factsOf(doc);
  const opened = (doc.item.deadlinesOpened as Deadline[] | undefined) ?? [];
  const registered = movedFrom.newCase && record ? await settleNewCase(ctx, { record, doc, facts: after, opened, person: movedFrom.by, at: movedFrom.at }) : [];
  const before = { documentType: (movedFrom.changes.documentType?.from as DocumentType | undefined) ?? after.documentType, area: (movedFrom.changes.area?.from as string | undefined) ?? after.area };
  return publishCorrection(ctx, identity, {
    documentId: doc.documentId,
    toCaseId: doc.caseId,
    fromCaseId: movedFrom.caseId,
    before,
    after,
    caseArea: after.area,
    changes: movedFrom.changes,
    at: movedFrom.at,
    machine: machineAnswer(doc),
    teaches: movedFrom.teaches,
    routes: true,
    events: registered,
    givenUp,
  });
}

/**
 * The correction's last steps, the same for a first attempt and a repeat: the feed (ClassificationCorrected
 * with what it changed and caused), the giving up's last step, the labelled examples, the answer.
 */
async function publishCorrection(
  ctx: ServiceContext,
  identity: Identity,
  input: {
    documentId: string;
    toCaseId: string;
    fromCaseId: string | null;
    before: Pick<DocumentFacts, 'documentType' | 'area'>;
    after: DocumentFacts;
    caseArea: string;
    changes: Record<string, { from: unknown; to: unknown }>;
    at: string;
    machine: ReturnType<typeof machineAnswer>;
    teaches: boolean;
    routes: boolean;
    events: PostmottakEvent[];
    givenUp: GivenUpCase | null;
  },
) {
  const { documentId, toCaseId, fromCaseId, after, caseArea, at, machine, givenUp } = input;
  // One read gives the case and the queue it waits in (its qpk), as case-work reads it.
  const caseItem = await getItem(ctx.db, keys.case(toCaseId), { consistent: true });
  const finalCase = caseItem ? caseFromItem(caseItem) : null;
  const updated = (await getDocument(ctx.db, documentId))!;
  // The queue the correction put the document (a move: its new case's handler or unit mail) or its case (an area: unassigned/{area}) in.
  const queueNow = fromCaseId ? (updated.item.queue as string | undefined) : ((caseItem?.qpk as string | undefined) ?? (updated.item.qpk as string | undefined));
  const routed = finalCase && queueNow && input.routes ? [caseRoutedEvent({ documentId, caseId: toCaseId, caseNumber: finalCase.caseNumber, queue: queueNow, area: finalCase.area, keywords: finalCase.keywords, priority: finalCase.priority }, at)] : [];
  await ctx.events.publish([
    serviceEvent('ClassificationCorrected', { caseId: toCaseId, documentId }, at, {
      correctedBy: identity.person,
      documentType: after.documentType,
      area: caseArea,
      previousDocumentType: input.before.documentType,
      previousArea: input.before.area,
      ...(fromCaseId ? { movedFrom: displayCaseNumber(fromCaseId) } : {}),
      ...(givenUp ? { caseGivenUp: givenUp.answer.caseNumber } : {}),
    }),
    ...input.events,
    ...routed,
    ...(givenUp?.events ?? []),
  ]);
  await givenUp?.finished();

  await keepExample(ctx, identity, {
    kind: 'correction',
    doc: updated,
    machine,
    archivist: { documentType: after.documentType, area: caseArea, caseId: toCaseId, fields: { decisionDate: after.decisionDate, decisionReceivedDate: after.decisionReceivedDate, receivedDate: after.receivedDate, postmarkDate: after.postmarkDate } },
    at,
  });
  // A changed type or area teaches the next model as a decision does: into the examples that
  // `npm run train -- --examples <data dir>` reads (a date correction says nothing about the text).
  const language = (updated.item.language as string | undefined) ?? updated.resume?.classification?.language ?? null;
  if (ctx.examples && machine.documentType && machine.area && language && input.teaches && (await firstExampleOf(ctx, documentId, at))) {
    await ctx.examples.record({
      documentId,
      text: await documentText(ctx, updated),
      documentType: after.documentType,
      area: caseArea,
      language,
      machine: { documentType: machine.documentType, area: machine.area, confidence: machine.confidence ?? 0 },
      archivist: identity.person,
      decidedAt: at,
    });
  }
  return {
    document: documentView(updated, personalDataFor(identity, ctx), ctx.config),
    case: finalCase ? caseSummary(finalCase, finalCase.handlerId ? null : ((caseItem!.qpk as string | undefined) ?? null)) : null,
    changes: input.changes,
    correctedBy: identity.person,
    caseGivenUp: givenUp?.answer ?? null,
  };
}

/**
 * Whether this correction (known by its time: a repeat carries the first attempt's) has not yet given
 * its labelled example: the document remembers the last one given, so a repeat does not append it again
 * and weigh it twice in training.
 */
async function firstExampleOf(ctx: ServiceContext, documentId: string, at: string): Promise<boolean> {
  return updateIf(ctx.db, withCondition({ Key: keys.document(documentId), ...updateExpression({ set: { exampleOfCorrection: at } }) }, 'attribute_not_exists(#e) OR #e <> :at', { '#e': 'exampleOfCorrection' }, { ':at': at }));
}

/** The type of the document that opened a case (another document than the one corrected). */
async function openerType(ctx: ServiceContext, record: CaseRecord): Promise<DocumentType | null> {
  const opener = await getDocument(ctx.db, record.createdBy);
  return (opener?.item.documentType as DocumentType | undefined) ?? null;
}

/**
 * Marks a document as a duplicate of another, or as mail for another body (forwarded, with the
 * recipient): an outcome, not a deletion. A document waiting in review leaves the queue and cannot be
 * decided any more; a routed one leaves its case's deadlines (closed by this outcome) but stays in the
 * journal, with the outcome recorded. The document, its text and its original stay where they are.
 */
export async function markOutcome(ctx: ServiceContext, identity: Identity, documentId: string, outcome: MarkedOutcome): Promise<OutcomeView> {
  requirePermission(identity, 'documents:correct');
  const doc = await findDocument(ctx, documentId);
  if (doc.item.outcome) {
    // The same mark again (a retry after a failure halfway): the giving up of its case is finished, as first marked.
    const finishing = await finishMarkedOutcome(ctx, doc, outcome);
    if (finishing) return finishing;
    throw conflict(
      `Document ${documentId} was already marked as ${doc.item.outcome === 'duplicate' ? `a duplicate of ${String(doc.item.duplicateOf)}` : `forwarded to ${String(doc.item.forwardedTo)}`}.`,
      `Dokument ${documentId} er allerede merket som ${doc.item.outcome === 'duplicate' ? `duplikat av ${String(doc.item.duplicateOf)}` : `videresendt til ${String(doc.item.forwardedTo)}`}.`,
    );
  }
  if (doc.status === 'rejected') throw conflict(`Document ${documentId} was rejected unread; it needs no outcome.`, `Dokument ${documentId} ble avvist uten å bli lest; det trenger ikke noe utfall.`);
  if (outcome.kind === 'duplicate') {
    if (outcome.of === documentId) throw unprocessable('A document cannot be a duplicate of itself.', 'Et dokument kan ikke være duplikat av seg selv.');
    const first = await getDocument(ctx.db, outcome.of);
    if (!first?.status) throw unprocessable(`There is no document ${outcome.of} to be a duplicate of.`, `Det finnes ikke noe dokument ${outcome.of} å være duplikat av.`);
  }
  const at = ctx.now().toISOString();
  const consequences: PostmottakEvent[] = [];
  let givenUp: GivenUpCase | null = null;
  const set: Record<string, unknown> =
    outcome.kind === 'duplicate'
      ? { outcome: 'duplicate', duplicateOf: outcome.of, outcomeBy: identity.person, outcomeAt: at }
      : { outcome: 'forwarded', forwardedTo: outcome.recipient, ...(outcome.note ? { forwardNote: outcome.note } : {}), outcomeBy: identity.person, outcomeAt: at };
  if (doc.status === 'review') {
    // Recorded like a decision, under the same condition, so a decision and an outcome never both win.
    const decision = { documentId, archivist: identity.person, decidedAt: at, outcome: outcome.kind };
    const written = await updateIf(
      ctx.db,
      withCondition(
        { Key: keys.document(documentId), ...updateExpression({ set: { ...set, decision, decidedAt: at }, remove: ['qpk', 'qsk'] }) },
        '#s = :review AND attribute_not_exists(#d)',
        { '#s': 'status', '#d': 'decidedAt' },
        { ':review': 'review' },
      ),
    );
    if (!written) throw conflict(`Document ${documentId} was decided meanwhile; open it again.`, `Dokument ${documentId} ble avgjort i mellomtiden; åpne det igjen.`);
  } else {
    routedDocument(doc, { en: 'marked', nb: 'merkes' });
    const closedBy = `${outcome.kind}:${identity.person}`;
    const bookAfter = await rewriteDeadlineBook(ctx.db, { caseId: doc.caseId, area: (doc.item.area as string) ?? '', change: (book) => withdrawDocument(book, documentId, 'close', closedBy, osloDate(ctx.now())) });
    const changed = deadlineBookChanges(bookAfter.previous, bookAfter.book);
    // A deadline the document had closed opens again (a duplicate's «legeerklæring» was no declaration after all).
    consequences.push(...closedDeadlineEvents(doc.caseId, changed.closed, closedBy, at), ...openedDeadlineEvents(doc.caseId, changed.opened, at));
    const written = await updateIf(
      ctx.db,
      withCondition({ Key: keys.document(documentId), ...updateExpression({ set, remove: ['qpk', 'qsk'] }) }, 'attribute_not_exists(#o)', { '#o': 'outcome' }),
    );
    if (!written) throw conflict(`Document ${documentId} was given an outcome meanwhile.`, `Dokument ${documentId} fikk et utfall i mellomtiden.`);
    await recordAudit(ctx.db, { caseId: doc.caseId, event: outcome.kind === 'duplicate' ? 'DocumentMarkedDuplicate' : 'MailForwarded', actor: identity.person, at, documentId, details: set });
    // The case it was on, when nothing left on it carries it, is given up.
    givenUp = await giveUpCaseIfNoCarrierLeft(ctx, { caseId: doc.caseId, documentId, cause: outcome.kind, movedTo: null, person: identity.person, at });
  }
  await recordAudit(ctx.db, { documentId, event: outcome.kind === 'duplicate' ? 'DocumentMarkedDuplicate' : 'MailForwarded', actor: identity.person, at, details: set });
  // Published after the write: a refused mark (409 above) publishes nothing.
  const answer = await publishOutcome(ctx, doc, { outcome, by: identity.person, at, previousStatus: doc.status }, consequences, givenUp);
  await keepExample(ctx, identity, { kind: outcome.kind, doc, archivist: { documentType: null, area: null, caseId: null, outcome: outcome.kind }, at });
  return answer;
}

type MarkedOutcome = { kind: 'duplicate'; of: string } | { kind: 'forwarded'; recipient: string; note?: string | undefined };

/** The outcome's event with the giving up's, published; then the giving up's last step; the archivist's answer. */
async function publishOutcome(ctx: ServiceContext, doc: DocumentRecord, mark: { outcome: MarkedOutcome; by: string; at: string; previousStatus: string }, consequences: PostmottakEvent[], givenUp: GivenUpCase | null): Promise<OutcomeView> {
  const { outcome, by, at } = mark;
  const area = typeof doc.item.area === 'string' && ctx.config.areas.some((a) => a.code === doc.item.area) ? doc.item.area : null;
  await ctx.events.publish([
    outcomeEvent({ documentId: doc.documentId, ...(doc.status === 'routed' && doc.caseId ? { caseId: doc.caseId } : {}) }, at, {
      by,
      documentType: (doc.item.documentType as DocumentType | undefined) ?? null,
      area,
      outcome: outcome.kind,
      duplicateOf: outcome.kind === 'duplicate' ? outcome.of : undefined,
      caseGivenUp: givenUp?.answer.caseNumber,
    }),
    ...consequences,
    ...(givenUp?.events ?? []),
  ]);
  await givenUp?.finished();
  return {
    documentId: doc.documentId,
    outcome: outcome.kind,
    duplicateOf: outcome.kind === 'duplicate' ? outcome.of : null,
    recipient: outcome.kind === 'forwarded' ? outcome.recipient : null,
    by,
    at,
    previousStatus: mark.previousStatus,
    caseGivenUp: givenUp?.answer ?? null,
  };
}

/**
 * A mark repeated as it was first made, on a routed document whose case the first attempt did not
 * finish giving up (it failed halfway, or before the case was closed): the giving up is finished and
 * answered as the first mark would have been. Null when there is nothing to finish (the repeat is refused).
 */
async function finishMarkedOutcome(ctx: ServiceContext, doc: DocumentRecord, outcome: MarkedOutcome): Promise<OutcomeView | null> {
  const item = doc.item;
  const same = item.outcome === outcome.kind && (outcome.kind === 'duplicate' ? item.duplicateOf === outcome.of : item.forwardedTo === outcome.recipient);
  if (!same || doc.status !== 'routed' || !doc.caseId || typeof item.outcomeBy !== 'string' || typeof item.outcomeAt !== 'string') return null;
  const givenUp = await giveUpCaseIfNoCarrierLeft(ctx, { caseId: doc.caseId, documentId: doc.documentId, cause: outcome.kind, movedTo: null, person: item.outcomeBy, at: item.outcomeAt });
  if (!givenUp) return null;
  // What the first attempt did not get to: the deadlines its own rewrite closed (DeadlineClosed, the same
  // ids), the document's audit line.
  const closedBy = `${outcome.kind}:${item.outcomeBy}`;
  const closedByMark = Object.values((await getDeadlines(ctx.db, doc.caseId))?.book ?? {})
    .filter((entry) => entry.status === 'closed' && entry.closedBy === closedBy)
    .sort((a, b) => a.id.localeCompare(b.id));
  const event = outcome.kind === 'duplicate' ? 'DocumentMarkedDuplicate' : 'MailForwarded';
  if (!(await auditTrail(ctx.db, { documentId: doc.documentId })).some((entry) => entry.event === event)) {
    const set = outcome.kind === 'duplicate' ? { outcome: 'duplicate', duplicateOf: outcome.of, outcomeBy: item.outcomeBy, outcomeAt: item.outcomeAt } : { outcome: 'forwarded', forwardedTo: outcome.recipient, ...(item.forwardNote ? { forwardNote: item.forwardNote } : {}), outcomeBy: item.outcomeBy, outcomeAt: item.outcomeAt };
    await recordAudit(ctx.db, { documentId: doc.documentId, event, actor: item.outcomeBy, at: item.outcomeAt, details: set });
  }
  return publishOutcome(ctx, doc, { outcome, by: item.outcomeBy, at: item.outcomeAt, previousStatus: doc.status }, closedDeadlineEvents(doc.caseId, closedByMark, closedBy, item.outcomeAt), givenUp);
}


/**
 * The moved document's parties merged into the receiving case's registered ones. A case with none
 * registered shows its documents' own parties (operations/case-parties.ts), the moved one's included.
 */
async function joinParties(ctx: ServiceContext, caseId: string, documentId: string, named: readonly Party[]): Promise<void> {
  if (!named.length) return;
  await dynamoLetterRepository(ctx.db).changeParties(caseId, documentId, (known) => {
    if (!known?.parties.length) return null;
    const merged = partiesJoiningCase(known.parties, named);
    return JSON.stringify(merged) === JSON.stringify(known.parties) ? null : { parties: merged, language: known.language };
  });
}
