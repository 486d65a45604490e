import { POSTAL_COUNTRIES } from '../letters/postal-countries.ts';

/**
 * What one line of a letter head can be: a postcode-and-town line, a street or box line, a person's
 * name, or the mailroom's stamp. Strict on purpose: a line that only nearly looks like an address
 * (an OCR misread such as "O467 0slo") is not one, so the caller withholds the address instead of
 * sending a letter about someone's health to a street that does not exist.
 */

/** Letters of names and towns in the languages the product reads (no digits, no symbols). */
const L = "\\p{L}";
/** A capitalised word of a name: "Kari", "Holm-Larsen", "O'Brien", "McDonald". */
const NAME_WORD = `\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}[\\p{Ll}'’]+)?`;
/** An initial ("Kari M. Nordmann"), never the last word of a name. */
const INITIAL = `\\p{Lu}\\.`;
const PARTICLE = "(?:von|van|der|de|da|af|al|el|bin|le|la|du|di|dos|del)";
const WORD_OR_INITIAL = `(?:${NAME_WORD}|${INITIAL})`;

/** A person's name: two to five words on one line, initials and particles allowed ("Ahmed al Hussain", "Anne-Marie van der Berg"). */
export const PERSON_NAME = `${WORD_OR_INITIAL}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${WORD_OR_INITIAL}){0,3}[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${NAME_WORD}`;
const PERSON_NAME_LINE = new RegExp(`^${PERSON_NAME}$`, 'u');

/**
 * The country prefixes a writer abroad puts before a postcode of four or five digits («A-1010 Wien», «CH-8001
 * Zürich», «D-10115 Berlin»): every prefix of the letters' table of countries (domain/letters/postal-countries.ts),
 * so a postcode the letter writer can post to is read, and Norway's own «N-»/«NO-». Sweden's and Poland's
 * postcodes have their own shapes below.
 */
const PREFIXES = [...new Set(['N', 'NO', ...POSTAL_COUNTRIES.flatMap((c) => (c.code === 'SE' || c.code === 'PL' ? [] : (c.prefixes ?? [])))])].sort((a, b) => b.length - a.length).join('|');
/** A Norwegian postcode (4 digits) or a Nordic/EEA one with its country prefix, then the town. */
const POSTCODE = `(?:(?:SE|S)-\\d{3}\\s?\\d{2}|SE\\s\\d{3}\\s?\\d{2}|(?:${PREFIXES})-\\d{4,5}|(?:DK|FI|NO|IS)\\s\\d{4,5}|PL-\\d{2}-\\d{3}|\\d{4}|\\d{3}\\s\\d{2})`;
const TOWN_WORD = `\\p{Lu}(?:[${L}'’-]|\\.(?!\\p{Ll}))*`;
const TOWN = `${TOWN_WORD}(?:\\s(?:${TOWN_WORD}|[A-ZÆØÅ]|i|på|an|am|de|del|sur))*(?:,\\s\\p{Lu}[${L}]+)?`;
const POSTCODE_LINE = new RegExp(`^(?:(?<street>.+?),\\s*)?(?<postcode>${POSTCODE})\\s+(?<town>${TOWN})$`, 'u');

/**
 * Street and number ("Storgata 12B", "Kirkeveien 4 H0301", Danish "Skovvejen 12, 1. th." or "2. sal",
 * Swedish "Storgatan 3 lgh 1102", Spanish "Calle Real 8, 5º C"), a post box (its delivery office after it, with or without a
 * comma: "Postboks 7 Sentrum", "Postboks 7, Sentrum"), or a c/o line.
 */
