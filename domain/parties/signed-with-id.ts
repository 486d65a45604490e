import { cleanLine, isPersonName, isStreetLine, parsePostcodeLine } from './lines.ts';

/**
 * A note signed with the writer's name, address and national id under one another, the id last on a line of its own
 * («Oddvar Kleppe / Kleppeveien 5, 4353 Klepp stasjon / f.nr. …»; QA s23, a short handwritten appeal with no closing):
 * the id is the signer's, and so is the address between. Read only when the id's line holds nothing but the id and its
 * label (a «Pasient fnr.:» or «Fnr. for min mor:» line is not the signer's), the address is one line or a street over
 * its postcode line, and the line above it is a bare person's name (no title: «Dr. Lie», «lege Kari Moe» are
 * clinicians who write a patient's id, never the holder).
 */
export function signedWithId(lines: readonly string[], idLine: number): { name: string; address: string[] } | null {
  const above = (i: number) => (i >= 0 ? cleanLine(lines[i]!).replace(/[\s.,;]+$/u, '') : '');
  const one = postcodeLine(above(idLine - 1));
  let address: string[] | null = null;
  let nameLine = -1;
  if (one?.street && isStreetLine(one.street)) {
    address = [one.street, `${one.postcode} ${one.town}`];
    nameLine = idLine - 2;
  } else if (one && one.street === null && isStreetLine(above(idLine - 2))) {
    address = [above(idLine - 2), above(idLine - 1)];
    nameLine = idLine - 3;
  }
  const name = above(nameLine);
  return address && name !== '' && isPersonName(name) ? { name, address } : null;
}

/**
 * A postcode line as a hand writes it: a place of two words with the second in lower case («4353 Klepp stasjon», «1930
 * Aurskog sentrum») is read as the same line with it capitalised, and given back as written.
 */
function postcodeLine(line: string): ReturnType<typeof parsePostcodeLine> {
  const lower = /^(?<lead>.*\d{4}\s+\p{Lu}\p{Ll}+)(?<rest>(?:\s\p{Ll}{3,}){1,2})$/u.exec(line)?.groups;
  const read = parsePostcodeLine(line) ?? (lower ? parsePostcodeLine(lower.lead! + lower.rest!.replace(/\s(\p{Ll})/gu, (_, c: string) => ` ${c.toUpperCase()}`)) : null);
  return read && lower && !parsePostcodeLine(line) ? { ...read, town: `${read.town.split(' ')[0]}${lower.rest}` } : read;
}
