import { distance as editDistance } from 'fastest-levenshtein';
import { parsePostcodeLine, titleCase } from './lines.ts';
import { foldDiacritics } from '../text/fold.ts';

/**
 * Whether an address's postcode and place agree, by Posten's table of Norwegian postcodes. The table
 * is given to the domain (config/postcodes.ts reads it from the norway-postal-codes package), never
 * read here. A misread digit or place ("6300 Førde", "6800 Forde") sends a letter about someone's
 * health to the wrong door, so an address whose code and place disagree is withheld, not corrected.
 * A misread that lands on another code of the same place ("0176 Oslo" for "0170 Oslo") passes: the
 * table cannot tell.
 */
export interface PostcodeTable {
  /** Postcode (4 digits) to its postal place, in capitals as Posten writes it ("KRISTIANSAND S"). */
  readonly places: ReadonlyMap<string, string>;
  /** Every postal place, in capitals. */
  readonly placeNames: ReadonlySet<string>;
  /** Official parallel names (Sami) to the postal place Posten writes, both in capitals ("KÁRÁŠJOHKA" -> "KARASJOK"). */
  readonly parallelNames?: ReadonlyMap<string, string>;
}

export function postcodeTable(codes: Readonly<Record<string, string>>, parallelNames: Readonly<Record<string, string>> = {}): PostcodeTable {
  const places = new Map(Object.entries(codes).map(([code, place]) => [code, place.toUpperCase()]));
  const parallel = new Map(Object.entries(parallelNames).map(([name, place]) => [name.toUpperCase(), place.toUpperCase()]));
  return { places, placeNames: new Set([...places.values(), ...parallel.keys()]), parallelNames: parallel };
}

/** A postal place as a person writes it: 'MO I RANA' -> 'Mo i Rana', 'KRISTIANSAND S' -> 'Kristiansand S'. */
export const placeNameCase = (place: string): string => titleCase(place).replace(/ (I|På) /gu, (m) => m.toLowerCase());

/** Written without Norwegian letters, as a keyboard abroad does: TROMSO, BODO, AALESUND. */
const ascii = (s: string) => fold(s).replace(/AA/gu, 'A');

/**
 * The written place is the table's place: the same name, with or without Posten's district letters
 * ("OSLO S" for OSLO, "KRISTIANSAND" for KRISTIANSAND S), an official parallel name, or, when a person
 * typed it, spelt in ASCII. Read by OCR, a lost diacritic ("6002 Alesund") may be a misread and is not
 * taken as the place.
 */
function samePlace(written: string, expected: string, table: PostcodeTable, typed: boolean): boolean {
  const name = table.parallelNames?.get(written) ?? written;
  const bare = (s: string) => s.replace(DISTRICT, '');
  return name === expected || bare(name) === bare(expected) || (typed && ascii(bare(name)) === ascii(bare(expected)));
}

export interface PostcodeCheck {
  /** Typed by a person (an archivist releasing a held letter), not read by OCR: ASCII spellings are the place. */
  typed?: boolean;
}

const NORWAY = /^(?:norge|noreg|norway|norwegen)$/iu;
/** Posten's district letters after a place ("KRISTIANSAND S", "OSLO N"), which writers leave out. */
const DISTRICT = /\s\p{Lu}{1,2}$/u;
const fold = (s: string) => foldDiacritics(s).toUpperCase();

/**
 * Why the address's postcode line cannot be trusted, or null when it agrees with the table or is not
 * Norwegian (a foreign code, a country named, or a place the table does not know and nothing like
 * the code's own place: "5000 Odense C" is Danish, not a misread of Norwegian 5000).
 */
export function postcodeDoubt(address: readonly string[], table: PostcodeTable, check: PostcodeCheck = {}): string | null {
  const typed = check.typed === true;
  const line = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  if (!line || !/^\d{4}$/u.test(line.postcode)) return null;
  const [place, country] = line.town.split(/,\s*/u) as [string, string | undefined];
  if (country !== undefined && !NORWAY.test(country)) return null;
  const written = place.toUpperCase();
  const expected = table.places.get(line.postcode);
  if (expected === undefined) {
    // A code the table does not list but whose neighbours ("5501 HAUGESUND" for 5500) are the written
    // place reaches the place all the same; a known place far from its code is a misread.
    if (!table.placeNames.has(written)) return null;
    const prefix = line.postcode.slice(0, 3);
    const neighbours = [...Array(10).keys()].map((d) => table.places.get(`${prefix}${d}`)).filter((p): p is string => p !== undefined);
    return neighbours.some((p) => samePlace(written, p, table, typed)) ? null : 'the postcode does not exist for this place';
  }
  if (samePlace(written, expected, table, typed)) return null;
  const near = editDistance(fold(written), fold(expected.replace(DISTRICT, ''))) <= 2;
  // A known place, also with district letters added ("OSLO S"), is another place, not a misread.
  return table.placeNames.has(written) || table.placeNames.has(written.replace(DISTRICT, '')) || near ? 'the postcode and the place name do not agree' : null;
}

/** A Norwegian postcode line whose place is the table's own for the code (a corroboration, not a doubt). */
export function postcodeConfirmed(address: readonly string[], table: PostcodeTable): boolean {
  const line = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  if (!line || !/^\d{4}$/u.test(line.postcode)) return false;
  const expected = table.places.get(line.postcode);
  const written = line.town.toUpperCase();
  return expected !== undefined && samePlace(written, expected, table, false);
}
