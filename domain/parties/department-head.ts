import { isPersonName, isStreetLine, parsePostcodeLine, titleCase } from './lines.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * A department's line under its organisation's name in a letterhead: «FELLESFORBUNDET» over «Juridisk avdeling»,
 * «Advokatfirmaet Lie» over «Avdeling for trygderett», «Irish Citizens Advice» over «Legal Department».
 * Only department words are read (precision first): any other line under a name may be the name's own second line.
 */
const DEPARTMENT =
  /^(?:(?:juridisk|juridiske)\s+(?:avdeling|seksjon|kontor|tjeneste|rådgivning|fagavdeling)|juridiska\s+(?:avdelningen|enheten)|juridisk\s+afdeling|jussavdelingen|rettshjelp(?:kontoret|skontoret|en)?|(?:avdeling|avdelinga|seksjon|seksjonen|kontoret)\s+for\s+\p{L}[\p{L} -]*|legal\s+(?:department|services?|affairs|unit)|(?:\p{Lu}\p{Ll}+\s+)?(?:department|avdeling|seksjon)\s+(?:for|of)\s+\p{L}[\p{L} -]*)$/iu;

export function isDepartmentLine(line: string): boolean {
  return DEPARTMENT.test(line.trim());
}

/**
 * The organisation's name and its department, as one line for the outgoing letter («Fellesforbundet, Juridisk avdeling»),
 * when `above` names an organisation over the department line; else null. A name shouted in capitals is written as the
 * letter's text writes it («Fellesforbundet er fullmektig …»), else in title case.
 */
export function organisationOverDepartment(above: string, department: string, text: string): string | null {
  const name = above.trim();
  if (!isDepartmentLine(department) || !name || !/^\p{Lu}/u.test(name) || name.split(/\s+/u).length > 6) return null;
  if (isPersonName(name) || isStreetLine(name) || parsePostcodeLine(name) || /\d/u.test(name) || isDepartmentLine(name)) return null;
  return `${asWritten(name, text)}, ${department.trim()}`;
}

function asWritten(name: string, text: string): string {
  if (name !== name.toUpperCase()) return name;
  const written = new RegExp(`(?<![\\p{L}])${regExpLiteral(name)}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(written)) if (m[0] !== m[0].toUpperCase()) return m[0];
  return titleCase(name);
}
