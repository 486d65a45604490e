import { findNationalIdMatches } from '../fields/national-id.ts';
import { alternatives, GUARDIAN_WORDS } from './kin-and-roles.ts';
import { cleanLine, isPersonName, isStreetLine, parsePostcodeLine, PERSON_NAME, titleCase } from './lines.ts';
import { leadThenAddress } from './one-line-address.ts';
import { withoutTitle } from './titled-name.ts';
import { recordFieldHolder } from './record-fields.ts';
import { signedWithId } from './signed-with-id.ts';

/**
 * The person a national id belongs to, wherever the letter writes it: "Arne Kvalheim, fnr. …" in a
 * transfer's subject line, "Pasient: EIDE, KNUT (…)" in a doctor's system, "Jeg, Gunnhild Moen,
 * f.nr. …" in a consent, a name over "fnr. …" at the foot of a note. The id is the case's key, so
 * its holder is the appellant whoever writes; and an address written right with the id ("Adresse:"
 * on the next line, the street after it, "Hun bor …") is that person's. Independent of layout: it
 * reads a line and its neighbours, not a head.
 */
export interface IdAnchor {
  /** The name written with the id, or null ("ID number: …" on a line of its own in an e-mail). */
  name: string | null;
  /** The address written with the id, street line(s) then the postcode line; empty when none. */
  address: string[];
  nationalId: string;
  /** 0-based line of the id. */
  line: number;
  /** Read only from a signature's name / address / id lines: names the appellant only when nothing else does. */
  bySignature?: boolean;
}

