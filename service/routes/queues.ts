import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { QueuePage, QueueQuery } from '#schemas/api';
import type { ServiceContext } from '../ports.ts';
import { queuePage } from '../operations/queues.ts';
import { allowed, identityOf, problems } from './common.ts';

const AreaParams = z.object({ area: z.string().min(1).max(100) });
const HandlerParams = z.object({ handlerId: z.string().min(1).max(100) });

export function queueRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const response = { 200: QueuePage, ...problems(400, 401, 403) };
    const common = { tags: ['queues'], querystring: QueueQuery, response, description: allowed('queues:read') };
    app.get('/queues/unassigned/:area', { config: { who: ['queues:read'] }, schema: { ...common, summary: 'Unassigned cases of an area (ufordelte saker)', params: AreaParams } }, (request) =>
      queuePage(ctx, identityOf(request), `unassigned/${request.params.area}`, request.query),
    );
    app.get('/queues/unit-mail/:area', { config: { who: ['queues:read'] }, schema: { ...common, summary: "A unit's incoming mail on cases without a handler", params: AreaParams } }, (request) =>
      queuePage(ctx, identityOf(request), `unit-mail/${request.params.area}`, request.query),
    );
    app.get('/queues/handler/:handlerId', { config: { who: ['queues:read'] }, schema: { ...common, summary: "A case handler's new mail (Ny post); the name matched case-insensitively", params: HandlerParams, response: { 200: QueuePage, ...problems(400, 401, 403, 404) } } }, (request) =>
      queuePage(ctx, identityOf(request), `handler/${request.params.handlerId}`, request.query),
    );
    app.get('/queues/review', { config: { who: ['queues:read'] }, schema: { ...common, summary: 'Documents waiting for an archivist, oldest first' } }, (request) => queuePage(ctx, identityOf(request), 'review', request.query));
    app.get('/queues/quarantine', { config: { who: ['queues:read'] }, schema: { ...common, summary: 'Rejected files, with their reason' } }, (request) => queuePage(ctx, identityOf(request), 'quarantine', request.query));
    // Any other name is a person's mistake: answered with the list of queues, not a bare 404.
    app.get('/queues/*', { config: { who: ['queues:read'] }, schema: { hide: true, querystring: QueueQuery } }, (request) => queuePage(ctx, identityOf(request), (request.params as { '*': string })['*'], request.query));
  };
}
