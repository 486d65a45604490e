import { isValidNationalId } from '../../domain/fields/national-id.ts';
import { nationalIdDigits } from '../../domain/fields/national-id-shape.ts';

/** Why typed digits are no national id, without repeating them; null when they are one. */
export function notANationalId(typed: string): string | null {
  const digits = nationalIdDigits(typed.trim());
  if (!digits) return 'Skriv personens fødselsnummer (11 siffer).';
  if (!/^\d{11}$/.test(digits)) return `Et fødselsnummer har 11 siffer; det du skrev, har ${/^\d+$/.test(digits) ? `${digits.length} siffer` : 'andre tegn enn siffer'}.`;
  if (!isValidNationalId(digits)) return 'Det er ikke et gyldig fødselsnummer eller D-nummer: datoen eller kontrollsifrene stemmer ikke. Sjekk sifrene.';
  return null;
}