/** A label for the id at the end of the text before it: ", fnr. ", " (f.nr ", " fødselsnummer ". */
const ID_LABEL_AT_END =
  /[\s,(]*(?:(?:(?:norsk|norska|norskt|norwegian)\s+)?(?:f\.?\s?nr|fnr|fødselsn(?:ummer|r)\.?|fødselsnumm?er|personn(?:ummer|r)|pnr|d-n(?:ummer|r)|(?:mitt\s+)?(?:norska\s+)?personnummer|d-number|(?:(?:norwegian|norsk|national|personal)\s+)?id(?:entity)?(?:\s*(?:number|no|nr))?|født|f\.)\.*\s*[:.]?\s*\(?\s*)?$/iu;
/** "Adresse:", "Adresse ......:" (a record system's dot leaders), "bor på". */
const ADDRESS_LABEL = /^(?:bostedsadresse|postadresse|adresse|adress|address|adr\.|bor på|bor i|bur på|bur i|bor|bur|bosatt)[\s.]*:?\s+/iu;
/** A birth date between the name and the id: "Knut Eide, f. 06.10.41 (fnr. …)". */
const BIRTH_DATE_AT_END = /[\s,]*(?:f\.|født|fødd|born|b\.)\s*\d{1,2}\.\d{1,2}\.\d{2,4}[\s,(]*$/iu;
/** A phrase in running text that introduces where someone lives. */
const LIVES_AT = /(?<![\p{L}])(?:bor|bur|bor på|bur på|lives at|adresse|address|adress)\s*:?\s+(?<address>[^,.;\n]+,\s*\d{4}\s+\p{Lu}[\p{L}'’ -]*?)(?=[.;]|\s*$|,\s)/iu;
/** "Amalie Sætre, ved verge Kristin Sætre, fnr. …": the id is the ward's, not the guardian's. */
const BY_GUARDIAN_AT_END = new RegExp(`,?\\s+(?:ved|v\\/)\\s*(?:${alternatives(GUARDIAN_WORDS)}|advokat|guardian)\\s+[^,]*[\\s,]*$`, 'iu');
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|herr|fru|frk)\.?\s+/iu;
const NAME_AT_END = new RegExp(`(?:^|[^\\p{L}])(?<name>${PERSON_NAME})$`, 'u');
/** "Kvalheim, Arne", "EIDE, KNUT": a register's surname-first form. */
const SURNAME_FIRST = /^(?<surname>\p{Lu}[\p{L}'’-]+),\s*(?<given>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)$/u;


export function idAnchors(text: string): IdAnchor[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const anchors: IdAnchor[] = [];
  for (const id of findNationalIdMatches(text)) {
    const line = lineOf(starts, id.start);
    const lineEnd = starts[line]! + lines[line]!.length;
    let before = text.slice(starts[line]!, id.start).replace(ID_LABEL_AT_END, '').replace(BIRTH_DATE_AT_END, '').replace(BY_GUARDIAN_AT_END, '');
    const after = text.slice(id.end, Math.max(id.end, lineEnd));
    // "Ankende part: Geir Ottesen, Myrveien 19, 7600 Levanger, f.nr. …": the address between.
    let address = trailingAddress(before);
    if (address) before = before.slice(0, before.lastIndexOf(address[0]!)).replace(/[\s,]+$/u, '');
    // A label, or the holder's own title ("lege, f.nr. …" under the signer's name), before the id: the name is above.
    const signed = cleanLine(before) === '' && after.trim() === '' ? signedWithId(lines, line) : null;
    const holder = recordFieldHolder(lines, line, text.slice(starts[line]!, id.start));
    const name = holder === 'nobody' ? null : holder === 'above' ? nameAbove(lines, line) : nameAtEnd(before) ?? (cleanLine(before).replace(/^[\p{L} .]{2,30}:\s*$/u, '').replace(/^\p{Ll}[\p{Ll} ]{1,40}[,:]?\s*$/u, '') === '' ? nameAbove(lines, line) : null) ?? signed?.name ?? null;
    address ??= addressAfter(after) ?? addressAfter(continuedOnNextLine(after, lines, line)) ?? addressBelow(lines, line) ?? (signed && name === signed.name ? signed.address : null);
    anchors.push({ name, address: address ?? [], nationalId: id.value, line, ...(signed && name === signed.name ? { bySignature: true } : {}) });
  }
  return anchors;
}

function lineOf(starts: number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}

/** The person's name that ends the text before an id, after any label ("Pasient:", "Klage –"). */
function nameAtEnd(before: string): string | null {
  const segment = (before.split(/[:;–]|\s-\s|\.\s/u).pop() ?? '').replace(/[\s,(]+$/u, '').trim().replace(HONORIFIC, '');
  if (segment === '') return null;
  const upper = segment === segment.toUpperCase() ? titleCase(segment) : segment;
  // Surname first only after a label ("Pasient: Kvalheim, Arne"; an EPJ's "Pasient: Dahl, Lars Henrik", whose end
  // "Lars Henrik" reads as a name too): "Jeg, Gunnhild Moen" is no surname.
  const surnameFirst = SURNAME_FIRST.exec(upper);
  if (surnameFirst?.groups && before.trim() !== segment) {
    const name = `${surnameFirst.groups.given} ${surnameFirst.groups.surname}`;
    if (isPersonName(name)) return name;
  }
  // "We act for Mr Ola Nygård": the honorific is no part of the name.
  const named = NAME_AT_END.exec(upper)?.groups?.name?.replace(HONORIFIC, '');
  // "Undertegnede Øystein Myklebust", "Søsteren Marit Grønvold": the longest person's name that ends it.
  const words = named?.split(/[ \t]+/u) ?? [];
  for (let i = 0; i + 2 <= words.length; i++) {
    const name = words.slice(i).join(' ');
    if (isPersonName(name)) return name;
  }
  return null;
}

/** An id on a line of its own ("fnr. 098538 42718" or the bare digits) under the person's name. */
function nameAbove(lines: string[], line: number): string | null {
  for (let i = line - 1; i >= Math.max(0, line - 2); i--) {
    // "Klager: Ole Martin Rian" over "Fnr.: …": the label is no part of the name.
    // "Gjelder: Roar Fjeldstad, født 06.04.1974" over "Fødselsnummer …" (QA s22 M04): nor is the birth date after it, or a
    // practitioner's title before it ("Klager: fysioterapeut Vegard Nilsen-Åsen", T03).
    const l = withoutTitle(cleanLine(lines[i]!).replace(/^[\p{L} .]{2,30}:\s*/u, '').replace(HONORIFIC, '').replace(BIRTH_DATE_AT_END, ''));
    if (l === '') continue;
    const cased = l === l.toUpperCase() ? titleCase(l) : l;
    if (isPersonName(cased)) return cased;
    // "Pasient ......: Tvedt, Kjell Arne" over "Fødselsnr ....: …".
    const surnameFirst = SURNAME_FIRST.exec(cased)?.groups;
    const reordered = surnameFirst ? `${surnameFirst.given} ${surnameFirst.surname}` : null;
    return reordered && isPersonName(reordered) ? reordered : null;
  }
  return null;
}

/** "…, Rådhusgata 12, 2212 Kongsvinger" at the end of the text before the id. */
function trailingAddress(before: string): string[] | null {
  const parts = before.replace(/[\s,]+$/u, '').split(/,\s*/u);
  if (parts.length < 3) return null;
  const address = streetAndPostcode(parts.at(-2)!, parts.at(-1)!);
  // "Sindre Nowak, c/o Ahmad Halvorsen, Sollia 136, 3626 Rollag, fnr. …": the c/o line is the address's, its name not the id's holder.
  const careOf = parts.length >= 4 && /^c\/o\s/iu.test(parts.at(-3)!.trim()) ? parts.at(-3)!.trim() : null;
  return address && careOf ? [careOf, ...address] : address;
}

/** The rest of the id's line: ", Rådhusgata 12, 2212 Kongsvinger", ")  Adresse: …", "… Hun bor …". */
function addressAfter(after: string): string[] | null {
  const rest = after.replace(/^[\s)\].,;:]+/u, '').replace(ADDRESS_LABEL, '').replace(/[\s.,;]+$/u, '');
  // "…), Eikeveien 3, 3150 Tolvsrød. Fullmakt ligger ved.": the address ends where the sentence does.
  const whole = oneLineAddress(rest) ?? oneLineAddress(rest.split(/[.;](?:\s|$)|\s\(/u)[0]!.trim()) ?? addressThenClause(rest);
  if (whole) return namesAnotherPlace(rest.slice(rest.indexOf(whole.at(-1)!) + whole.at(-1)!.length)) ? null : whole;
  const lives = LIVES_AT.exec(after)?.groups?.address;
  return lives ? oneLineAddress(lives.trim()) : null;
}

/**
 * A sentence broken by the line's end right after the id or inside the address ("fnr. 098149 40281,⏎Kirkevegen 22, 2815
 * Gjøvik.", "(fnr. …), Gamle Riksvei 250,⏎3057 Solbergelva, se vedlagte fullmakt", QA s22 A03, A15, A19): a text PDF's or
 * OCR's wrap, so the next line is read as the rest of the id's line. Only when the id's line ends in a comma; a line that
 * ends the sentence, or says nothing after the id, continues nothing.
 */
function continuedOnNextLine(after: string, lines: string[], line: number): string {
  if (!/,\s*$/u.test(after)) return '';
  const next = lines[line + 1] === undefined ? '' : cleanLine(lines[line + 1]!);
  return next === '' ? '' : `${after.trimEnd()} ${next}`;
}

/** The one or two lines under the id: "Adresse: Sjøgata 4, 6002 Ålesund", or a street over a postcode line. */
function addressBelow(lines: string[], line: number): string[] | null {
  const next: string[] = [];
  let blanks = 0;
  for (let i = line + 1; i < lines.length && next.length < 2; i++) {
    const l = cleanLine(lines[i]!);
    if (l === '') {
      if (next.length > 0 || ++blanks > 1) break;
      continue;
    }
    next.push(l);
  }
  const [first, second] = next;
  if (first === undefined) return null;
  const labelled = ADDRESS_LABEL.test(first);
  // Past a blank line only a labelled address belongs to the id.
  if (blanks > 0 && !labelled) return null;
  const value = first.replace(ADDRESS_LABEL, '').replace(/[\s.,;]+$/u, '');
  return oneLineAddress(value) ?? (labelled ? businessAddress(value) : null) ?? (second !== undefined ? streetAndPostcode(value, second.replace(/[\s.,;]+$/u, '')) : null);
}

/** "Adresse: Dahl Legekontor AS, Storgata 41, 8006 Bodø": a practice's name, then its street and postcode. */
function businessAddress(value: string): string[] | null {
  const one = leadThenAddress(value);
  return one ? [one.lead, ...one.address] : null;
}

/**
 * "Gamle Riksvei 250, 3057 Solbergelva, se vedlagte fullmakt": the street and the postcode line open the rest, and the
 * sentence goes on in lower case after a comma. The town ends at that comma; a capital after it (a country, a second
 * place) is not cut off here.
 */
const ADDRESS_THEN_CLAUSE = /^(?<street>[^,]+),\s*(?<postcode>\d{4}\s+\p{Lu}[\p{L}'’ -]*?),\s+\p{Ll}/u;

/**
 * What the sentence says after the address, in a clause or a parenthesis: that the place is where the person is or is
 * treated, not their home ("…, 2819 Gjøvik, der hun er innlagt", "…, 4022 Stavanger, som er sykehjemmet der hun bor",
 * "…, 3017 Drammen, hvor fastlegen hennes har kontor", "…, 3017 Drammen (fastlegens kontor) kan bekrefte dette"; review s22
 * C01–C04, P02, P04). A relative clause opening it, or a hospital, a care home or a GP's office named in it, and the
 * address is not given: it is held for a person to read.
 */
const RELATIVE_CLAUSE = /^(?:som|der|hvor|kor|dit|där|vilket|where|which|who|that)(?![\p{L}])/u;
const CARE_PLACE = /(?<![\p{L}])(?:innlagt|sykehus|sjukehus|sjukhus|sygehus|sykehjem|sjukeheim|plejehjem|legekontor|legesenter|fastlege|hospital|patient|pasient)/u;

function namesAnotherPlace(tail: string): boolean {
  const clause = tail.replace(/^[\s,(]+/u, '').split(/[.;!?](?:\s|$)/u)[0]!.toLowerCase();
  return RELATIVE_CLAUSE.test(clause) || CARE_PLACE.test(clause);
}

function addressThenClause(rest: string): string[] | null {
  const m = ADDRESS_THEN_CLAUSE.exec(rest)?.groups;
  return m ? streetAndPostcode(m.street!, m.postcode!) : null;
}

function oneLineAddress(value: string): string[] | null {
  const p = parsePostcodeLine(value);
  if (!p?.street || !isStreetLine(p.street)) return null;
  return [p.street, `${p.postcode} ${p.town}`];
}

function streetAndPostcode(street: string, postcode: string): string[] | null {
  const s = street.trim();
  const p = parsePostcodeLine(postcode.trim());
  return isStreetLine(s) && p && p.street === null ? [s, postcode.trim()] : null;
}
