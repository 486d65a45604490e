import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { DecisionBody, DecisionOutcome, DocumentParams, DocumentText, DocumentView, IntakeOutcome, IntakeQuery, OriginalLink, QueuePage, ReviewItem, ReviewListQuery } from '#schemas/api';
import type { ServiceContext } from '../ports.ts';
import { originalLink, readDocument, readDocumentText } from '../operations/documents.ts';
import { decide, reviewItem, reviewList } from '../operations/review.ts';
import { handInFile } from '../operations/intake.ts';
import { badRequest } from '../problems.ts';
import { allowed, identityOf, problems } from './common.ts';

export function documentRoutes(ctx: ServiceContext, options: { maxUploadBytes: number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/documents/:documentId',
      { config: { who: ['documents:read'] }, schema: { tags: ['documents'], summary: 'A document: classification, fields, review reason', description: `${allowed('documents:read')} National ids masked and no explanation words for reader and system.`, params: DocumentParams, response: { 200: DocumentView, ...problems(401, 403, 404) } } },
      (request) => readDocument(ctx, identityOf(request), request.params.documentId),
    );
    app.get(
      '/documents/:documentId/text',
      { config: { who: ['documents:text'] }, schema: { tags: ['documents'], summary: 'The text of each page as read, with word boxes and a link to the page image', description: `${allowed('documents:text')} 403 for a caseworker when the document is on no case (in review or rejected): case handlers read cases.`, params: DocumentParams, response: { 200: DocumentText, ...problems(401, 403, 404, 422) } } },
      (request) => readDocumentText(ctx, identityOf(request), request.params.documentId),
    );
    app.get(
      '/documents/:documentId/original',
      { config: { who: ['documents:original'] }, schema: { tags: ['documents'], summary: 'A short-lived link to the original scan', description: `${allowed('documents:original')} 403 for a caseworker when the document is on no case (in review or rejected).`, params: DocumentParams, response: { 200: OriginalLink, ...problems(401, 403, 404) } } },
      (request) => originalLink(ctx, identityOf(request), request.params.documentId),
    );
    app.get(
      '/review',
      { config: { who: ['review:read'] }, schema: { tags: ['review'], summary: 'The review queue, oldest first, each with why it is there', description: allowed('review:read'), querystring: ReviewListQuery, response: { 200: QueuePage, ...problems(400, 401, 403) } } },
      (request) => reviewList(ctx, identityOf(request), request.query),
    );
    app.get(
      '/review/:documentId',
      { config: { who: ['review:read'] }, schema: { tags: ['review'], summary: "One document in review: the machine's guess and candidate cases", description: allowed('review:read'), params: DocumentParams, response: { 200: ReviewItem, ...problems(401, 403, 404) } } },
      (request) => reviewItem(ctx, identityOf(request), request.params.documentId),
    );
    app.post(
      '/review/:documentId/decision',
      {
        config: { who: ['review:decide'] },
        schema: {
          tags: ['review'],
          summary: "An archivist's decision: carries the document on through registration, deadlines and routing",
          description: `${allowed('review:decide')} 409 when the document was decided already or left review; 422 when the case named does not exist. A refused decision changes nothing. 202 when the decision is recorded and the document is still on its way after the wait; 500 when it is recorded but carrying the document on failed (it is back in review with the reason).`,
          params: DocumentParams,
          body: DecisionBody,
          response: { 200: DecisionOutcome, ...problems(202, 400, 401, 403, 404, 409, 413, 422, 500) },
        },
      },
      (request) => decide(ctx, identityOf(request), request.params.documentId, request.body),
    );

    // Scans as raw bytes (the CLI's `process` while serve runs); any content type, the bytes decide what it is.
    app.register(async (upload) => {
      upload.removeAllContentTypeParsers();
      upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.maxUploadBytes }, (_request, body, done) => done(null, body));
      upload.withTypeProvider<ZodTypeProvider>().post(
        '/intake',
        {
          config: { fileBody: true, who: ['intake:upload'] },
          schema: {
            tags: ['intake'],
            summary: 'Hand in one scan (raw bytes) and run it through the whole pipeline; each line says in bokmål why it is not routed',
            description: `${allowed('intake:upload')} 409 (type …/first-upload-in-flight, with Retry-After in seconds) while the same bytes' first upload is still being processed: nothing was recorded for this one; sent again after that, it gets the first's answer as its duplicate.`,
            querystring: IntakeQuery,
            response: { 200: IntakeOutcome, ...problems(400, 401, 403, 409, 413, 422) },
          },
        },
        (request) => {
          if (!Buffer.isBuffer(request.body)) throw badRequest('Send the scan as the request body.', 'Send det skannede dokumentet som innholdet i forespørselen.');
          return handInFile(ctx, identityOf(request), { bytes: request.body, fileName: request.query.fileName, receivedDate: request.query.received, postmarkDate: request.query.postmarked ?? null, batch: request.query.batch ?? null });
        },
      );
    });
  };
}
