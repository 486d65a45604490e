import type { Party } from '#schemas/parties';
import { foldDiacritics } from '../text/fold.ts';

/**
 * Scoring party extraction against ground truth (scripts/eval-parties.ts). The truth has the shape
 * the unseen-writer set and the corpus generators write. What counts most is the address: a wrong
 * one is worse than none, so "wrong address" and "address withheld" are counted apart.
 */
export interface PartiesTruth {
  appellant: { name: string; address: string[] } | null;
  representative: { name: string; firm: string | null; address: string[] } | null;
  firstInstance: string | null;
}

export interface LetterScore {
  /** The truth names an appellant. */
  hasAppellant: boolean;
  appellantNameRight: boolean;
  /** Name right and the address exactly the truth's (both empty counts). */
  appellantExact: boolean;
  /** An address was given for the appellant and it is not the truth's (or the person is not the appellant). */
  wrongAddress: boolean;
  /**
   * A wrong address that differs from the truth by more than OCR's lost diacritics ("Alesund" for
   * "Ålesund" with the right postcode still reaches the person; "Storgata 18" for "Storgata 13" does not).
   */
  misdirectingAddress: boolean;
  /** The truth has an address and none was given. */
  addressMissing: boolean;
  /** None was given and the reader said why. */
  addressWithheld: boolean;
  hasRepresentative: boolean;
  representativeRight: boolean;
  /** A representative's address given and wrong (a letter to the wrong firm). */
  representativeWrongAddress: boolean;
  /** The truth's representative has an address and the representative given has none (or none was given). */
  representativeAddressMissing: boolean;
  /** A representative was given. */
  representativeGiven: boolean;
  /** A representative was given who is not the truth's (none in the truth, or another name): the acknowledgement would go astray. */
  representativeFalse: boolean;
  hasFirstInstance: boolean;
  firstInstanceRight: boolean;
}

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s,]+/gu, ' ').trim();
/**
 * A country written after a foreign postcode line ("3000 Helsingør, Danmark") is the same address
 * with or without it: the postcode and place already say where it is, and the set's writers wrote
 * it in the letter and left it out of the truth, or the other way round.
 */
const COUNTRY = / (?:norge|noreg|norway|danmark|denmark|sverige|sweden|suomi|finland|island|iceland|deutschland|germany|polska|poland|polen|españa|spain|nederland|nederländerna|holland|netherlands|united kingdom|uk)$/u;
const addressText = (a: readonly string[]) => norm(a.join(' ')).replace(COUNTRY, '');
const sameAddress = (a: readonly string[], b: readonly string[]) => addressText(a) === addressText(b);
const fold = (s: string) => foldDiacritics(norm(s));
const deliverable = (a: readonly string[], b: readonly string[]) => fold(addressText(a)) === fold(addressText(b));

export function scoreLetter(found: readonly Party[], truth: PartiesTruth): LetterScore {
  const appellant = found.find((p) => p.role === 'appellant');
  const representative = found.find((p) => p.role === 'representative');
  const firstInstance = found.find((p) => p.role === 'first_instance');
  const t = truth.appellant;
  const nameRight = !!t && !!appellant && norm(appellant.name) === norm(t.name);
  const given = appellant && appellant.address.length > 0 ? appellant.address : null;
  const repGiven = representative && representative.address.length > 0 ? representative.address : null;
  return {
    hasAppellant: !!t,
    appellantNameRight: nameRight,
    appellantExact: nameRight && sameAddress(appellant!.address, t!.address),
    wrongAddress: given !== null && !(nameRight && sameAddress(given, t!.address)),
    misdirectingAddress: given !== null && !(nameRight && deliverable(given, t!.address)),
    addressMissing: !!t && t.address.length > 0 && given === null,
    addressWithheld: !!t && t.address.length > 0 && given === null && !!appellant?.addressWithheld,
    hasRepresentative: !!truth.representative,
    representativeRight: !!truth.representative && !!representative && norm(representative.name) === norm(truth.representative.name),
    representativeWrongAddress: repGiven !== null && !(truth.representative && sameAddress(repGiven, truth.representative.address)),
    representativeAddressMissing: !!truth.representative && truth.representative.address.length > 0 && repGiven === null,
    representativeGiven: !!representative,
    representativeFalse: !!representative && !(truth.representative && norm(representative.name) === norm(truth.representative.name)),
    hasFirstInstance: !!truth.firstInstance,
    firstInstanceRight: !!truth.firstInstance && !!firstInstance && norm(firstInstance.name) === norm(truth.firstInstance),
  };
}

export interface PartiesReport {
  letters: number;
  withAppellant: number;
  appellantName: number;
  appellantExact: number;
  wrongAddress: number;
  misdirectingAddress: number;
  addressMissing: number;
  addressWithheld: number;
  withRepresentative: number;
  representative: number;
  representativeWrongAddress: number;
  representativeGiven: number;
  representativeFalse: number;
  withFirstInstance: number;
  firstInstance: number;
}

/** Shares: name and exact over the letters that name an appellant; wrong address over all letters. */
export function summarise(scores: readonly LetterScore[]): PartiesReport {
  const count = (f: (s: LetterScore) => boolean) => scores.filter(f).length;
  return {
    letters: scores.length,
    withAppellant: count((s) => s.hasAppellant),
    appellantName: count((s) => s.appellantNameRight),
    appellantExact: count((s) => s.appellantExact),
    wrongAddress: count((s) => s.wrongAddress),
    misdirectingAddress: count((s) => s.misdirectingAddress),
    addressMissing: count((s) => s.addressMissing),
    addressWithheld: count((s) => s.addressWithheld),
    withRepresentative: count((s) => s.hasRepresentative),
    representative: count((s) => s.representativeRight),
    representativeWrongAddress: count((s) => s.representativeWrongAddress),
    representativeGiven: count((s) => s.representativeGiven),
    representativeFalse: count((s) => s.representativeFalse),
    withFirstInstance: count((s) => s.hasFirstInstance),
    firstInstance: count((s) => s.firstInstanceRight),
  };
}
