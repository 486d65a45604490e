/**
 * The two area holds of session 24 (issue #13), measured on letters whose true area is known and that were not
 * written for them: how many letters of treatment abroad the «names no cost or approval» hold would hold
 * (abroad-guard.ts `abroadWithoutCost`), and how many practitioner-sanctions letters the «patient's letter» hold would
 * (patient-refund-guard.ts `sanctionsFromAPatient`), each read as if the model had answered the letter's own area:
 * a right answer held for an archivist. Only letters that open a case count (a linked one takes its case's area).
 * Sets: scripts/area-labelled-sets.ts, and the treatment-abroad dev slice (test/classify/fixtures/abroad-attractor.json).
 * Prints ids and counts only, never a letter's text.
 *
 *   npx tsx scripts/wrong-area-guard-precision.ts
 */
import { abroadWithoutCost } from '../domain/classify/abroad-guard.ts';
import { decisionSubjectAreas } from '../domain/classify/decision-subject.ts';
import { areaEvidence, evidenceRules } from '../domain/classify/evidence.ts';
import { sanctionsFromAPatient } from '../domain/classify/patient-refund-guard.ts';
import { variantLetters } from './area-history-variants.ts';
import { areaLabelledSets, CASE_OPENERS as openers, type AreaLabelled as Labelled } from './area-labelled-sets.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const sets: [string, Labelled[]][] = [...areaLabelledSets(), ['treatment-abroad dev slice', variantLetters('abroad-attractor.json')]];
const holds: [string, string, (l: Labelled) => boolean][] = [
  ['treatment abroad names no cost or approval', 'treatment_abroad', (l) => abroadWithoutCost(l.text, l.area, fired(l.text), decisionSubjectAreas(l.text, fired(l.text)))],
  ["sanctions read in a patient's letter", 'practitioner_sanctions', (l) => sanctionsFromAPatient(l.text, l.area, fired(l.text))],
];
function fired(text: string) {
  return areaEvidence(text).map((h) => evidenceRules.find((r) => r.id === h.rule)!);
}
for (const [name, letters] of sets) {
  for (const [hold, area, fires] of holds) {
    const ofArea = letters.filter((l) => l.area === area && (l.documentType === undefined || openers.has(l.documentType)));
    const held = ofArea.filter(fires);
    out(`${name.padEnd(36)} ${hold.padEnd(44)} holds ${held.length}/${ofArea.length} of its own area's case-opening letters`);
    for (const l of held.slice(0, 8)) out(`    ${l.id}`);
  }
}
