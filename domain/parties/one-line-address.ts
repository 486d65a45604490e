import { POSTAL_COUNTRIES } from '../letters/postal-countries.ts';
import { isPersonName, isStreetLine, parsePostcodeLine } from './lines.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * An address written on one line, as people write it in a sentence, a table cell or a copy line:
 * "c/o Per Lunde, Storgata 1, 0467 Oslo", "Vestergade 12, 2. tv., 8000 Aarhus C, Danmark",
 * "Calle Mayor 4, 29680 Estepona, Spania", "14 Mill Lane, Cambridge CB1 2AB, United Kingdom".
 * Returned as the lines a letter's window would show; null when any part does not read as its part,
 * so a sentence that only resembles an address gives none.
 */

/**
 * Country names a writer abroad puts under the address, in the languages the product reads: every name of
 * the letters' table of countries (domain/letters/postal-countries.ts), so the reader keeps every country
 * line the letter writer can post to («Schweiz», «Österreich»), and «8001 Zürich» over it is not read as
 * Bodø's postcode. Codes («SE») are left out: a line of two capitals is too often something else.
 */
const countryNames = POSTAL_COUNTRIES.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLocaleLowerCase('nb').replace(/\.$/u, ''));
export const COUNTRY = new RegExp(`^(?:${[...new Set(countryNames)].sort((a, b) => b.length - a.length).map(regExpLiteral).join('|')})\\.?$`, 'iu');

/**
 * A postcode line abroad that Norway's patterns do not cover: "29680 Estepona", "Cambridge CB1 2AB", and
 * the city before a state and ZIP code ("Duluth, MN 55802"), a province and postal code ("Toronto, ON M5V
 * 2J4") or an Australian state and postcode ("Bondi NSW 2026").
 */
const FOREIGN_POSTCODE_LINE = /^(?:(?:[A-Z]{1,2}-)?(?:\d{3}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2})\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}|(?:[A-Z]{1,2}-)?\d{5}\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}|\p{Lu}[\p{L}'’-]*(?:\s(?:upon|on|under|le)(?=\s\p{Lu}))?(?:\s\p{Lu}[\p{L}'’-]*)?\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4}|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2},?\s(?:[A-Z]{2}\s\d{5}(?:-\d{4})?|[A-Z]{2}\s[A-Z]\d[A-Z]\s\d[A-Z]\d|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}))$/u;

/**
 * An Irish or British locality with a comma, a county or a district before the code, as English layouts write it
 * («Howth, Dublin D13 X2P4», «Dún Laoghaire, Co. Dublin A96 K2R8», «Salford, Manchester M5 3EQ», QA L09 and L40).
 */
