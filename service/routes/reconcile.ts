import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReconcileAnswer, ReconcileRequest } from '#schemas/reconcile-api';
import type { ServiceContext } from '../ports.ts';
import { reconcile } from '../operations/reconcile.ts';
import { identityOf, problems } from './common.ts';

/** The operator's reconcile (README "Reconcile"): what `postmottak reconcile` asks while serve runs. */
export function reconcileRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/reconcile',
      {
        config: { who: 'operator' },
        schema: {
          tags: ['operations'],
          summary: 'Every object under incoming/ against the register; with redrive, the unfinished run again',
          description: "The operator's alone (the CLI with this serve run's secret); every token's role is refused (403). One run at a time (409 naming who started the running one). Answers when done (a redrive waits for each document's outcome).",
          body: ReconcileRequest,
          response: { 200: ReconcileAnswer, ...problems(400, 401, 403, 404, 409, 413) },
        },
      },
      (request) => reconcile(ctx, identityOf(request), request.body),
    );
  };
}
