import { AddressCorrection } from '#schemas/outbox';
import { isStreetLine, parsePostcodeLine } from '../parties/lines.ts';
import { isPostcodeLineOverCountry } from '../parties/one-line-address.ts';
import { postcodeConfirmed, postcodeDoubt, type PostcodeTable } from '../parties/postcodes.ts';
import { addressBlock } from './address-block.ts';
import { NORWAY, POSTAL_COUNTRIES, type PostalCountry } from './postal-countries.ts';
import { brokenPostcodeRule, capitals, findCountry, isNorway, knownOrNorway, postcodeInForm, typedCountry, UNKNOWN_COUNTRY } from './postcode-rules.ts';

/**
 * A postal address a letter can go to, in Norway or abroad: the one rule the letter writer (an address
 * the party reader read), the CLI, the API and the page (an address an archivist writes) share.
 * A letter posted in Norway to Norway names no country; one abroad ends with its country, in capitals,
 * on a line of its own (UPU, as Posten asks). Postcodes differ by country: where the country's rule is
 * known (postal-countries.ts) it is checked and written in the post's own form, elsewhere it is free text.
 */

/** Where an archivist's address breaks a rule: the field and the rule's words (zod's issue; the CLI names the option). */
export interface AddressIssue {
  field: 'postcode' | 'country';
  en: string;
}

export function addressIssues(address: Pick<AddressCorrection, 'postcode' | 'country'>): AddressIssue[] {
  // A country with digits is refused by the schema's own rule already, and said once.
  if (!knownOrNorway(address.country)) return /\d/u.test(address.country ?? '') ? [] : [{ field: 'country', en: UNKNOWN_COUNTRY.en }];
  const broken = brokenPostcodeRule(address.country, address.postcode);
  return broken ? [{ field: 'postcode', en: broken.en }] : [];
}

/** The bokmål words of every rule above, for the sentence that refuses an address (service/problem-words-nb.ts). */
export const postcodeRulesNb: Record<string, string> = {
  ...Object.fromEntries(POSTAL_COUNTRIES.flatMap((c) => (c.postcode ? [[c.postcode.en, c.postcode.nb]] : []))),
  [UNKNOWN_COUNTRY.en]: UNKNOWN_COUNTRY.nb,
};

/** The envelope's lines for an address an archivist wrote; null when they would not read as an address (a slip the schema let through). */
export function envelopeOfCorrection(address: Pick<AddressCorrection, 'street' | 'postcode' | 'place' | 'country'>): string[] | null {
  const clean = (s: string) => s.trim().replace(/\s+/gu, ' ');
  const country = typedCountry(address.country);
  if (!knownOrNorway(address.country)) return null;
  const postcode = postcodeInForm(country.line === null ? NORWAY : country.known, address.postcode);
  if (postcode === null) return null;
  const street = clean(address.street);
  const place = clean(address.place);
  if (country.line === null) {
    const line = `${postcode} ${place}`;
    return parsePostcodeLine(line) ? [street, line] : null;
  }
  if (!/\p{L}/u.test(place)) return null;
  const rule = country.known?.postcode;
  const placeLines = !postcode ? [place] : rule?.ownLine ? [place, postcode] : [`${postcode} ${place}`];
  return [street, ...placeLines, country.line];
}

/** What an address read from a letter lacks, when it cannot go on an envelope. */
export type AddressGap = 'postcode' | 'street' | 'place' | 'country';

export type ReadEnvelope = { lines: string[]; gap?: undefined; doubt?: undefined } | { lines?: undefined; gap: AddressGap; doubt?: undefined } | { lines?: undefined; gap?: undefined; doubt: string };

/**
 * The envelope's lines for an address the party reader read («Storgatan 4 / SE-411 38 Göteborg / Sverige»),
 * used as read, with the country moved to a line of its own in capitals; or what it lacks. An address
 * with no country (or Norway's) is Norwegian and needs Posten's postcode and place; one abroad needs a
 * street and a place, and its postcode is the country's business.
 */
export function envelopeOfRead(address: readonly string[], postcodes?: PostcodeTable): ReadEnvelope {
  const lines = address.map((l) => l.trim()).filter(Boolean);
  const abroad = countryOfRead(lines);
  if (abroad.line === null) return envelopeInNorway(abroad.rest, postcodes);
  const rest = abroad.rest;
  const last = rest.at(-1);
  if (last === undefined) return { gap: 'street' };
  if (rest.length === 1) {
    // «Vestergade 12, 8000 Aarhus C»: street and place on one line, put on two.
    const one = parsePostcodeLine(last);
    if (one?.street) return { lines: [one.street.replace(/[\s,]+$/u, ''), `${one.postcode} ${one.town}`, abroad.line] };
    if (/^[^,]+,\s*\p{L}/u.test(last)) return { lines: [last, abroad.line] };
    return { gap: isStreetLine(last) ? 'place' : 'street' };
  }
  if (!/\p{L}/u.test(last)) return { gap: 'place' };
  // «Flat 3 / 12 High Street / United Kingdom»: the line over the country is a street, so no town is named.
  if (isStreetLine(last) && !parsePostcodeLine(last) && !isPostcodeLineOverCountry(last, abroad.line)) return { gap: 'place' };
  return { lines: [...rest, abroad.line] };
}

