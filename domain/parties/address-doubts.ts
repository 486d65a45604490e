import { parsePostcodeLine } from './lines.ts';
import { COUNTRY } from './one-line-address.ts';
import { postcodeConfirmed, postcodeDoubt, type PostcodeTable } from './postcodes.ts';

/**
 * Why an address read from a letter should not be used, or null. Each check is one kind of misread
 * that still looks like an address: a postcode whose place is another (Posten's table, when given),
 * and a Swedish street whose "-vägen" OCR read as "-vågen" or "-vagen" (ä, å and a are the letters
 * scanners confuse most; Swedish streets end in "-vägen", never in "-vågen").
 */
/** Two people over one head's address (spouses) and no line that says which of them appeals. */
export const HOUSEHOLD_DOUBT = 'the head names two people and the letter does not say which of them appeals';
/** Withheld when the letter gives the appellant two addresses (domain/letters/held-reasons.ts words it in bokmål). */
export const TWO_ADDRESSES = 'the letter writes two different addresses for the appellant';

/** Withheld when two words of the name or the address run together as a scan joins them ("KongOscars gate"). */
export const GLUED_WORDS = 'the name or the address has two words run together (a scan mark)';

/** Withheld when a line of the address shows the marks a scan leaves inside words. */
export const DAMAGED_LINE = 'the address has a line the scan damaged';

export function addressDoubt(address: readonly string[], postcodes?: PostcodeTable): string | null {
  if (address.length === 0) return null;
  return (postcodes ? postcodeDoubt(address, postcodes) : null) ?? swedishStreetDoubt(address) ?? damagedLineDoubt(address, postcodes ? postcodeConfirmed(address, postcodes) : false);
}

/**
 * Marks OCR leaves inside an address that no writer writes: an apostrophe between two lower-case
 * letters ("Lil'levannsveien", "Marszałko'wska") or inside a word in capitals ("SOLHAUGVEGE'N"), a
 * dot between two lower-case letters ("Strandpro.menaden"), and a word broken before its last letter
 * ("Tårnvege n 22"). (An accented e inside a word is no mark: "Linnégatan", "Allégade" are streets.) Each only where the language cannot write it: the apostrophe except in English, French and
 * Italian addresses ("12 St John's Road", "Via dell'Orso"); the lone lower-case letter only in a
 * Nordic address, and never "i" or "å" ("Mo i Rana", "Bogen i Ofoten") — abroad it is a word
 * ("Calle Ramón y Cajal 4", "Rua da Paz e Silva").
 */
