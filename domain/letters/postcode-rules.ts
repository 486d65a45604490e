import { NORWAY, POSTAL_COUNTRIES, type PostalCountry, type PostcodeRule } from './postal-countries.ts';

/**
 * The country an archivist or a letter names, and the postcode rule it has (postal-countries.ts): what
 * the API, the CLI and the page check a typed postcode by. Free of the schemas, so the page's bundle
 * carries no zod for it.
 */

/** A name as compared: a trailing dot dropped on both sides, so «U.K.» is the table's «u.k.». */
const fold = (s: string) => s.normalize('NFC').trim().replace(/\.$/u, '').toLocaleLowerCase('nb');
/** A country as the envelope's last line prints it (UPU: capitals). */
export const capitals = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('nb');

/** The country a line names («Sverige», «United Kingdom», «SE»), or null. */
export function findCountry(text: string): PostalCountry | null {
  const said = fold(text);
  if (!said) return null;
  return POSTAL_COUNTRIES.find((c) => c.code.toLowerCase() === said || fold(c.name) === said || c.aliases.some((a) => fold(a) === said)) ?? null;
}

export const isNorway = (country: PostalCountry | null) => country === null || country.code === NORWAY.code;

/** The postcode rule the country is known to have; none for a country the table lacks (null). */
export function postcodeRule(country: PostalCountry | null): PostcodeRule | null {
  return country?.postcode ?? null;
}

/** The postcode in the post's own form («41138» → «411 38»), or null when it breaks the country's rule. Free text where no rule is known. */
export function postcodeInForm(country: PostalCountry | null, postcode: string): string | null {
  const written = postcode.trim().replace(/\s+/gu, ' ');
  const rule = postcodeRule(country);
  if (!rule) return written;
  const match = rule.pattern.exec(written);
  return match ? rule.form(match) : null;
}

/** The country an archivist typed: a known one, one the table lacks (printed as typed), or Norway when nothing was typed. */
export interface TypedCountry {
  known: PostalCountry | null;
  /** The envelope's last line; null for Norway. */
  line: string | null;
}

export function typedCountry(text: string | undefined): TypedCountry {
  const typed = text?.trim() ?? '';
  if (!typed) return { known: null, line: null };
  const known = findCountry(typed);
  if (known && isNorway(known)) return { known: null, line: null };
  // A code or short form («SE», «UK») is printed with its name; a name is printed as the archivist wrote it.
  const line = known && typed.length <= 3 ? capitals(known.name) : capitals(typed);
  return { known, line };
}

/** The postcode rule of the country an archivist typed: Norway's when none is typed, null for a country without a known rule. */
export function typedPostcodeRule(country: string | undefined): PostcodeRule | null {
  const typed = typedCountry(country);
  return typed.line === null ? NORWAY.postcode! : postcodeRule(typed.known);
}

/** The rule of the typed country that the typed postcode breaks, or null: the API's check and the page's hint. */
export function brokenPostcodeRule(country: string | undefined, postcode: string): PostcodeRule | null {
  const typed = typedCountry(country);
  const known = typed.line === null ? NORWAY : typed.known;
  const rule = postcodeRule(known);
  return rule && postcodeInForm(known, postcode) === null ? rule : null;
}

/** A country the table lacks is refused: printed as typed, the case's next letter could not tell it from a Norwegian place. */
export const UNKNOWN_COUNTRY = {
  en: 'a country we know, by its name in Norwegian, English or its own language, or its ISO code (SE)',
  nb: 'et land vi kjenner, med navnet på norsk, engelsk eller landets eget språk, eller landkoden (SE)',
};

/** No country typed (Norway), or one of the table. */
export function knownOrNorway(country: string | undefined): boolean {
  const typed = typedCountry(country);
  return typed.line === null || typed.known !== null;
}
