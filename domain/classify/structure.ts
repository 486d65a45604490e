/**
 * What a letter is, read from its shape rather than its wording (session 10): whether it names a dated
 * decision or when it was received, whether it answers one of our letters or carries a reference, who
 * signs it (a lawyer, a doctor, an office's caseworker), whether someone writes on another's behalf,
 * whether it is a form, how long it is. A writer the corpus never saw words a letter their own way,
 * but an appeal still names a dated decision and a medical declaration is still signed by a doctor.
 * Each is one feature `s:<name>` the learned model weighs like any other.
 */
import { findCaseReferences, findDecisionDate, findDecisionReceivedDate } from '../fields/index.ts';

const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const rx = (body: string) => new RegExp(`${B}(?:${body})${E}`, 'iu');

const ANSWERS_LETTER = rx(
  '(deres|dykkar|dykkar|your|er|ert|jeres) (ref\\.?|referanse|referens|reference|brev|letter|skrivelse|skriv)|viser til (deres|dykkar|brev|oversendelse\\p{L}*|oversendingsbrev\\p{L}*)|with reference to your|further to your|hänvisar till (ert|er)|henviser til (jeres|Deres|brev)',
);
const ON_BEHALF = rx(
  'på vegne av|på vegner av|på vegne af|på uppdrag av|för min (mamma|pappa|mor|far|son|dotter)|for min (mor|far|sønn|datter|mann|kone)|for mi (mor|dotter)|for (my|our) (mother|father|son|daughter)|on behalf of|fullmakt\\p{L}*|fuldmagt\\p{L}*|power of attorney|verge|vergemål|guardian',
);
const SIGNED = {
  lawyer: rx('advokat\\p{L}*|lawyer|attorney|solicitor|jurist'),
  doctor: rx('lege|legen|overlege|fastlege|lækjar|läkare|læge|physician|doctor|dr\\.?|spesialist i \\p{L}+|specialist in \\p{L}+'),
  officer: rx('saksbehandler|sakshandsamar|handläggare|sagsbehandler|caseworker|case officer|claims handler|rådgiver|rådgjevar|seniorrådgiver|konsulent'),
};
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
  // Who signs stands in the last lines, under the greeting.
  const tail = lines.slice(-8).join('\n');
  for (const [role, pattern] of Object.entries(SIGNED)) if (pattern.test(tail)) features.push(`signed-${role}`);
  const labelled = lines.filter((l) => LABEL_LINE.test(l)).length;
  if (lines.length >= 5 && labelled / lines.length >= 0.4) features.push('form');
  if (CHECKBOX.test(text)) features.push('checkbox');
  if (text.includes('?')) features.push('question');
  const wordCount = text.match(WORD)?.length ?? 0;
  features.push(wordCount < 60 ? 'length-short' : wordCount < 200 ? 'length-medium' : 'length-long');
  return features;
}