/** Parts of Norway a writer may put under a Norwegian postcode line: Svalbard, Jan Mayen and the counties (2024). */
const PART_OF_NORWAY = /^(?:svalbard|jan mayen|oslo|akershus|østfold|buskerud|innlandet|vestfold|telemark|agder|rogaland|vestland|møre og romsdal|trøndelag|nordland|troms|finnmark)\.?$/iu;

/** Posten's postcode, four digits, as a writer in Norway may prefix it («N-0467», «NO-0467»). */
const NORWEGIAN_POSTCODE = /^(?:NO?-)?\d{4}$/u;

function envelopeInNorway(read: string[], postcodes?: PostcodeTable): ReadEnvelope {
  // «9170 Longyearbyen / Svalbard»: Norway, posted by Posten's postcode; the line is not a country.
  const partOfNorway = read.length >= 3 && PART_OF_NORWAY.test(read.at(-1)!) && parsePostcodeLine(read.at(-2)!) !== null;
  const lines = partOfNorway ? read.slice(0, -1) : read;
  const last = lines.at(-1);
  const postcodeLine = last === undefined ? null : parsePostcodeLine(last);
  // «… / 15001 Lima / Peru»: a place with its postcode, then a word: a country the table lacks, not a missing postcode.
  if (!postcodeLine && lines.length >= 3 && /^\p{L}[\p{L} .'-]*$/u.test(last!) && /\d/u.test(lines.at(-2)!) && /\p{L}/u.test(lines.at(-2)!)) return { gap: 'country' };
  if (!postcodeLine) return { gap: 'postcode' };
  // «Storgatan 1 / 111 22 Stockholm»: a postcode of another form than Norway's four digits is an address abroad whose
  // country the letter did not write; the place check below reads four-digit codes only (review 12, H3).
  if (!NORWEGIAN_POSTCODE.test(postcodeLine.postcode)) return { gap: 'country' };
  if (!postcodeLine.street && lines.length < 2) return { gap: 'street' };
  const doubt = postcodes ? placeDoubt(lines, postcodes) : null;
  if (doubt) return { doubt };
  return { lines: addressBlock(lines) };
}

/**
 * A letter posted as Norwegian must reach a Norwegian place: a four-digit postcode whose place is not the
 * code's own in Posten's table is not sent. The party reader lets a place it does not know pass (it may
 * be abroad: «8001 Zürich»); here, with no country kept, it would be posted to Bodø. A code the table
 * lacks passes only for a Norwegian place near it (postcodeDoubt's neighbours: «5501 Haugesund»).
 */
function placeDoubt(lines: readonly string[], postcodes: PostcodeTable): string | null {
  const doubt = postcodeDoubt(lines, postcodes);
  if (doubt) return doubt;
  const line = [...lines].reverse().map(parsePostcodeLine).find((p) => p !== null);
  if (!line || !/^\d{4}$/u.test(line.postcode) || postcodeConfirmed(lines, postcodes)) return null;
  const place = line.town.split(/,\s*/u)[0]!.toUpperCase();
  if (!postcodes.places.has(line.postcode) && postcodes.placeNames.has(place)) return null;
  return postcodes.places.has(line.postcode) ? 'the postcode and the place name do not agree' : 'the postcode does not exist for this place';
}

/**
 * The country as the envelope prints it: as written («UK» too), but the ISO code («SE») or a name in another script
 * («Россия») by the table's name, which Posten's sorting in Norway reads; a trailing dot dropped.
 */
function countryLine(written: string, country: PostalCountry): string {
  const said = written.trim().replace(/\.$/u, '');
  return said.toUpperCase() === country.code || !/\p{Script=Latin}/u.test(said) ? capitals(country.name) : capitals(said);
}

/** The country an address read from a letter ends with: its own line, «, Danmark» after the place, or the postcode's prefix («SE-411 38»). */
function countryOfRead(lines: readonly string[]): { line: string | null; rest: string[] } {
  const last = lines.at(-1);
  if (last === undefined) return { line: null, rest: [] };
  // Norway's own name on a line of its own is not printed on a letter posted in Norway («, Norge» address-block.ts drops).
  const own = findCountry(last);
  if (own) return { line: isNorway(own) ? null : countryLine(last, own), rest: lines.slice(0, -1) };
  const after = /^(?<before>.+),\s*(?<country>[^,\d]+)$/u.exec(last)?.groups;
  const named = after ? findCountry(after.country!) : null;
  if (after && named && !isNorway(named)) return { line: countryLine(after.country!, named), rest: [...lines.slice(0, -1), after.before!.trim()] };
  const prefix = /(?:^|,\s*)(?<prefix>[A-Z]{1,3})-\d/u.exec(last)?.groups?.prefix;
  const prefixed = prefix ? POSTAL_COUNTRIES.find((c) => c.prefixes?.includes(prefix)) : undefined;
  return { line: prefixed ? capitals(prefixed.name) : null, rest: [...lines] };
}

/**
 * The address an archivist writes, as the API, the CLI and the page take it: the contract's shape
 * (schemas/outbox.ts) with the country's postcode rule, each broken rule an issue on its field.
 */
export const addressCorrectionChecked = AddressCorrection.superRefine(
  (address, ctx) => {
    const country = typeof address.country === 'string' ? address.country : undefined;
    for (const issue of addressIssues({ postcode: address.postcode, country })) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.en });
  },
  // Said together with the other lines' slips, so one answer names every field to write again.
  { when: (payload) => typeof (payload.value as { postcode?: unknown } | null)?.postcode === 'string' },
);
