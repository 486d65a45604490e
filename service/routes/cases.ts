import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseParams, CaseSummary, CaseView, ClaimOutcome, DueDeadlines, DueQuery, MarkAttachmentBody, MarkedAttachments, OpenDeadlineBody, OpenedDeadline } from '#schemas/api';
import type { ServiceContext } from '../ports.ts';
import { claim, dueDeadlines, myCases, openDeadline, readCase, release, releaseCasesOf } from '../operations/cases.ts';
import { caseLetterPdf } from '../operations/outbox.ts';
import { markAttachment } from '../operations/missing-attachments.ts';
import { AddressCorrection, CorrectablePartyParams, LetterParams, PartyAddition, PartyCorrectedView } from '#schemas/outbox';
import { correctParty } from '../operations/party-correction.ts';
import { addParty } from '../operations/party-addition.ts';
import { pdfAnswer, sendPdf } from './outbox.ts';
import { allowed, identityOf, problems } from './common.ts';

const WhyQuery = z.object({ why: z.string().max(500).optional().describe('Why the case is read, for the access log') });

export function caseRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/cases/:case',
      { config: { who: ['cases:read'] }, schema: { tags: ['cases'], summary: 'A case with its documents, parties, deadlines and journal', description: allowed('cases:read'), params: CaseParams, querystring: WhyQuery, response: { 200: CaseView, ...problems(400, 401, 403, 404) } } },
      (request) => readCase(ctx, identityOf(request), request.params.case, request.query.why),
    );
    app.get(
      '/cases/:case/letters/:letterId/pdf',
      {
        config: { who: ['letters:read'] },
        schema: {
          tags: ['cases'],
          summary: "A letter postmottak wrote on the case: its PDF/A as it is (or was) posted",
          description: `${allowed('letters:read')} (a case's letters are documents of the case; the outbox's own route is for archivists). Answers application/pdf; the read is in the access log; 404 for a letter of another case.`,
          params: CaseParams.extend(LetterParams.shape),
          response: { ...pdfAnswer, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await caseLetterPdf(ctx, identityOf(request), request.params.case, request.params.letterId);
        return sendPdf(reply as FastifyReply, pdf, fileName);
      },
    );
    app.get(
      '/me/cases',
      { config: { who: ['cases:claim'] }, schema: { tags: ['cases'], summary: 'The cases you hold (claimed and not released), oldest received first', description: allowed('cases:claim'), response: { 200: z.object({ cases: z.array(CaseSummary) }), ...problems(401, 403) } } },
      (request) => myCases(ctx, identityOf(request)),
    );
    app.post(
      '/cases/:case/claim',
      { config: { who: ['cases:claim'] }, schema: { tags: ['cases'], summary: 'Claim an unassigned case for yourself (one of two simultaneous claims wins)', description: allowed('cases:claim'), params: CaseParams, response: { 200: ClaimOutcome, ...problems(400, 401, 403, 404, 409) } } },
      (request) => claim(ctx, identityOf(request), request.params.case),
    );
    app.post(
      '/cases/:case/release',
      {
        config: { who: ['cases:claim', 'cases:release-any'] },
        schema: {
          tags: ['cases'],
          summary: 'Give a case back to its unassigned queue (its waiting mail goes to the unit)',
          description: `${allowed('cases:claim')} (the case they hold); ${allowed('cases:release-any')} (a case anyone holds; the journal names both).`,
          params: CaseParams,
          response: { 200: ClaimOutcome, ...problems(400, 401, 403, 404, 409) },
        },
      },
      (request) => release(ctx, identityOf(request), request.params.case),
    );
    app.post(
      '/handlers/:handlerId/release',
      {
        config: { who: ['cases:release-any'] },
        schema: {
          tags: ['cases'],
          summary: 'Give every case a person holds back to its unassigned queue (a handler who has left)',
          description: `${allowed('cases:release-any')} \`postmottak users remove\` calls it for the person it removes.`,
          params: z.object({ handlerId: z.string().min(1).max(100) }),
          response: { 200: z.object({ handlerId: z.string(), released: z.array(CaseSummary) }), ...problems(400, 401, 403, 404) },
        },
      },
      (request) => releaseCasesOf(ctx, identityOf(request), request.params.handlerId),
    );
    app.post(
      '/cases/:case/deadlines',
      { config: { who: ['deadlines:open'] }, schema: { tags: ['cases'], summary: 'Open an awaiting deadline (medical declaration, expert statement, consent, comments)', description: allowed('deadlines:open'), params: CaseParams, body: OpenDeadlineBody, response: { 201: OpenedDeadline, ...problems(400, 401, 403, 404, 413, 422) } } },
      async (request, reply) => reply.code(201).send(await openDeadline(ctx, identityOf(request), request.params.case, request.body)),
    );
    app.put(
      '/cases/:case/parties/:role',
      {
        config: { who: ['parties:correct'] },
        schema: {
          tags: ['cases'],
          summary: "Correct the appellant's or representative's name and address (retting, GDPR art. 16)",
          description: `${allowed('parties:correct')} The case's journal records who and when; the old value is kept in the party history, never shown with the case. Letters not yet posted follow: a held one for that party is released, a ready one re-rendered; a sent letter is never changed. 404 for no such case, 409 when the case has two parties in that role (a correction here cannot say which; correct the letter in the outbox), 422 for an address that does not read as one.`,
          params: CaseParams.extend(CorrectablePartyParams.shape),
          body: AddressCorrection,
          response: { 200: PartyCorrectedView, ...problems(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      (request) => correctParty(ctx, identityOf(request), request.params.case, request.params.role, request.body),
    );
    app.post(
      '/cases/:case/parties',
      {
        config: { who: ['parties:correct'] },
        schema: {
          tags: ['cases'],
          summary: 'Add the representative (or the appellant) the machine did not find, with name and address («Legg til part»)',
          description: `${allowed('parties:correct')} 201 with the party added; 200 for a retry of the same addition, which finishes what a failed first attempt left undone. The case's journal records who and when, the party history keeps it (before: none). Letters not yet posted that were meant for the appellant follow: to an added representative (forvaltningsloven § 12), a held one released and a ready one re-rendered; a sent letter is never changed. 404 for no such case, 409 when the case already has a party in the role (correct it with PUT /cases/{case}/parties/{role}) or a representative is added to a case of two appellants, 422 for an address that does not read as one.`,
          params: CaseParams,
          body: PartyAddition,
          response: { 200: PartyCorrectedView, 201: PartyCorrectedView, ...problems(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      async (request, reply) => {
        const { party, created } = await addParty(ctx, identityOf(request), request.params.case, request.body);
        return reply.code(created ? 201 : 200).send(party);
      },
    );
    app.post(
      '/cases/:case/missing-attachments',
      {
        config: { who: ['documents:correct'] },
        schema: {
          tags: ['cases'],
          summary: 'Mark a missing attachment (kontroll av vedlegg) received or not needed',
          description: `${allowed('documents:correct')} The case stops listing it; the journal names who and when. 422 for an attachment the case does not list as missing, 409 for one already cleared.`,
          params: CaseParams,
          body: MarkAttachmentBody,
          response: { 200: MarkedAttachments, ...problems(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      (request) => markAttachment(ctx, identityOf(request), request.params.case, request.body),
    );
    app.get(
      '/deadlines',
      { config: { who: ['deadlines:read'] }, schema: { tags: ['deadlines'], summary: 'Open deadlines due before a date, earliest first', description: allowed('deadlines:read'), querystring: DueQuery, response: { 200: DueDeadlines, ...problems(400, 401, 403) } } },
      (request) => dueDeadlines(ctx, identityOf(request), request.query.before),
    );
  };
}
