import { parsePostcodeLine } from '../parties/lines.ts';

/**
 * The recipient's address as a window envelope shows it: a Norwegian postcode and place on a line of
 * their own, under the street, also when the writer put them on one line («Storgata 12, 3612
 * Kongsberg»). Only the last line is looked at, and only a Norwegian postcode line is rewritten: an
 * address abroad ends with its country and is left as written. A letter posted in Norway to Norway
 * names no country, and Posten's form of the postcode has no country prefix: «NO-0467 Oslo» and
 * «3612 Kongsberg, Norge» are written «0467 Oslo» and «3612 Kongsberg».
 */
const NORWAY = /^(?:norge|noreg|norway|norwegen)$/iu;
const NORWEGIAN_POSTCODE = /^(?:(?:NO|N)[-\s])?(\d{4})$/u;

export function addressBlock(address: readonly string[]): string[] {
  const last = address.at(-1);
  const line = last === undefined ? null : parsePostcodeLine(last);
  const postcode = line ? NORWEGIAN_POSTCODE.exec(line.postcode)?.[1] : undefined;
  if (!line || !postcode) return [...address];
  // «8000 Aarhus C, Danmark»: a country after the place, and not Norway's, is an address abroad.
  const [place, country] = line.town.split(/,\s*/u);
  if (country !== undefined && !NORWAY.test(country)) return [...address];
  const street = line.street?.replace(/[\s,]+$/u, '');
  return [...address.slice(0, -1), ...(street ? [street] : []), `${postcode} ${place}`];
}