const STREET = new RegExp(
  `^(?:(?:ul\\.\\s|al\\.\\s)?\\p{Lu}[${L}.'’-]*(?:\\s[${L}.'’-]+){0,3}\\s\\d{1,4}(?:[-/]\\d{1,4})?(?:\\s?[A-Za-z](?:\\s\\d{1,3}(?!\\d))?)?(?:[,\\s]+(?:H\\d{4}|leil(?:ighet|\\.)?\\s?(?:H\\d{4}|\\d+)|\\d+\\.\\s?etg\\.?|\\d+(?:st|nd|rd|th)\\sfloor|(?:\\d{1,2}\\.|st\\.|kl\\.)\\s?(?:th|tv|mf)\\.?|\\d{1,2}\\.\\s?sal|[Ll]gh\\.?\\s?\\d{3,4}|\\d{1,2}[º°ª]\\s?(?:[A-Z]|izq|dcha|der)?\\.?))?` +
    `|(?:(?:Flat|Apt|Apartment|Unit)\\s\\d{1,4}[A-Z]?,\\s)?\\d{1,4}[A-Za-z]?\\s\\p{Lu}[${L}'’-]*(?:\\s\\p{Lu}?[${L}'’-]+){0,3}(?:,?\\s(?:Apt|Apartment|Unit|Suite)\\.?\\s?\\d{0,4}[A-Z]?)?` + // "14 High Street", "880 Birch Lane, Apt 2C", "Flat 3, 12 King Street"
    // "12 rue de la Paix", "12, rue de la Paix", "3 bis avenue Foch": France's number before a street kind in lower case.
    `|\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s(?:rue|avenue|av\\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours|passage|square)\\s[${L}'’.-]+(?:\\s[${L}'’.-]+){0,5}` +
    `|(?:Postboks|Pb\\.|Boks|Box|Postbox|P\\.O\\. Box|Postfach)\\s\\d{1,5}(?:,?\\s\\p{Lu}[${L}.'’ -]*)?` +
    `|(?:c\\/o|C\\/O)\\s?${PERSON_NAME}` +
    `|(?:Leil(?:ighet|\\.)?\\s?)?H\\d{4}|[Ll]gh\\.?\\s?\\d{3,4}` +
    // "Åsen omsorgssenter, rom 308": a care home and the resident's room, a line of the address.
    `|\\p{Lu}[${L}.'’ -]*,\\s*(?:[Rr]om|[Rr]oom|[Rr]um|[Vv]ærelse)(?:\\s*nr\\.?)?\\s*\\d{1,4})$`,
  'u',
);

/** Stamps and marks the mailroom adds to a page; they sit between lines of a head and are skipped. */
const STAMP = /^(?:MOTTATT|Mottatt|SKANNET|Skannet|Journalført|JOURNALFØRT|Kopi|KOPI)\b.*$|^[^\p{L}\p{N}]*$/u;

