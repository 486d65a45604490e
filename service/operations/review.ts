import type { DecisionBody, QueuePage, ReviewListQuery } from '#schemas/api';
import type { ArchivistDecision, ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import { displayCaseNumber } from '#domain/registry/case-number-input';
import { caseIdOfCover } from '#domain/sheets/cover';
import { getCase, type CaseRecord } from '../../functions/commons/store/cases.ts';
import { casesByAnyReference, openCasesOfNationalId } from '../../functions/commons/store/service.ts';
import { recordDecision, waitingToCarryOn } from '../../functions/commons/store/service.ts';
import { labelledExample, reviewItemOf } from '../../stages/decide.ts';
import { DecisionError } from '#domain/errors';
import { personalDataFor, type Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { ApiProblem, conflict, notFound, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { becauseNb, reasonWords } from './reason-words.ts';
import { caseIdOf } from './cases.ts';
import { findDocument } from './documents.ts';
import { queuePage } from './queues.ts';
import { dynamoWaitingRoom } from '../../functions/commons/store/waiting-room.ts';
import type { ReasonCode } from '#schemas/reasons';
import { caseSummary, documentView } from './views.ts';
import { keepExample, machineAnswer } from './examples.ts';
import { readStoredPages } from './stored-pages.ts';
import { statusNb } from '../problem-words-nb.ts';
import { refuseBadDecisionDates } from './decision-date-refusal.ts';
import { refuseOtherPersonsCase } from './other-persons-case.ts';
import { documentReadFacts } from './special-category.ts';

/** The review queue, oldest first, each with why it is there. */
export async function reviewList(ctx: ServiceContext, identity: Identity, query: ReviewListQuery): Promise<QueuePage> {
  requirePermission(identity, 'review:read');
  return queuePage(ctx, identity, 'review', { ...query, order: 'oldest' });
}

/** One document in review: the machine's guess and the cases it may belong to. */
export async function reviewItem(ctx: ServiceContext, identity: Identity, documentId: string) {
  requirePermission(identity, 'review:read');
  const doc = await findDocument(ctx, documentId);
  if (doc.status !== 'review') throw notFound(`Document ${documentId} is not in the review queue (it is ${doc.status}).`, `Dokument ${documentId} er ikke i kontrollkøen (status: ${statusNb(doc.status)}).`);
  const fields = doc.resume?.classification?.fields;
  const candidates = new Map<string, { case: CaseRecord; matchedBy: 'case_reference' | 'national_id' }>();
  for (const reference of fields?.caseReferences ?? []) {
    for (const found of await casesByAnyReference(ctx.db, reference)) if (!candidates.has(found.caseId)) candidates.set(found.caseId, { case: found, matchedBy: 'case_reference' });
  }
  for (const id of fields?.nationalIds ?? []) {
    for (const found of await openCasesOfNationalId(ctx.db, id)) if (!candidates.has(found.caseId)) candidates.set(found.caseId, { case: found, matchedBy: 'national_id' });
  }
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'review:read', documentId, ...documentReadFacts(doc, ctx.config) });
  return {
    document: documentView(doc, personalDataFor(identity, ctx), ctx.config),
    candidates: [...candidates.values()].map((c) => ({ case: caseSummary(c.case, null), matchedBy: c.matchedBy })),
    waiting: await waitingFor(ctx, documentId),
  };
}

/** The documents still waiting in review beside this one (follow-ups and attachments), named by file: a case's whole day is one item. */
async function waitingFor(ctx: ServiceContext, documentId: string) {
  const out: { documentId: string; fileName: string | null; documentType: string | null; reasonCode: ReasonCode | null }[] = [];
  for (const id of await dynamoWaitingRoom(ctx.db).waitingBeside(documentId)) {
    const doc = await findDocument(ctx, id).catch(() => null);
    if (doc?.status !== 'review' || doc.decision) continue;
    out.push({ documentId: id, fileName: doc.fileName, documentType: doc.resume?.classification?.documentType ?? null, reasonCode: doc.reasonCode?.code ?? null });
  }
  return out;
}

/**
 * An archivist's decision: checked first (the document waits for one, the case exists and is open,
 * the area is configured), recorded once, then the same state machine carries the document on from
 * Link. A refused decision writes nothing, so the stored reason and guess stay as they were.
 */
export async function decide(ctx: ServiceContext, identity: Identity, documentId: string, body: DecisionBody) {
  requirePermission(identity, 'review:decide');
  const doc = await findDocument(ctx, documentId);
  if (doc.status !== 'review') {
    const where = doc.status === 'rejected' ? 'it was rejected' : `it is already ${doc.status}${doc.caseNumber ? ` on case ${doc.caseNumber}` : ''}`;
    const whereNb = doc.status === 'rejected' ? 'det ble avvist' : `det er allerede ${statusNb(doc.status)}${doc.caseNumber ? ` på sak ${doc.caseNumber}` : ''}`;
    throw conflict(`Document ${documentId} is not waiting in the review queue: ${where}.`, `Dokument ${documentId} venter ikke i kontrollkøen: ${whereNb}.`);
  }
  const earlier = doc.item.decision as { archivist?: string } | undefined;
  if (earlier) throw alreadyDecided(documentId, doc.fileName, earlier.archivist);
  const resume = doc.resume;
  if (!resume?.classification) throw unprocessable(`Document ${documentId} was never read (${doc.reason ?? 'no text'}); it must be registered by hand.`, `Dokument ${documentId} ble aldri lest; det må journalføres for hånd.${becauseNb(doc, ctx.config)}`);
  if (body.documentType && !ctx.config.typeRules.some((r) => r.type === body.documentType)) {
    throw unprocessable(`There is no document type '${body.documentType}'. Types: ${ctx.config.typeRules.map((r) => r.type).join(', ')}.`, `Det finnes ingen dokumenttype «${body.documentType}». Typer: ${ctx.config.typeRules.map((r) => r.type).join(', ')}.`);
  }
  if (body.area && !ctx.config.areas.some((a) => a.code === body.area)) {
    throw unprocessable(`There is no case area '${body.area}'. Areas: ${ctx.config.areas.map((a) => a.code).join(', ')}.`, `Det finnes ikke noe saksområde «${body.area}». Områder: ${ctx.config.areas.map((a) => a.code).join(', ')}.`);
  }
  // The dates the deadlines count from, as the decision leaves them: an appeal's cannot be missing, and none is after
  // the mail arrived. A date the machine read is checked only where a deadline counts from it (decision-dates.ts).
  const given = body.fields ?? {};
  refuseBadDecisionDates(
    {
      documentType: body.documentType ?? resume.classification.documentType,
      decisionDate: given.decisionDate !== undefined ? given.decisionDate : resume.classification.fields.decisionDate,
      decisionReceivedDate: given.decisionReceivedDate !== undefined ? given.decisionReceivedDate : resume.classification.fields.decisionReceivedDate,
      receivedDate: resume.intake.receivedDate,
      given: (['decisionDate', 'decisionReceivedDate'] as const).filter((field) => given[field] !== undefined),
    },
    ctx.config,
  );
  let caseId: string | undefined;
  let confirmedOtherPerson = false;
  if (body.case !== undefined) {
    caseId = caseIdOf(body.case);
    const chosen = await getCase(ctx.db, caseId);
    if (!chosen) throw unprocessable(`There is no case ${displayCaseNumber(caseId)}. Choose an existing case, or none for a new one.`, `Det finnes ingen sak ${displayCaseNumber(caseId)}. Velg en sak som finnes, eller ingen for en ny sak.`);
    if (!chosen.open) throw unprocessable(`Case ${chosen.caseNumber} is closed; a document cannot be registered on it.`, `Sak ${chosen.caseNumber} er avsluttet; et dokument kan ikke journalføres på den.`);
    // The sheet's own case for a document held because it names someone else is what that reason asked the archivist to confirm.
    const sheetsCase = resume.classification.cover !== undefined && caseIdOfCover(resume.classification.cover) === caseId;
    if (!sheetsCase) confirmedOtherPerson = await refuseOtherPersonsCase(ctx, chosen, resume.classification.fields, body.confirmOtherPerson === true);
  }
  const decision: ArchivistDecision = {
    documentId,
    archivist: identity.person,
    decidedAt: ctx.now().toISOString(),
    ...(body.documentType ? { documentType: body.documentType } : {}),
    ...(body.area ? { area: body.area } : {}),
    ...(caseId ? { caseId } : {}),
    ...(confirmedOtherPerson ? { confirmedOtherPerson: true } : {}),
    ...(body.fields ? { fields: Object.fromEntries(Object.entries(body.fields).filter(([, v]) => v !== undefined)) } : {}),
  };
  // The Decide use case (stages/decide.ts) records it once and gives the state that resumes at Link.
  let state: ExecutionState;
  try {
    state = await recordDecision(ctx.db, decision, reviewItemOf(doc));
  } catch (error) {
    if (error instanceof DecisionError) {
      const latest = await findDocument(ctx, documentId);
      const by = (latest.item.decision as { archivist?: string } | undefined)?.archivist;
      // Back in review, undecided, with a new queuedAt: queued again since it was read (decided and back, or Review re-ran).
      const cameBack = !by && latest.status === 'review' && latest.item.queuedAt !== doc.item.queuedAt;
      if (by) throw alreadyDecided(documentId, doc.fileName, by);
      throw conflict(
        cameBack ? `Document ${documentId} was put in the review queue again after you opened it. Open it again.` : `Document ${documentId} is not waiting in the review queue: it left it meanwhile.`,
        cameBack
          ? `Dokument ${documentId} ble lagt i kontrollkøen på nytt etter at du åpnet det. Åpne det på nytt.`
          : `Dokument ${documentId} venter ikke lenger i kontrollkøen: det ble tatt ut i mellomtiden.`,
      );
    }
    throw error;
  }
  let result: ProcessResult;
  try {
    result = await ctx.pipeline.resume(state);
  } catch (error) {
    // The wait ended before the document's stages did: they go on without this request, and so must the
    // documents waiting beside it (their Link waits for the case the decided document announces).
    if (error instanceof ApiProblem && error.kind === 'on-its-way') await carryOnWaiting(ctx, documentId);
    throw error;
  }
  await keepExample(ctx, identity, {
    kind: 'decision',
    doc,
    machine: machineAnswer(doc),
    archivist: { documentType: result.documentType ?? body.documentType ?? null, area: result.area ?? body.area ?? null, caseId: result.caseId ?? caseId ?? null, outcome: result.status },
    at: decision.decidedAt,
  });
  // The decision teaches the next model: the text as read, with the archivist's answer beside the machine's.
  if (ctx.examples) {
    // A part's pages are stored under its file's id (stored-pages.ts).
    const texts = (await readStoredPages(ctx.files, doc)).map((page) => page?.text ?? '');
    const example = labelledExample(decision, state, texts);
    if (example) await ctx.examples.record(example);
  }
  // The documents that waited beside this one follow it now that its case exists (stages/decide.ts).
  const followed = result.status === 'review' ? [] : await carryOnWaiting(ctx, documentId);
  // Why each one that is not routed stands where it does, in bokmål as the page says it: the decided document and each that followed it.
  const reasonNbOf = async (r: ProcessResult) => (r.status === 'routed' ? null : reasonWords((await findDocument(ctx, r.documentId)).reasonCode, ctx.config).reasonNb);
  const reasonNb = result.status === 'review' ? await reasonNbOf(result) : null;
  return { result, reasonNb, decidedBy: identity.person, followed: await Promise.all(followed.map(async (r) => ({ ...r, reasonNb: await reasonNbOf(r) }))) };
}

/**
 * The documents that waited beside a decided one, carried on (stages/decide.ts). Where the pipeline can
 * start an execution without waiting (AWS), each is started so: a synchronous wait per document could
 * outlast API Gateway's 29 s and the request with it; they are then not in the answer. Locally each is
 * run to its end and answered.
 */
async function carryOnWaiting(ctx: ServiceContext, documentId: string): Promise<ProcessResult[]> {
  const states = await waitingToCarryOn(ctx.db, documentId);
  if (ctx.pipeline.start) {
    for (const next of states) await ctx.pipeline.start(next);
    return [];
  }
  const followed: ProcessResult[] = [];
  for (const next of states) followed.push(await ctx.pipeline.resume(next));
  return followed;
}

/** Two archivists on one item: the second is told who was first, and which document by the file name they see in the list. */
function alreadyDecided(documentId: string, fileName: string, by: string | undefined) {
  return conflict(`Document ${documentId} (${fileName}) has already been decided by ${by ?? 'another archivist'}.`, `Dokument ${documentId} (${fileName}) er allerede avgjort av ${by ?? 'en annen arkivar'}.`);
}
