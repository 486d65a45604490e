import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

/**
 * Placeholder until the service's Fastify app (service/app.ts, `buildApp`) lands: then this file wraps
 * it with @fastify/aws-lambda. Answers every request with a problem+json 503, never a stack trace.
 */
export async function handler(_event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  return {
    statusCode: 503,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'The API is not deployed in this version.' }),
  };
}
