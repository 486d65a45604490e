/**
 * The area contest read from the appeal's own sentences (domain/classify/appeal-sentence-words.ts), on
 * letters whose true area is known: how many case-opening letters it would contest against their own
 * true area (a right answer held for an archivist), and by which area. Sets: generated training and
 * eval-family letters (seed 7), the training and held-out scans, the unseen-writer calibration half
 * (never the test half), the reviewer's adversarial decision-subject letters (generated and hand-written).
 * Prints ids, areas and counts only: never a letter's text.
 *
 *   npx tsx scripts/own-sentence-contest-precision.ts
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/load.ts';
import { ownSentencesContest } from '../domain/classify/appeal-sentence-words.ts';
import { decisionSubjectAdversarialLetters } from '../corpus/decision-subject-adversarial.ts';
import { areaLabelledSets, CASE_OPENERS as openers, type AreaLabelled as Labelled } from './area-labelled-sets.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const areas = loadConfig().areas;
const sets: [string, Labelled[]][] = [
  ...areaLabelledSets(),
  ['adversarial decision-subject letters', [...decisionSubjectAdversarialLetters(), ...JSON.parse(readFileSync(new URL('../test/classify/fixtures/decision-subject-hand-letters.json', import.meta.url), 'utf8'))]],
];
for (const [name, letters] of sets) {
  const read = letters.filter((l) => l.documentType === undefined || openers.has(l.documentType));
  const against = read.map((l) => ({ l, other: ownSentencesContest(l.text, l.area, areas) })).filter((x) => x.other !== null);
  out(`${name.padEnd(40)} openers ${String(read.length).padStart(5)}  contested against their own area ${against.length}`);
  for (const { l, other } of against.slice(0, 10)) out(`    ${l.id.padEnd(14)} ${l.area} -> ${other}`);
}
