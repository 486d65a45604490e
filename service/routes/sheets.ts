import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CoverSheetQuery } from '#schemas/sheet-print';
import type { ServiceContext } from '../ports.ts';
import { coverSheet, separatorSheet, type PrintedSheet } from '../operations/sheets.ts';
import { allowed, bytesAnswer, identityOf, problems } from './common.ts';

const pdfAnswer = bytesAnswer('application/pdf', 'application/pdf: one A4 page', 'The PDF bytes');

function sendSheet(reply: FastifyReply, sheet: PrintedSheet) {
  // A download: the sheet is printed from the saved file. A Buffer skips the JSON serializers.
  return reply.type('application/pdf').header('content-disposition', `attachment; filename="${sheet.fileName}"`).send(Buffer.from(sheet.pdf));
}

/** Cover and separator sheets (issue #15 item 3): the same PDFs `postmottak coversheet` and `separator` write. */
export function sheetRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const who = allowed('sheets:print');
    app.get(
      '/sheets/cover',
      {
        config: { who: ['sheets:print'] },
        schema: {
          tags: ['sheets'],
          summary: 'A cover sheet (førsteside) for an open case: a scan with it on top is registered on that case by its code',
          description: `${who} Answers application/pdf; the case read is in the access log. 400 for a type or area the configuration does not have, 404 for no such case, 409 for a closed case.`,
          querystring: CoverSheetQuery,
          response: { ...pdfAnswer, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => sendSheet(reply as FastifyReply, await coverSheet(ctx, identityOf(request), request.query)),
    );
    app.get(
      '/sheets/separator',
      { config: { who: ['sheets:print'] }, schema: { tags: ['sheets'], summary: 'A separator sheet (skilleark): laid between two documents in a batch that is scanned as one file', description: `${who} Answers application/pdf.`, response: { ...pdfAnswer, ...problems(401, 403) } } },
      async (request, reply) => sendSheet(reply as FastifyReply, await separatorSheet(identityOf(request))),
    );
  };
}
