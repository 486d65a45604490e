import postalCodes from 'norway-postal-codes';
import { z } from 'zod';
import { postcodeTable, type PostcodeTable } from '#domain/parties/index';
import parallel from './parallel-place-names.json' with { type: 'json' };

/**
 * Posten's Norwegian postcodes as data, from the norway-postal-codes package (pinned in
 * package.json; imported statically so esbuild bundles it into the Lambda, and nothing is fetched at
 * run time), with the official Sami parallel names of postal places (parallel-place-names.json).
 * Built once, at the edge, and given to the party reader, which checks every address's postcode
 * against its place.
 */
const ParallelPlaceNames = z.object({ $comment: z.string().optional(), names: z.record(z.string().min(2), z.string().min(2)) });

let cached: PostcodeTable | undefined;

export function norwegianPostcodes(): PostcodeTable {
  if (cached) return cached;
  const { names } = ParallelPlaceNames.parse(parallel);
  const places = new Set(Object.values(postalCodes).map((p) => String(p).toUpperCase()));
  const unknown = Object.values(names).filter((place) => !places.has(place.toUpperCase()));
  if (unknown.length) throw new Error(`config/parallel-place-names.json names postal places Posten does not have: ${unknown.join(', ')}`);
  cached = postcodeTable(postalCodes, names);
  return cached;
}
