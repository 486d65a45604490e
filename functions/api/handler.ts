import awsLambdaFastify from '@fastify/aws-lambda';
import { loadConfig } from '#config/load';
import { requireEnv } from '#commons/env';
import { dbFromEnv } from '#commons/store/service';
import { buildApp } from '../../service/app.ts';
import { cognitoAuthenticator } from '../../service/auth/cognito.ts';
import { s3DocumentFiles } from '../../service/adapters/s3-document-files.ts';
import { noAccessLog, noEvents } from '../../service/ports.ts';
import { guardPipeline } from './guard-pipeline.ts';

/**
 * The service's Fastify app (the same one `postmottak serve` runs) behind API Gateway. Cognito's
 * authorizer has checked the token; the app reads the person and the role (the user's group) from
 * its claims. The app is built during init, so a warm function answers at once.
 */
const app = await buildApp({
  context: {
    db: dbFromEnv(),
    config: loadConfig(),
    files: s3DocumentFiles(requireEnv('DOCUMENT_BUCKET')),
    pipeline: guardPipeline({ stateMachineArn: requireEnv('GUARD_STATE_MACHINE_ARN') }),
    accessLog: noAccessLog,
    events: noEvents,
    now: () => new Date(),
  },
  authenticator: cognitoAuthenticator(),
  // CloudFront serves the page from its bucket; the function answers only /api and /openapi.json.
  webDir: null,
});

export const handler = awsLambdaFastify(app, { decorateRequest: true, callbackWaitsForEmptyEventLoop: false });
await app.ready();
