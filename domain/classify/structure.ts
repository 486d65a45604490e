/**
 * What a letter is, read from its shape rather than its wording (session 10): whether it names a dated
 * decision or when it was received, whether it answers one of our letters or carries a reference, who
 * signs it (a lawyer, a doctor, an office's caseworker), whether someone writes on another's behalf,
 * whether it is a form, how long it is. A writer the corpus never saw words a letter their own way,
 * but an appeal still names a dated decision and a medical declaration is still signed by a doctor.
 * Each is one feature `s:<name>` the learned model weighs like any other.
 */
import { findCaseReferences, findDecisionDate, findDecisionReceivedDate } from '../fields/index.ts';
import { WORD_END, wholeWord as rx } from '../text/word-boundary.ts';

const E = WORD_END;

// Swedish "er"/"ert" (your) only before a Swedish reference word: "Vedlagt er brev fra legen" is no answer.
const ANSWERS_LETTER = rx(
  '(deres|dykkar|your|jeres) (ref\\.?|referanse|referens|reference|brev|letter|skrivelse|skriv)|er (ref\\.?|referens|skrivelse)|ert (brev|ärende|beslut)|viser til (deres|dykkar|brev|oversendelse\\p{L}*|oversendingsbrev\\p{L}*)|with reference to your|further to your|hänvisar till (ert|er)|henviser til (jeres|Deres|brev)',
);
/** Writing, appealing or applying: "for min mann" names whom the letter is for only after such a verb. */
const WRITES = '(skriver|skriv|klager|klagar|søker|søkjer|sender|sendar|writes?|writing|appeal(s|ing)?|apply(ing)?|överklagar|ansöker|ansøger)(\\s+\\p{L}+){0,3}';
const ON_BEHALF = rx(
  `på vegne av|på vegner av|på vegne af|på uppdrag av|${WRITES} för min (mamma|pappa|mor|far|son|dotter|man|fru)|${WRITES} for (min|mi) (mor|far|sønn|datter|dotter|mann|kone)|${WRITES} for (my|our) (mother|father|son|daughter|husband|wife)|on behalf of|fullmakt\\p{L}*|fuldmagt\\p{L}*|power of attorney|verge(?!\\s+of${E})|vergen|vergemål|guardian`,
);
const SIGNED = {
  lawyer: rx('advokat\\p{L}*|lawyer|attorney|solicitor|jurist'),
  doctor: rx('lege|legen|overlege|fastlege|lækjar|läkare|læge|physician|doctor|dr\\.?|spesialist i \\p{L}+|specialist in \\p{L}+'),
  officer: rx('saksbehandler|sakshandsamar|handläggare|sagsbehandler|caseworker|case officer|claims handler|rådgiver|rådgjevar|seniorrådgiver|konsulent'),
};
/**
 * The greeting (or the signature label of a form) the signer's name and title stand under. A doctor
 * named in a sentence ("Vedlagt er brev fra legen min", "Jeg er ikke lege") is not the signer.
 */
const GREETING = rx(
  '(med )?(vennlig|venleg|venlig|vänlig|vänliga|beste) (hilsen|helsing|hilsner|hälsningar|hälsning)|hilsen|helsing|mvh|hälsningar|(kind|best|warm) regards|regards|yours (sincerely|faithfully)|sincerely|underskrift|signatur|signature',
);
/** A line under the greeting that is not the signer: a copy, an attachment list. */
const NOT_SIGNER = /^(kopi|kopi til|gjenpart|cc|vedlegg|vedlagt|bilag|bilaga|attachments?|enclosures?)\b/iu;

/** The signer's lines: what stands under the last greeting (and after it on its own line), or nothing without one. */
function signatureLines(lines: readonly string[]): string {
  let at = -1;
  for (let i = 0; i < lines.length; i++) if (GREETING.test(lines[i]!) && lines[i]!.length <= 60) at = i;
  if (at === -1) return '';
  const greeting = lines[at]!.replace(GREETING, '');
  return [greeting, ...lines.slice(at + 1, at + 5).filter((l) => !NOT_SIGNER.test(l))].join('\n');
}
const LABEL_LINE = /^[\p{L}][\p{L}\d .()/-]{1,40}:\s*\S/u;
const CHECKBOX = /[☐☒☑■□]|\[\s?[xX✓ ]?\s?\]/u;
const WORD = /[\p{L}]+/gu;

export function structureFeatures(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const features: string[] = [];
  if (findDecisionDate(text)) features.push('decision-date');
  if (findDecisionReceivedDate(text)) features.push('received-date');
  if (findCaseReferences(text).length > 0) features.push('reference');
  if (ANSWERS_LETTER.test(text)) features.push('answers-letter');
  if (ON_BEHALF.test(text)) features.push('on-behalf');
  // Who signs stands under the greeting.
  const tail = signatureLines(lines);
  for (const [role, pattern] of Object.entries(SIGNED)) if (pattern.test(tail)) features.push(`signed-${role}`);
  const labelled = lines.filter((l) => LABEL_LINE.test(l)).length;
  if (lines.length >= 5 && labelled / lines.length >= 0.4) features.push('form');
  if (CHECKBOX.test(text)) features.push('checkbox');
  if (text.includes('?')) features.push('question');
  const wordCount = text.match(WORD)?.length ?? 0;
  features.push(wordCount < 60 ? 'length-short' : wordCount < 200 ? 'length-medium' : 'length-long');
  return features;
}
