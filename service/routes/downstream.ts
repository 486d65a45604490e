import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AccessLogPage, AccessLogQuery, PersonHoldingsSchema, PersonLookupBody, EventsPage, EventsQuery, ExportQuery, ExportRows } from '#schemas/downstream-api';
import { incomingCasesCsv } from '#domain/export/incoming-cases';
import { incomingCasesExcelCsv } from '#domain/export/incoming-cases-human';
import { configuredNames } from '#domain/wording/names-nb';
import type { ServiceContext } from '../ports.ts';
import { eventsAfter, exportIncomingCases, readAccessLog } from '../operations/downstream.ts';
import { lookUpPerson } from '../operations/person-holdings.ts';
import { allowed, identityOf, problems } from './common.ts';

/** A file answer (CSV, xlsx): sent as it is, past the JSON response schema, which documents format=json. */
const raw = (reply: unknown) => reply as FastifyReply;

/** Events, the director's export and the access log (SPEC.md "Events", "Export", "The service"). */
export function downstreamRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/events',
      { config: { who: ['events:read'] }, schema: { tags: ['events'], summary: 'Events after an id, oldest first (de-duplicate by id)', description: allowed('events:read'), querystring: EventsQuery, response: { 200: EventsPage, ...problems(400, 401, 403, 404) } } },
      (request) => eventsAfter(ctx, identityOf(request), request.query),
    );
    app.get(
      '/export',
      {
        config: { who: ['export:read'] },
        schema: {
          tags: ['export'],
          summary: 'Cases received in a date range: CSV (default), CSV for Norwegian Excel, xlsx, or JSON rows',
          description: `${allowed('export:read')} format=csv answers text/csv (UTF-8, header row; codes and ISO days), csv-excel text/csv as Norwegian Excel opens it («CSV (semikolondelt)»: semicolons, UTF-8 with a byte-order mark, names, days dd.mm.yyyy), xlsx an Excel workbook, json the rows below.`,
          querystring: ExportQuery,
          response: { 200: ExportRows, ...problems(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { from, to, format } = request.query;
        const rows = await exportIncomingCases(ctx, identityOf(request), { from, to });
        if (format === 'json') return { from, to, rows };
        const name = `innkomne-saker-${from}-${to}`;
        if (format === 'xlsx') {
          const { incomingCasesXlsx } = await import('../../engines/spreadsheet/incoming-cases-xlsx.ts');
          const bytes = await incomingCasesXlsx(rows, `${from} – ${to}`, configuredNames(ctx.config));
          return raw(reply)
            .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
            .header('content-disposition', `attachment; filename="${name}.xlsx"`)
            .send(Buffer.from(bytes));
        }
        return raw(reply)
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(format === 'csv-excel' ? incomingCasesExcelCsv(rows, configuredNames(ctx.config)) : incomingCasesCsv(rows));
      },
    );
    app.get(
      '/access-log',
      { config: { who: ['access-log:read'] }, schema: { tags: ['access-log'], summary: "Who read which case's personal data, when and why", description: allowed('access-log:read'), querystring: AccessLogQuery, response: { 200: AccessLogPage, ...problems(400, 401, 403) } } },
      (request) => readAccessLog(ctx, identityOf(request), { from: request.query.from, to: request.query.to, caseId: request.query.case, documentId: request.query.document, nationalId: request.query.nationalId, person: request.query.person, specialCategory: request.query.specialCategory === undefined ? undefined : request.query.specialCategory === 'true' }),
    );
    app.post(
      '/persons/lookup',
      {
        config: { who: ['persons:lookup'] },
        schema: {
          tags: ['access-log'],
          summary: 'Innsyn: the cases, documents, review items and reads held about one person, by national id',
          description: allowed('persons:lookup'),
          body: PersonLookupBody,
          response: { 200: PersonHoldingsSchema, ...problems(400, 401, 403, 413) },
        },
      },
      (request) => lookUpPerson(ctx, identityOf(request), request.body.nationalId),
    );
  };
}
