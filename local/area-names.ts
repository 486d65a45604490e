import type { ServiceContext } from '../service/ports.ts';
import type { Identity } from '../service/identity.ts';
import { configuredNames, noNames, type Names } from '../domain/wording/names-nb.ts';
import type { ServiceClient } from './service-client.ts';

/** The two ways a command runs: asking a running serve over HTTP, or on the embedded stack it opened itself. */
export interface Ways<T> {
  http: (client: ServiceClient) => Promise<T>;
  direct: (ctx: ServiceContext) => Promise<T>;
}

/** The names serve has configured (GET /taxonomy); none when the read fails: the lines then show the codes. */
export const namesFromServe = (client: ServiceClient, identity: Identity): Promise<Names> =>
  client.call<Names>(identity, 'GET', '/taxonomy').then(
    (taxonomy) => ({ areas: taxonomy.areas ?? [], documentTypes: taxonomy.documentTypes ?? [] }),
    () => noNames,
  );

/**
 * The command's answer with the names of types and areas for its human lines, as the service that
 * answers has them configured (serve's taxonomy, or the embedded stack's configuration). Through serve
 * the names are asked for after the command's own request has answered, never beside it: a decision is
 * saved whatever the taxonomy read does, so a failing read costs only the names (the lines then show
 * the codes). `--json` prints the API's shape, which has no names: nothing more is asked for.
 */
export function withNames<T>(identity: Identity, ways: Ways<T>, options: { json: boolean }): Ways<{ value: T; names: Names }> {
  return {
    http: async (client) => {
      const value = await ways.http(client);
      return { value, names: options.json ? noNames : await namesFromServe(client, identity) };
    },
    direct: async (ctx) => ({ value: await ways.direct(ctx), names: configuredNames(ctx.config) }),
  };
}
