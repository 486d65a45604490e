import { parsePostcodeLine } from '../parties/lines.ts';

/**
 * The recipient's address as a window envelope shows it: a Norwegian postcode and place on a line of
 * their own, under the street, also when the writer put them on one line («Storgata 12, 3612
 * Kongsberg»). Only the last line is looked at, and only a Norwegian postcode line (four digits and a
 * place) is split: an address abroad ends with its country and is left as written.
 */
const NORWAY = /^(?:norge|noreg|norway|norwegen)$/iu;

export function addressBlock(address: readonly string[]): string[] {
  const last = address.at(-1);
  const line = last === undefined ? null : parsePostcodeLine(last);
  if (!line?.street || !/^\d{4}$/u.test(line.postcode)) return [...address];
  // «8000 Aarhus C, Danmark»: a country after the place, and not Norway's, is an address abroad.
  const country = line.town.split(/,\s*/u)[1];
  if (country !== undefined && !NORWAY.test(country)) return [...address];
  return [...address.slice(0, -1), line.street.replace(/[\s,]+$/u, ''), `${line.postcode} ${line.town}`];
}
