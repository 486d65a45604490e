import { buildApp } from './app.ts';
import type { ServiceContext } from './ports.ts';
import { withOpenEventDetails } from '../schemas/json-schema.ts';

/**
 * The OpenAPI 3.1 document of the API, generated from the route schemas (schemas/api.ts) by building
 * the app without any backend: building touches none of its dependencies. `npm run schemas` writes it
 * to schemas/json/openapi.json; a test fails when that file is stale.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp({ context: {} as ServiceContext, authenticator: { identify: async () => null }, webDir: null });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  // The events' details are open to consumers as in schemas/json/events (README "Events": versions).
  return withOpenEventDetails(document);
}

export async function openApiText(): Promise<string> {
  return JSON.stringify(await openApiDocument(), null, 2) + '\n';
}
