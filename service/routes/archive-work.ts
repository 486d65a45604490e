import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { DocumentParams } from '#schemas/api';
import { CorrectionBody, CorrectionOutcome, DuplicateBody, ForwardedBody, OutcomeView, PageImageParams, RetryOutcome, ReviewAccuracy } from '#schemas/archive-work';
import type { ServiceContext } from '../ports.ts';
import { correctDocument, markOutcome } from '../operations/corrections.ts';
import { reviewAccuracy } from '../operations/examples.ts';
import { pageImage } from '../operations/page-images.ts';
import { retryQuarantined } from '../operations/quarantine.ts';
import { badRequest } from '../problems.ts';
import { allowed, bytesAnswer, identityOf, problems } from './common.ts';

/** The archivists' work after the fact and what the page needs beside the review routes: page images, corrections, outcomes, quarantine retries, the model's figures. */
export function archiveWorkRoutes(ctx: ServiceContext, options: { maxUploadBytes: number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/documents/:documentId/pages/:page/image',
      {
        config: { who: ['documents:text'] },
        schema: {
          tags: ['documents'],
          summary: 'The prepared page image OCR read (PNG); word boxes of /text are in its pixels',
          description: `${allowed('documents:text')} Answers image/png. 404 for a page read from a PDF text layer, which has no image, and for a rejected file (never read). 403 for a caseworker when the document is on no case (in review or rejected): case handlers read cases. 500 when the image cannot be made from the original (its text is still shown).`,
          params: PageImageParams,
          response: { ...bytesAnswer('image/png', 'image/png: the page as OCR read it', 'The PNG bytes'), ...problems(400, 401, 403, 404, 500) },
        },
      },
      async (request, reply) => {
        const png = await pageImage(ctx, identityOf(request), request.params.documentId, request.params.page);
        // A Buffer is sent as it is; the route's JSON serializers never see it.
        return (reply as FastifyReply).type('image/png').header('cache-control', 'private, max-age=300').send(Buffer.from(png));
      },
    );
    app.post(
      '/documents/:documentId/correction',
      {
        config: { who: ['documents:correct'] },
        schema: {
          tags: ['corrections'],
          summary: 'Reclassify a routed document (type, area, case) or correct a date it was read with',
          description: `${allowed('documents:correct')} The case, its deadlines (and whether one was missed), its keywords and its queue follow; the journal keeps who changed what from what; a ClassificationCorrected event is published.`,
          params: DocumentParams,
          body: CorrectionBody,
          response: { 200: CorrectionOutcome, ...problems(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      (request) => correctDocument(ctx, identityOf(request), request.params.documentId, request.body),
    );
    app.post(
      '/documents/:documentId/duplicate',
      { config: { who: ['documents:correct'] }, schema: { tags: ['corrections'], summary: 'Mark a document as a duplicate of another (a rescan of the same letter)', description: allowed('documents:correct'), params: DocumentParams, body: DuplicateBody, response: { 200: OutcomeView, ...problems(400, 401, 403, 404, 409, 413, 422) } } },
      (request) => markOutcome(ctx, identityOf(request), request.params.documentId, { kind: 'duplicate', of: request.body.of }),
    );
    app.post(
      '/documents/:documentId/forwarded',
      { config: { who: ['documents:correct'] }, schema: { tags: ['corrections'], summary: 'Mark mail as not for this body: forwarded elsewhere, with the recipient recorded', description: allowed('documents:correct'), params: DocumentParams, body: ForwardedBody, response: { 200: OutcomeView, ...problems(400, 401, 403, 404, 409, 413) } } },
      (request) => markOutcome(ctx, identityOf(request), request.params.documentId, { kind: 'forwarded', recipient: request.body.recipient, note: request.body.note }),
    );
    app.get(
      '/review/accuracy',
      { config: { who: ['review:read'] }, schema: { tags: ['review'], summary: 'How the model did on the last 100 decisions: the share accepted unchanged, per type and area', description: allowed('review:read'), response: { 200: ReviewAccuracy, ...problems(401, 403) } } },
      (request) => reviewAccuracy(ctx, identityOf(request)),
    );
    app.register(async (upload) => {
      upload.removeAllContentTypeParsers();
      upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.maxUploadBytes }, (_request, body, done) => done(null, body));
      upload.withTypeProvider<ZodTypeProvider>().post(
        '/quarantine/:documentId/retry',
        {
          config: { fileBody: true, who: ['intake:upload'] },
          schema: {
            tags: ['quarantine'],
            summary: 'Try a rejected file again with the replacement the mailroom made (raw bytes)',
            description: `${allowed('intake:upload')} The replacement runs through the whole pipeline with the rejected file's name and dates; the rejected file leaves quarantine and names its replacement.`,
            params: DocumentParams,
            response: { 200: RetryOutcome, ...problems(400, 401, 403, 404, 409, 413, 422) },
          },
        },
        (request) => {
          if (!Buffer.isBuffer(request.body)) throw badRequest('Send the replacement file as the request body.', 'Send erstatningsfilen som innholdet i forespørselen.');
          return retryQuarantined(ctx, identityOf(request), request.params.documentId, request.body);
        },
      );
    });
  };
}
