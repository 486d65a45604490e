import { createRequire } from 'node:module';
import { postcodeTable, type PostcodeTable } from '#domain/parties/index';

/**
 * Posten's Norwegian postcodes as data, from the norway-postal-codes package (pinned in
 * package.json; bundled, nothing is fetched at run time). Loaded once, at the edge, and given to the
 * party reader, which checks every address's postcode against its place.
 */
let cached: PostcodeTable | undefined;

export function norwegianPostcodes(): PostcodeTable {
  cached ??= postcodeTable(createRequire(import.meta.url)('norway-postal-codes') as Record<string, string>);
  return cached;
}
