import { addressCorrectionChecked } from '#domain/letters/postal-address';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LetterParams, NoticesBody, NoticesOutcome, OutboxItem, OutboxList, OutboxQuery, PrintQuery, SentBody } from '#schemas/outbox';
import type { ServiceContext } from '../ports.ts';
import { letterPdf, listOutbox, markSent, printReady, releaseLetter, writeNotices } from '../operations/outbox.ts';
import { allowed, bytesAnswer, identityOf, problems } from './common.ts';

export const pdfAnswer = bytesAnswer('application/pdf', 'application/pdf (PDF/A-1b)', 'The PDF/A-1b bytes');

export function sendPdf(reply: FastifyReply, pdf: Uint8Array, fileName: string) {
  // A Buffer is sent as it is; the route's JSON serializers never see it.
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(Buffer.from(pdf));
}

/** The outbox (issue #16): the letters postmottak wrote, for archivists. */
export function outboxRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const who = allowed('outbox:work');
    app.get(
      '/outbox',
      { config: { who: ['outbox:work'] }, schema: { tags: ['outbox'], summary: 'The letters postmottak wrote: ready, held (with why) and sent (with the day), oldest letter date first', description: who, querystring: OutboxQuery, response: { 200: OutboxList, ...problems(400, 401, 403) } } },
      (request) => listOutbox(ctx, identityOf(request), request.query),
    );
    app.get(
      '/outbox/print',
      { config: { who: ['outbox:work'] }, schema: { tags: ['outbox'], summary: "The day's post: every ready letter (of a letter date) in one printable PDF/A", description: `${who} Answers application/pdf; 404 when no letter is ready.`, querystring: PrintQuery, response: { ...pdfAnswer, ...problems(400, 401, 403, 404) } } },
      async (request, reply) => {
        const { pdf, count } = await printReady(ctx, identityOf(request), request.query.date);
        return sendPdf((reply as FastifyReply).header('x-postmottak-letters', String(count)), pdf, `dagens-post-${request.query.date ?? 'klare'}.pdf`);
      },
    );
    app.get(
      '/outbox/:letterId/pdf',
      { config: { who: ['outbox:work'] }, schema: { tags: ['outbox'], summary: "One letter's PDF/A as it is (or was) posted", description: `${who} Answers application/pdf; the read is in the access log.`, params: LetterParams, response: { ...pdfAnswer, ...problems(401, 403, 404) } } },
      async (request, reply) => {
        const { pdf, fileName } = await letterPdf(ctx, identityOf(request), request.params.letterId);
        return sendPdf(reply as FastifyReply, pdf, fileName);
      },
    );
    app.post(
      '/outbox/:letterId/sent',
      { config: { who: ['outbox:work'] }, schema: { tags: ['outbox'], summary: 'Mark a ready letter sent (ekspedert) on a day', description: `${who} 409 for a held letter or one marked sent already.`, params: LetterParams, body: SentBody, response: { 200: OutboxItem, ...problems(400, 401, 403, 404, 409, 413) } } },
      (request) => markSent(ctx, identityOf(request), request.params.letterId, request.body.on),
    );
    app.post(
      '/outbox/:letterId/release',
      {
        config: { who: ['outbox:work'] },
        schema: {
          tags: ['outbox'],
          summary: 'Give a held letter the address it lacked and release it',
          description: `${who} The letter is rendered again to the address, journaled (who released it), becomes ready and is announced by LetterReady; an acknowledgement meets its case's preliminary reply. 409 when the letter is not held (a second release changes nothing); 400 for an address that is not name, street, postcode and place, the postcode in the country's form (Norway's four digits when no country is given, 411 38 in Sweden, four digits in Denmark, five in Germany, M1 1AA in the United Kingdom, free text elsewhere); 422 for a postcode that is not the place's (Posten's table, the check that holds letters; for an address in Norway).`,
          params: LetterParams,
          body: addressCorrectionChecked,
          response: { 200: OutboxItem, ...problems(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      (request) => releaseLetter(ctx, identityOf(request), request.params.letterId, request.body),
    );
    app.post(
      '/outbox/notices',
      { config: { who: ['outbox:work'] }, schema: { tags: ['outbox'], summary: 'The daily watcher: the notice of extended processing time for each open case within the lead time, once per case', description: who, body: NoticesBody, response: { 200: NoticesOutcome, ...problems(400, 401, 403, 413) } } },
      (request) => writeNotices(ctx, identityOf(request), request.body.today),
    );
  };
}
