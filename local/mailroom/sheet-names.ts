import path from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { configuredNames, type Names } from '../../domain/wording/names-nb.ts';
import type { Identity } from '../../service/identity.ts';
import { runningServe } from '../serve-info.ts';
import { ServiceClient } from '../service-client.ts';

/**
 * The types and areas a cover sheet may name, with their names: serve's (GET /taxonomy) while serve
 * runs on the data dir, since it may run with another configuration than this process would load;
 * otherwise the configuration the embedded stack loads. Asked before the case is looked up, so a
 * mistyped --type is refused without opening the data dir. A failing read is not hidden: without
 * the list no type could be checked.
 */
export async function sheetNames(dataDir: string, asker: Identity): Promise<Names> {
  const serve = await runningServe(path.resolve(dataDir));
  if (!serve) return configuredNames(loadConfig());
  const taxonomy = await new ServiceClient(serve).call<Names>(asker, 'GET', '/taxonomy');
  return { areas: taxonomy.areas, documentTypes: taxonomy.documentTypes };
}
