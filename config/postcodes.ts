import postalCodes from 'norway-postal-codes';
import { postcodeTable, type PostcodeTable } from '#domain/parties/index';

/**
 * Posten's Norwegian postcodes as data, from the norway-postal-codes package (pinned in
 * package.json; imported statically so esbuild bundles it into the Lambda, and nothing is fetched at
 * run time). Built once, at the edge, and given to the party reader, which checks every address's
 * postcode against its place.
 */
let cached: PostcodeTable | undefined;

export function norwegianPostcodes(): PostcodeTable {
  cached ??= postcodeTable(postalCodes);
  return cached;
}