const INNER_APOSTROPHE = /\p{Ll}['’`]\p{Ll}|\p{Lu}{2}['’`]\p{Lu}/u;
/** A dot between two lower-case letters ("Strandpro.menaden 90"): no abbreviation is written so, in any language. */
const INNER_DOT = /\p{Ll}\.\p{Ll}/u;
const BROKEN_WORD = /(?<=\p{L})\s(?![iå]\s)\p{Ll}(?=\s|\d|,|$)/u;
/** Countries whose languages put an apostrophe inside a word of an address, as a letter abroad names them. */
const APOSTROPHE_COUNTRY = /^(?:storbritannia|storbritannien|united kingdom|uk|england|scotland|wales|irland|ireland|usa|united states|canada|australia|frankrike|france|belgia|belgium|italia|italy)$/iu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$/u;
/** A postcode the Nordic countries write: four digits (Norway, Denmark), "123 45" or with SE/DK/N/NO prefix. */
const NORDIC_POSTCODE = /^(?:(?:SE|S|DK|N|NO)-|(?:SE|DK|NO)\s)?(?:\d{4}|\d{3}\s?\d{2})$/u;
const NORDIC_COUNTRY = /^(?:norge|noreg|norway|sverige|sweden|danmark|denmark)$/iu;

/**
 * A hyphen inside a word before a lower-case letter ("Ves-tre gate", "Lille-vannsveien", "Rue-de
 * France") or at the end of a line ("D-10115 Berlin-"): a scan's mark, not a writer's — compound
 * names join capitals ("Nord-Trøndelag", "Karl-Marx-Straße"), a suspended compound has its space
 * after the hyphen ("bo- og behandlingssenter").
 */
const INNER_HYPHEN = /\p{L}-\p{Ll}|\p{L}-$/u;
/**
 * An accented e inside a word of a Norwegian street ("Bryggeveién", "Løkkégata", "Solvangvégen"):
 * Norwegian spelling has it only in "allé" and the words made from it. Only where Posten's table
 * confirms the postcode (Swedish "Linnégatan" and Danish "Allégade" are streets).
 */
const NORWEGIAN_ACCENT = /[éè](?=\p{L})/u;
const ALLE = /all[éè]/iu;

/**
 * A Norwegian street line is capitalised words, a number and the kind of street in lower case
 * ("Kongens gate 5", "Øvre Ullern terrasse 14"): a lower-case piece of another word ("Bra ttlikollen
 * 89", "Elv ebakken 3") is a word the scan broke.
 */
const STREET_WORD = /^(?:gate|gata|gaten|gt|vei|veien|veg|vegen|vn|allé|alle|terrasse|terrassen|plass|plassen|bakke|bakken|brygge|bryggen|torg|torget|park|parken|sti|stien|løkka|lia|vik|haugen|i|på|ved|og|v|c|o|lgh|leil|leilighet|rom|nr|st|tv|th|mf|sal|etg|etasje|boks|postboks|pb)\.?$/u;
const lowerPieces = (line: string) => line.split(/[\s,]+/u).filter((w) => /^\p{Ll}/u.test(w) && !/\d/u.test(w) && !STREET_WORD.test(w.replace(/[./]+$/u, '')) && !/^(?:c\/o|v\/)$/u.test(w));

function damagedLineDoubt(address: readonly string[], norwegian: boolean): string | null {
  const nordic = nordicAddress(address);
  const apostrophes = APOSTROPHE_COUNTRY.test(address.at(-1)!) || address.some((l) => UK_POSTCODE.test(l));
  const accent = (line: string) => norwegian && line.split(/\s+/u).some((w) => NORWEGIAN_ACCENT.test(w) && !ALLE.test(w));
  // The street lines only: a postcode line's place may be written in lower case.
  const streets = (line: string) => norwegian && line !== address.at(-1) && /^[^,]+\s\d+\s?\p{L}?$/u.test(line) && lowerPieces(line).length > 0;
  const damaged = (line: string) => (!apostrophes && INNER_APOSTROPHE.test(line)) || INNER_DOT.test(line) || (nordic && BROKEN_WORD.test(line)) || INNER_HYPHEN.test(line) || accent(line) || streets(line);
  return address.some(damaged) ? DAMAGED_LINE : null;
}

function nordicAddress(address: readonly string[]): boolean {
  const country = COUNTRY.test(address.at(-1)!) ? address.at(-1)! : null;
  if (country !== null && !NORDIC_COUNTRY.test(country)) return false;
  const postcode = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  return postcode !== undefined && NORDIC_POSTCODE.test(postcode.postcode);
}

const SWEDISH_POSTCODE = /^(?:(?:SE|S)-|SE\s)?\d{3}\s?\d{2}$/u;
/** "-vägen" read "-vågen", "-vagen" or "-vägén", and "-gatan" read "-gåtan" or "-gätan": no Swedish street ends so. */
const MISREAD_VAGEN = /v(?:å|a)g[eé]n\b|väg[éè]n\b|g[åä]tan\b/iu;

/** "Väster-", "Västra" (west) read "Våster-", "Våstra": no Swedish word starts so ("Västerås", "Västra Hamngatan"). */
const MISREAD_VAST = /(?<![\p{L}])våst/iu;

function swedishStreetDoubt(address: readonly string[]): string | null {
  const postcode = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  if (!postcode || !SWEDISH_POSTCODE.test(postcode.postcode)) return null;
  const streets = address.slice(0, -1).concat(postcode.street ?? []);
  if (streets.some((s) => MISREAD_VAGEN.test(s))) return 'the street name looks misread ("-vägen")';
  return address.some((l) => MISREAD_VAST.test(l)) ? DAMAGED_LINE : null;
}

/** A lower-case letter straight before a capital inside a word: the space between two words lost. */
const GLUED = /\p{Ll}\p{Lu}/u;
/** Names that write a capital inside themselves: "McDonald", "MacLeod", "DeLuca", "LeBlanc", "DiMarco", "VanDyke". */
const INNER_CAPITAL_NAME = /^(?:Mc|Mac|De|Di|Da|Le|La|Du|Van|Von|Fitz)\p{Lu}\p{Ll}/u;

/**
 * A word of the party's name or address with a capital inside it ("KongOscars gate 89", "Synnøve
 * JohanAas"): the scan lost the space between two words, and what else it lost cannot be told (on the
 * development slices every such address given was wrong). Names that write an inner capital are kept.
 */
export function gluedWordsDoubt(name: string, address: readonly string[]): string | null {
  if (address.length === 0) return null;
  const words = [name, ...address].flatMap((l) => l.split(/[\s,/]+/u));
  return words.some((w) => GLUED.test(w) && !INNER_CAPITAL_NAME.test(w)) ? GLUED_WORDS : null;
}
