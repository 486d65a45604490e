import awsLambdaFastify from '@fastify/aws-lambda';
import { binaryResponseTypes, buildLambdaApp } from '../../service/lambda.ts';

/**
 * The service's Fastify app (the same one `postmottak serve` runs) behind API Gateway: identities from
 * the Cognito authorizer's claims, decisions through the Express stages (StartSyncExecution), events to the bus
 * (service/lambda.ts). The app is built during init, so a warm function answers at once.
 */
const app = await buildLambdaApp();

// Bytes go back base64-encoded (API Gateway passes every media type as binary: infra/constructs/api.ts);
// JSON, problem+json and text stay text.
export const handler = awsLambdaFastify(app, { decorateRequest: true, callbackWaitsForEmptyEventLoop: false, binaryMimeTypes: [...binaryResponseTypes] });
await app.ready();
