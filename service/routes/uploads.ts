import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { UploadRequest, UploadSlot } from '#schemas/uploads';
import type { ServiceContext } from '../ports.ts';
import { uploadSlot } from '../operations/upload-slot.ts';
import { allowed, identityOf, problems } from './common.ts';

/** The page's drag-and-drop upload: where to send each file. */
export function uploadRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/uploads',
      {
        config: { who: ['intake:upload'] },
        schema: {
          tags: ['intake'],
          summary: 'Where to send one scan from the page: a presigned PUT into incoming/ (AWS) or the intake route (serve)',
          description: `${allowed('intake:upload')} 422 for a file above the size limit.`,
          body: UploadRequest,
          response: { 200: UploadSlot, ...problems(400, 401, 403, 413, 422) },
        },
      },
      (request) => uploadSlot(ctx, identityOf(request), request.body),
    );
  };
}
