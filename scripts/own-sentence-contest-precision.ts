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
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { decisionSubjectAdversarialLetters } from '../corpus/decision-subject-adversarial.ts';
import { half, loadSplit, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';

interface Labelled { id: string; area: string; text: string; documentType?: string }
const out = (s = '') => process.stdout.write(`${s}\n`);
const areas = loadConfig().areas;
const openers = new Set(['appeal', 'appeal_deadline_interrupting', 'case_transfer']);
const generated = (split: 'train' | 'eval', count: number): Labelled[] => generateCorpus({ seed: 7, split, count }).map((d) => ({ id: d.id, area: d.area, text: docText(d), documentType: d.documentType }));
const sets: [string, Labelled[]][] = [
  ['generated training letters', generated('train', 6000)],
  ['generated eval-family letters', generated('eval', 3000)],
  ['training scans', loadRecords('train-ocr')],
  ['held-out scans', loadRecords('eval-ocr')],
  ['unseen writers, calibration half', half(loadUnseenWriters(), 'calibration', loadSplit())],
  ['adversarial decision-subject letters', [...decisionSubjectAdversarialLetters(), ...JSON.parse(readFileSync(new URL('../test/classify/fixtures/decision-subject-hand-letters.json', import.meta.url), 'utf8'))]],
];
for (const [name, letters] of sets) {
  const read = letters.filter((l) => l.documentType === undefined || openers.has(l.documentType));
  const against = read.map((l) => ({ l, other: ownSentencesContest(l.text, l.area, areas) })).filter((x) => x.other !== null);
  out(`${name.padEnd(40)} openers ${String(read.length).padStart(5)}  contested against their own area ${against.length}`);
  for (const { l, other } of against.slice(0, 10)) out(`    ${l.id.padEnd(14)} ${l.area} -> ${other}`);
}
