import { isPersonName, titleCase } from './lines.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * A name written surname first ("Sunde, Ragnvald", "ULVESTAD HAUGSTVEDT, Jon-Are", a form's
 * "Navn (etternavn, fornavn): Grimstad Rindal, Asbjørn"), in the order a letter to the person is
 * addressed with. A comma after a name is also where a place or an id starts ("Kari Nordmann, Oslo"),
 * so the order is taken as surname first only when something says so: the label asks for the surname
 * first, or the letter writes the same person in the ordinary order elsewhere (the signature).
 */
const WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)?";
const SURNAME_FIRST = new RegExp(`^(?<surname>${WORD}(?:[ \\t]+${WORD})?),[ \\t]*(?<given>${WORD}(?:[ \\t]+${WORD})?)$`, 'u');
/** A label that asks for the surname first: "(etternavn, fornavn)", "Efternamn, förnamn", "Surname, first name". */
export const SURNAME_FIRST_LABEL = /(?:etternavn|etternamn|efternamn|efternavn|surname|last name|family name)\s*,\s*(?:fornavn|førenamn|förnamn|fornamn|first names?|given names?|forename)/iu;

/** The name in the ordinary order when `value` is written surname first, else null (no confirmation asked). */
export function surnameFirst(value: string): string | null {
  const m = SURNAME_FIRST.exec(value.trim());
  if (!m?.groups) return null;
  const cased = (s: string) => (s === s.toUpperCase() ? titleCase(s) : s);
  const name = `${cased(m.groups.given!)} ${cased(m.groups.surname!)}`;
  return isPersonName(name) ? name : null;
}

/** The name in the ordinary order when the letter also writes it so (outside `value` itself), else null. */
export function confirmedSurnameFirst(value: string, text: string): string | null {
  const name = surnameFirst(value);
  if (!name) return null;
  const pattern = new RegExp(`(?<![\\p{L}])${regExpLiteral(name).replace(/\s+/gu, '[ \\t]+')}(?![\\p{L}])`, 'iu');
  return pattern.test(text) ? name : null;
}
