import { parsePostcodeLine } from './lines.ts';
import { postcodeDoubt, type PostcodeTable } from './postcodes.ts';

/**
 * Why an address read from a letter should not be used, or null. Each check is one kind of misread
 * that still looks like an address: a postcode whose place is another (Posten's table, when given),
 * and a Swedish street whose "-vägen" OCR read as "-vågen" or "-vagen" (ä, å and a are the letters
 * scanners confuse most; Swedish streets end in "-vägen", never in "-vågen").
 */
/** Withheld when the letter gives the appellant two addresses (domain/letters/held-reasons.ts words it in bokmål). */
export const TWO_ADDRESSES = 'the letter writes two different addresses for the appellant';

/** Withheld when a line of the address shows the marks a scan leaves inside words. */
export const DAMAGED_LINE = 'the address has a line the scan damaged';

export function addressDoubt(address: readonly string[], postcodes?: PostcodeTable): string | null {
  if (address.length === 0) return null;
  return (postcodes ? postcodeDoubt(address, postcodes) : null) ?? swedishStreetDoubt(address) ?? damagedLineDoubt(address);
}

/**
 * Marks OCR leaves inside an address that no writer writes: an apostrophe between two lower-case
 * letters ("Lil'levannsveien", "Marszałko'wska") and a word broken before its last letter ("Tårnvege
 * n 22"). A lone lower-case letter is no word of an address line, except "i" and "å" in place names
 * ("Mo i Rana", "Bogen i Ofoten"). Chosen on the development slices, where it withholds no exact
 * address (eval:parties, session 6).
 */
const DAMAGE_MARK = /\p{Ll}['’`]\p{Ll}|(?<=\p{L})\s(?![iå]\s)\p{Ll}(?=\s|\d|,|$)/u;

function damagedLineDoubt(address: readonly string[]): string | null {
  return address.some((line) => DAMAGE_MARK.test(line)) ? DAMAGED_LINE : null;
}

const SWEDISH_POSTCODE = /^(?:(?:SE|S)-)?\d{3}\s?\d{2}$/u;
const MISREAD_VAGEN = /v(?:å|a)gen\b/iu;

function swedishStreetDoubt(address: readonly string[]): string | null {
  const postcode = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  if (!postcode || !SWEDISH_POSTCODE.test(postcode.postcode)) return null;
  const streets = address.slice(0, -1).concat(postcode.street ?? []);
  return streets.some((s) => MISREAD_VAGEN.test(s)) ? 'the street name looks misread ("-vägen")' : null;
}
