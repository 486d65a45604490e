import { distance as editDistance } from 'fastest-levenshtein';
import type { AddressBlock } from './address-blocks.ts';
import { cleanLine } from './lines.ts';
import { leadThenAddress } from './one-line-address.ts';
import type { Signature } from './signature.ts';

/**
 * A writer who appeals for themself from their own business (SPEC's `practitioner_sanctions`: a
 * GP, a chiropractor, a physiotherapist; or a self-employed person): the letter's only party is its
 * signer, and the letter goes to the practice, its business name first. Which lines are the
 * practice's the letter says by where they stand relative to its signer — the head at the top, or the
 * line right under the signature — not by the practice's wording.
 */

/** The signer speaks for themself: "Jeg klager på …", "Eg klagar …", "Vi klager på Helfos vedtak", "I hereby appeal". */
const FIRST_PERSON_APPEAL =
  /(?<![\p{L}])(?:jeg|eg|jag|vi|me|i|we)\s+(?:(?:herved|hermed|med\s+dette|härmed|hereby|vil|ønsker\s+å|ynskjer\s+å|vill)\s+)?(?:klager|klagar|klage|klaga|anker|ankar|anke|påklager|påklagar|överklagar|överklaga|appeal)(?![\p{L}])/iu;

/** A heading that says the letter is an appeal: "Klage på vedtak …", "ANKE TIL TRYGDERETTEN", "Appeal". */
const APPEAL_HEADING = /^[ \t]*(?:klage|klaga|anke|appeal|överklagande|klagemål)(?![\p{L}])[^.!?\n]{0,100}$/imu;

/** The letter's own verb of appeal in the first person ("Eg klagar på vedtaket"), a heading not enough. */
export function appealVerbInFirstPerson(text: string): boolean {
  return FIRST_PERSON_APPEAL.test(text);
}

export function appealsInFirstPerson(text: string): boolean {
  return FIRST_PERSON_APPEAL.test(text) || (APPEAL_HEADING.test(text) && /(?<![\p{L}])(?:[Jj]eg|[Ee]g|[Jj]ag|I)(?![\p{L}])/u.test(text));
}

export interface PracticeAddress {
  /** The business line first when the practice has a name of its own, then street and postcode lines. */
  address: string[];
  doubt: string | null;
  /**
   * The practice's lines bear the signer's name: the business is named after them ("Fjeldstad
   * Kiropraktikk") or the head names them ("Dr. Kasim Rahimi" over the practice). A self-employed
   * practitioner's practice does; an employer's or a copy recipient's address does not.
   */
  bearsSignersName: boolean;
}

const words = (s: string) => s.replace(/[,.]/gu, ' ').toLowerCase().split(/\s+/u).filter((w) => w !== '');

/**
 * "Fysioterapeut Gunnar Lunde", "Dr. Kasim Rahimi", "Frisør Linn" beside a signer named Gunnar Lunde,
 * Kasim Rahimi or Linn Aasheim: a title, then only the person's own names — the person, not a business.
 * "Fjeldstad Kiropraktikk", a name then a trade, is a business.
 */
export function namesThePerson(line: string, person: string): boolean {
  const own = new Set(words(person));
  const all = words(line);
  const rest = all.length > 1 && !own.has(all[0]!) ? all.slice(1) : all;
  return rest.length > 0 && rest.every((w) => own.has(w));
}

/** The line names the person exactly as they sign, after at most a title: no line of the address. */
function exactlyThePerson(line: string, person: string): boolean {
  const all = words(line);
  const name = words(person).join(' ');
  return all.join(' ') === name || all.slice(1).join(' ') === name;
}

/** A business named after its owner ("Fjeldstad Kiropraktikk", "Tannlege Bråten AS"): it shares a name with the signer. */
export function sharesAName(line: string, person: string): boolean {
  const own = new Set(words(person));
  // "Sverre Kvalvik" over a signature "Sverre Kvalviik" is one name and a misread, not a business.
  return words(line).some((w) => own.has(w)) && !nearlyTheSame(line, person);
}

export function nearlyTheSame(a: string, b: string): boolean {
  return editDistance(words(a).join(' '), words(b).join(' ')) <= 2;
}

/** Withheld when a title and part of the person's names head the address: the person's own designation, or the practice's name? */
export const PRACTICE_NAME_DOUBT = 'the practice line may be the person’s own name or the practice’s';

/** Withheld when the signer is tied to the practice by a title alone: an employed nurse's hospital is not her address. */
export const PRACTICE_WORKPLACE_DOUBT = 'the address may be the workplace’s, not the person’s own';