/** OCR reads specks and rules at a line's start as these; they are no part of the address. */
export function cleanLine(line: string): string {
  return (
    line
      .replace(/^[\s_|•·~*>\-–.,'"`]+/u, '')
      .replace(/(?<![\s_|])[\s_|]+$/u, '')
      .replace(/\s{2,}/gu, ' ')
      // A space OCR lost between a postcode and its place ("1363Høvik") or a street and its number
      // ("Skolegata54, 6390 Vestnes"): digits glued to a word never belong together in an address.
      .replace(/(^|,\s)(\d{4})(?=\p{Lu}\p{Ll}{2})/u, '$1$2 ')
      .replace(/^(\p{Lu}\p{Ll}{3,})(?=\d{1,4}[A-Z]?(?:,|$))/u, '$1 ')
  );
}

export interface PostcodeLine {
  street: string | null;
  postcode: string;
  town: string;
}

export function parsePostcodeLine(line: string): PostcodeLine | null {
  const m = POSTCODE_LINE.exec(line);
  if (!m?.groups) return null;
  const street = m.groups.street ?? null;
  // "Tlf. 22 33 44 55" and "Org.nr. 912 345 678" are numbers too; a town has letters only.
  if (/\d/u.test(m.groups.town!)) return null;
  if (street !== null && !isStreetLine(street) && !isPersonName(street)) return null;
  return { street, postcode: m.groups.postcode!, town: m.groups.town! };
}

export function isPostcodeLine(line: string): boolean {
  return parsePostcodeLine(line) !== null;
}

export function isStreetLine(line: string): boolean {
  return STREET.test(line) && !/^(?:Tlf|Telefon|Tel|Org|Mob|Side|Page|Sida|Dato|Date|Datum|Adresse|Adressa|Adress|Address|Adr|Postadresse|Gateadresse|Fødselsnummer|Fødselsnr|Personnummer)\b/iu.test(line) && !SENTENCE_START.test(line);
}

/** Words that start a sentence about where someone lives ("Hun bor i Storgata 5"), never a street's name. */
const SENTENCE_START = /^(?:Hun|Han|Ho|Hon|Jeg|Eg|Jag|Vi|Dei|De|She|He|We|They|I|My|Min|Mi|Mitt|Hans|Hennes|Hennar|Adressen|Adressa|Svar|Send)\s/u;

export function isPersonName(line: string): boolean {
  return PERSON_NAME_LINE.test(line) && !ORGANISATION_WORD.test(line) && !COMMON_WORD.test(line);
}

export function isStamp(line: string): boolean {
  return STAMP.test(line);
}

/** Words that make a capitalised line an organisation, not a person. */
export const ORGANISATION_WORD =
  /\b(?:AS|ASA|DA|ANS|HF|SA|AB|ApS|Ltd|GmbH|Helfo|HELFO|NAV|Nav|Pasientreiser|Advokat\p{L}*|Legekontor|Legesenter|Legesenteret|Sykehus\p{L}*|Sjukehus\p{L}*|Klinikk\p{L}*|Klageorgan\p{L}*|Helseklage|Trygderetten|Kommune|Universitet\p{L}*|Hospital|Clinic|Clínica|Centre|Center|Vårdcentral\p{L}*|Lægehus\p{L}*|Tannlege\p{L}*|Tannklinikk\p{L}*|Medical|Practice|Helse)\b/u;

/** Capitalised words that start the lines of a letter but are no names ("Med vennlig hilsen", "Klage Vedtak"). */
const COMMON_WORD =
  /^(?:Med|Vennlig|Venleg|Hilsen|Helsing|Mvh|Klagesak|Klagesaken|Klagesaka|Klage|Klaga|Anke|Ang(?=\.)|Vedtak|Vedr|Gjelder|Gjeld|Sak|Saken|Dato|Til|Fra|Frå|Kopi|Vedlegg|Side|Yours|Kind|Best|Dear|Mange|Kære|Hej|Hei|Bästa|Vänliga|Venlig|Angående|Subject|Re|Regards|Sincerely|Oslo|Bergen|Trondheim|Stavanger|Tromsø|Drammen|Ålesund|Bodø|Hamar|Kristiansand|Fredrikstad|Førde|Hønefoss|Hammerfest|Haugesund|Lillehammer|Tønsberg|Skien|Fastlege|Lege|Overlege|Spesialist|Rådgiver|Saksbehandler|Seniorrådgiver|Erklæring|Legeerklæring|Merknader|Samtykke|Faktura|Begjæring|Krav|Oversendelse|Fullmakt|Jeg|Eg|Vi|Jag|I|We|Navn|Namn|Name|Fornavn|Etternavn|Adresse|Adress|Address|Fødselsnummer|Personnummer|Undertegnede|Undertegnade|Undertecknad|Undersigned|Pasienten|Klageren|Klagaren|Søsteren|Broren|Moren|Faren|Datteren|Sønnen|Kona|Mannen)\b/u;

/** A title under or beside a name that makes its writer a professional writing about someone, never the party. */
export const PROFESSIONAL =
  /\b(?:lege|fastlege|overlege|spesialist|psykolog|psykiater|tannlege|tannpleier|fysioterapeut|kiropraktor|sykepleier|jordmor|sakkyndig|rådgiver|saksbehandler|konsulent|physician|doctor|läkare|læge|specialist)/iu;

/** A name written in capitals as a person writes it: 'KARI NORDMANN-BERG' → 'Kari Nordmann-Berg'. */
export const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
