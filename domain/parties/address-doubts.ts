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

export function addressDoubt(address: readonly string[], postcodes?: PostcodeTable): string | null {
  if (address.length === 0) return null;
  return (postcodes ? postcodeDoubt(address, postcodes) : null) ?? swedishStreetDoubt(address);
}

const SWEDISH_POSTCODE = /^(?:(?:SE|S)-)?\d{3}\s?\d{2}$/u;
const MISREAD_VAGEN = /v(?:å|a)gen\b/iu;

function swedishStreetDoubt(address: readonly string[]): string | null {
  const postcode = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  if (!postcode || !SWEDISH_POSTCODE.test(postcode.postcode)) return null;
  const streets = address.slice(0, -1).concat(postcode.street ?? []);
  return streets.some((s) => MISREAD_VAGEN.test(s)) ? 'the street name looks misread ("-vägen")' : null;
}