const LOCALITY_THEN_CODE =
  /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2},\s(?:Co\.?\s|County\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?,?\s(?:[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$/u;

/**
 * A Dublin district with its Eircode after it («Dublin 3, D03 K2V8», «Dublin 6W, D6W Y2K4», QA s21 A06): only when the
 * code's routing key is the district's own (D03 for Dublin 3), so a line whose two halves disagree is not read as sure.
 */
const DUBLIN_DISTRICT_THEN_CODE = /^(?:Dublin|Baile Átha Cliath)\s(?<district>[1-9]|1\d|2[0-4]|6W),?\s(?<key>D\d[\dW])\s?[\dAC-FHKNPRTV-Y]{4}$/u;

function isDublinDistrictThenCode(line: string): boolean {
  const m = DUBLIN_DISTRICT_THEN_CODE.exec(line)?.groups;
  return m !== undefined && m.key === `D${m.district!.padStart(2, '0')}`;
}

export function isForeignPostcodeLine(line: string): boolean {
  return FOREIGN_POSTCODE_LINE.test(line) || LOCALITY_THEN_CODE.test(line) || isDublinDistrictThenCode(line);
}

/**
 * Over the line of a country that writes the code after the city, a city and its number is a postcode line
 * ("Auckland 1010" over "New Zealand", "Dublin 8" over "Ireland"). Anywhere else it reads as a street, and a
 * street over the country is still one ("Storgata 12", "Main Street 4" over "Ireland"): only Dublin has
 * districts by number in Ireland (1–24, 6W), and a New Zealand code has four digits after a name that is no
 * street's.
 */
const DUBLIN_DISTRICT = /^(?:Dublin|Baile Átha Cliath)\s(?:[1-9]|1\d|2[0-4]|6W)$/u;
const CITY_THEN_CODE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\s\d{4}$/u;
/** The kind of street a name ends in: "Storgata", "Kauri Road", "Main Street". */
const STREET_KIND = /(?:gat[ae]n?|gaten|vei|veien|veg|vegen|vejen?|v[äå]g(?:en)?|allé|plass|street|st|road|rd|avenue|ave|lane|drive|terrace|place|crescent|close|way|parade|quay|square)\.?\s\d+$/iu;

/** A province after the town, as Spain and Italy write it over the country ("03590 Altea, Alicante"). */
/** Or in brackets ("03502 Benidorm (Alicante)", QA L05). */
const PROVINCE = /(?<=^\d{5}\s[^,(]+)(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}|\s\(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\))$/u;

export function isPostcodeLineOverCountry(line: string, country: string): boolean {
  if (isForeignPostcodeLine(line.replace(PROVINCE, ''))) return true;
  if (/^(?:ireland|irland)$/iu.test(country.trim())) return DUBLIN_DISTRICT.test(line);
  return /^(?:new zealand|ny-zealand)$/iu.test(country.trim()) && CITY_THEN_CODE.test(line) && !STREET_KIND.test(line);
}

/**
 * A British postcode on a line of its own under the post town, as Royal Mail asks for it («Cambridge» over
 * «CB1 2AB») and as the letter writer prints it (postal-countries.ts, `ownLine`).
 */
const UK_POSTCODE_ALONE = /^[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$/u;
/** A post town: «Cambridge», «Milton Keynes», «Newcastle upon Tyne», «Stratford-upon-Avon» (no digits, no street). */
const POST_TOWN = /^\p{Lu}[\p{L}'’]*(?:[\s-](?:upon|on|under|le|\p{Lu}[\p{L}'’]*)){0,3}$/u;

export function isUkPostcodeAlone(line: string): boolean {
  return UK_POSTCODE_ALONE.test(line);
}

export function isPostTown(line: string): boolean {
  return POST_TOWN.test(line) && !COUNTRY.test(line) && !isStreetLine(line);
}

const FLOOR = /^(?:\d{1,2}\.|st\.|kl\.)\s?(?:th|tv|mf)\.?$/iu;
const CARE_OF = /^c\/o\s/iu;
/**
 * A Norwegian flat after the street's number, kept on the street's line: «leil. H0203», «H0203», «leilighet 3»
 * (Matrikkelen's bruksenhetsnummer or the house's own). Only what the street check then accepts gives an address; «bolig
 * 12», «leil 12B» or a bare «K1234» are joined but still refused there, so such a letter is held for its address.
 */
const FLAT = /^(?:(?:leil\.?|leilighet|leilegheit|bolig|bustad)\s?(?:[HUKL]\d{4}|\d{1,4}[A-Za-z]?)|[HUKL]\d{4})$/iu;

export function parseOneLineAddress(value: string): string[] | null {
  const parts = value.replace(/[\s.;,]+$/u, '').split(/\s*,\s*/u).filter((p) => p !== '');
  if (parts.length < 2) return null;
  const country = COUNTRY.test(parts.at(-1)!) ? parts.pop()! : null;
  const postcode = parts.pop()!;
  const norwegian = parsePostcodeLine(postcode);
  if (!(norwegian && norwegian.street === null) && !(country && isForeignPostcodeLine(postcode))) return null;
  const lines: string[] = [];
  if (parts.length > 0 && CARE_OF.test(parts[0]!)) {
    if (!isPersonName(parts[0]!.replace(CARE_OF, '').trim()) && !/^c\/o\s\p{Lu}/u.test(parts[0]!)) return null;
    lines.push(parts.shift()!);
  }
  // "12, rue de la Paix": the French comma after the number is no part boundary (the street line says whether it is one).
  if (parts.length === 2 && /^\d{1,4}(?:\s?(?:bis|ter))?$/u.test(parts[0]!)) parts.splice(0, 2, `${parts[0]}, ${parts[1]}`);
  if (parts.length === 2 && (FLOOR.test(parts[1]!) || FLAT.test(parts[1]!))) parts.splice(0, 2, `${parts[0]}, ${parts[1]}`);
  if (parts.length !== 1) return null;
  const street = parts[0]!;
  if (!isStreetLine(street) && !isForeignStreet(street, country)) return null;
  lines.push(street, postcode);
  if (country) lines.push(country);
  return lines;
}

/** "Calle del Sol 14", "Urb. Las Palmeras 3": streets abroad that Norway's street pattern misses. */
function isForeignStreet(street: string, country: string | null): boolean {
  return country !== null && /^(?:\p{Lu}[\p{L}.'’-]*\s)(?:[\p{L}.'’-]+\s){0,3}\d{1,4}[A-Za-z]?$|^\d{1,4}\s\p{Lu}[\p{L}'’ -]+$/u.test(street);
}

/**
 * A name before the first comma, then an address on the rest of the line: "Fjeldstad Kiropraktikk,
 * Strandveien 12, 1366 Lysaker", "Kari Nordmann, Storgata 1, 0467 Oslo". The lead is a name
 * (capitalised, no street or postcode line); whose it is — a business, a person — is for the caller to say.
 */
export function leadThenAddress(line: string): { lead: string; address: string[] } | null {
  const comma = line.indexOf(',');
  if (comma <= 0) return null;
  const lead = line.slice(0, comma).trim();
  if (!/^\p{Lu}/u.test(lead) || isStreetLine(lead) || parsePostcodeLine(lead)) return null;
  const address = parseOneLineAddress(line.slice(comma + 1).trim());
  return address ? { lead, address } : null;
}