/**
 * The writer says they are employed, or writes on the employer's paper («Jeg er ansatt som sjåfør og skriver på jobbens
 * brevpapir»): the letterhead is the workplace's even when it bears the writer's surname («Moe Transport AS» over Geir Moe),
 * so it is no address of theirs (session 19, s19-49). A practitioner appealing from their own practice does not write so, or
 * says it is their own («Jeg er ansatt i mitt eget AS»: review s19, r10).
 */
const EMPLOYED_WRITER =
  /(?<![\p{L}])(?:(?:jeg|eg|jag|i)\s+(?:er|är|am)\s+(?:fast\s+|fullt\s+|deltids?\s+)?(?:ansatt|tilsett|anställd|employed)(?!\s+(?:i|hos|ved|by|in|at)\s+(?:(?:mitt|mi|min|mine|my)\s+)?(?:eget|egne|eige|eigne|eiga|own)(?![\p{L}]))|(?:arbeidsgiverens|arbeidsgivarens|arbeidsgiveren\s+sitt|arbetsgivarens|jobbens|jobben\s+sitt|firmaets|firmaet\s+sitt|employer['’]s|company['’]s)\s+(?:brevpapir|brevark|brevhode|brevpapper|letterhead|paper))(?![\p{L}])/iu;

/** The writer says the letter's head is their workplace's, not theirs. */
export function writesAsEmployee(text: string): boolean {
  return EMPLOYED_WRITER.test(text);
}

/** "Kopi:", "Vedlegg:", "cc:", "Kopi til …": a line that says what it is names someone else's address, never the signer's business. */
const LABELLED = /^[\p{L} ]+:|^(?:kopi|gjenpart|cc|vedlegg|vedlagt)(?![\p{L}])/iu;

/** The line has one of the signer's names in it (as written or nearly: a misread name is still theirs). */
function bearsName(line: string, person: string): boolean {
  const own = words(person);
  return words(line).some((w) => own.some((o) => o === w || (o.length > 4 && editDistance(o, w) <= 1)));
}

/** A business line with its address on the same line: "Fjeldstad Kiropraktikk, Strandveien 12, 1366 Lysaker". */
function businessOnOneLine(line: string): { business: string; address: string[] } | null {
  const one = leadThenAddress(line);
  return one && !LABELLED.test(one.lead) ? { business: one.lead, address: one.address } : null;
}

/** The business line first, unless it is the person as they sign; a partial name with a title cannot be told. */
function withBusiness(business: string | null, address: string[], person: string, headNames: boolean): PracticeAddress {
  const bearsSignersName = headNames || (business !== null && bearsName(business, person));
  if (!business || exactlyThePerson(business, person)) return { address, doubt: null, bearsSignersName };
  if (namesThePerson(business, person)) return { address: [], doubt: PRACTICE_NAME_DOUBT, bearsSignersName };
  return { address: [business, ...address], doubt: null, bearsSignersName };
}

/**
 * The practice's address for the signer: the head block at the top of the letter (an organisation's
 * name over its address, or the signer with a title over a one-line business address), else the
 * business line right under the signature. Null when neither is there.
 */
export function practiceAddress(lines: readonly string[], headBlocks: readonly AddressBlock[], signature: Signature, headTop: number, headLines: number): PracticeAddress | null {
  const person = signature.name;
  // The head: a block above the signature, near the top.
  const head = headBlocks.find((b) => b.first - headTop < headLines && b.last < signature.line);
  if (head) {
    if (head.nameLines.some((l) => LABELLED.test(l))) return null;
    const headNames = head.nameLines.some((l) => bearsName(l, person));
    if (head.doubt) return { address: [], doubt: head.doubt, bearsSignersName: headNames };
    // "Kiropraktor Anders Fjeldstad" over the practice's own name: the practice's line is the business.
    const business = head.nameLines.find((l) => !exactlyThePerson(l, person)) ?? null;
    return withBusiness(business, head.address, person, headNames);
  }
  const cleaned = lines.map(cleanLine);
  // "Dr. Kasim Rahimi" over "Legekontoret i Storgata, Storgata 88, 9008 Tromsø" at the top.
  for (let i = headTop; i < Math.min(cleaned.length, headTop + 4, signature.line); i++) {
    const one = businessOnOneLine(cleaned[i]!);
    if (one && i > headTop && namesThePerson(cleaned[i - 1]!, person)) return withBusiness(one.business, one.address, person, true);
  }
  // Under the signature: the title line, then "Frisør Linn, Strandgata 5, 8006 Bodø".
  for (let i = signature.line + 1; i < Math.min(cleaned.length, signature.line + 4); i++) {
    const one = businessOnOneLine(cleaned[i]!);
    if (one) return withBusiness(one.business, one.address, person, false);
  }
  return null;
}
