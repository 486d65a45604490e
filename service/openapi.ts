import { buildApp } from './app.ts';
import type { ServiceContext } from './ports.ts';

/**
 * The OpenAPI 3.1 document of the API, generated from the route schemas (schemas/api.ts) by building
 * the app without any backend: building touches none of its dependencies. It is what the app answers
 * at /openapi.json, with no reconciler (the deployed API's routes). `npm run schemas` writes it to
 * schemas/json/openapi.json; a test fails when that file is stale.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp({ context: {} as ServiceContext, authenticator: { identify: async () => null }, webDir: null });
  const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as Record<string, unknown>;
  await app.close();
  return document;
}

export async function openApiText(): Promise<string> {
  return JSON.stringify(await openApiDocument(), null, 2) + '\n';
}
