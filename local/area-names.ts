import type { ServiceContext } from '../service/ports.ts';
import type { Identity } from '../service/identity.ts';
import type { Areas } from '../domain/wording/names-nb.ts';
import type { ServiceClient } from './service-client.ts';

/** The two ways a command runs: asking a running serve over HTTP, or on the embedded stack it opened itself. */
export interface Ways<T> {
  http: (client: ServiceClient) => Promise<T>;
  direct: (ctx: ServiceContext) => Promise<T>;
}

/**
 * The command's answer with the areas' names for its human lines, as the service that answers has them
 * configured (serve's taxonomy, or the embedded stack's configuration). Through serve the names are
 * asked for after the command's own request has answered, never beside it: a decision is saved whatever
 * the taxonomy read does, so a failing read costs only the names (the lines then show the area codes).
 * `--json` prints the API's shape, which has no names: nothing more is asked for.
 */
export function withAreaNames<T>(identity: Identity, ways: Ways<T>, options: { json: boolean }): Ways<{ value: T; areas: Areas }> {
  return {
    http: async (client) => {
      const value = await ways.http(client);
      if (options.json) return { value, areas: [] };
      const areas = await client.call<{ areas: Areas }>(identity, 'GET', '/taxonomy').then(
        (taxonomy) => taxonomy.areas,
        () => [],
      );
      return { value, areas };
    },
    direct: async (ctx) => ({ value: await ways.direct(ctx), areas: ctx.config.areas }),
  };
}
