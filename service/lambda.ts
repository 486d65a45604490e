import { loadConfig } from '#config/load';
import { env, requireEnv } from '../functions/commons/env.ts';
import { dbFromEnv } from '../functions/commons/store/service.ts';
import { getDocument } from '../functions/commons/store/documents.ts';
import { buildApp } from './app.ts';
import { cognitoAuthenticator, SYSTEM_CLIENT_ID_ENV } from './auth/cognito.ts';
import { s3DocumentFiles } from './adapters/s3-document-files.ts';
import { stepFunctionsPipeline } from './adapters/step-functions-pipeline.ts';
import { s3UploadSlots } from './adapters/s3-upload-slots.ts';
import { s3Client } from '../functions/commons/clients.ts';
import { eventPublisherFromEnv } from '../functions/commons/events/publisher-from-env.ts';
import { dynamoAccessLog } from '../functions/commons/store/access-log.ts';
import { dynamoEventFeed } from '../functions/commons/store/event-feed.ts';
import type { AccessLog, EventPublisher, ServiceContext } from './ports.ts';

/** The media types the API answers with bytes (page images, letters, the xlsx export): base64 through API Gateway. */
export const binaryResponseTypes = ['image/png', 'application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;

/**
 * The service's context in a Lambda behind API Gateway: the table and bucket of the stack, the stages
 * state machine for decisions (INTAKE_STATE_MACHINE_ARN), identities from the Cognito authorizer. The
 * functions/api handler wraps the app with @fastify/aws-lambda.
 */
export function awsServiceContext(ports: { accessLog?: AccessLog; events?: EventPublisher } = {}): ServiceContext {
  return {
    db: dbFromEnv(),
    config: loadConfig(),
    files: s3DocumentFiles(env.documentBucket()),
    // incoming/ is a prefix of the same bucket; its ObjectCreated event starts the intake.
    uploads: s3UploadSlots(env.documentBucket(), s3Client),
    pipeline: stepFunctionsPipeline(requireEnv('INTAKE_STATE_MACHINE_ARN'), async (documentId) => (await getDocument(dbFromEnv(), documentId))?.result ?? null),
    accessLog: ports.accessLog ?? dynamoAccessLog(dbFromEnv()),
    events: ports.events ?? eventPublisherFromEnv(),
    // The same feed as `serve`: the events the stages kept in the table beside publishing them on the bus.
    eventFeed: dynamoEventFeed(dbFromEnv()),
    now: () => new Date(),
    systemSeesPersonalData: process.env.SYSTEM_SEES_PERSONAL_DATA === 'true',
  };
}

export function buildLambdaApp(ports: { accessLog?: AccessLog; events?: EventPublisher } = {}) {
  return buildApp({ context: awsServiceContext(ports), authenticator: cognitoAuthenticator(undefined, process.env[SYSTEM_CLIENT_ID_ENV]), webDir: null });
}
