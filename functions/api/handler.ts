import awsLambdaFastify from '@fastify/aws-lambda';
import { buildLambdaApp } from '../../service/lambda.ts';

/**
 * The service's Fastify app (the same one `postmottak serve` runs) behind API Gateway: identities from
 * the Cognito authorizer's claims, decisions through the Express stages (StartSyncExecution), events to the bus
 * (service/lambda.ts). The app is built during init, so a warm function answers at once.
 */
const app = await buildLambdaApp();

export const handler = awsLambdaFastify(app, { decorateRequest: true, callbackWaitsForEmptyEventLoop: false });
await app.ready();
