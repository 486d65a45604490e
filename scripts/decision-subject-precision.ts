/**
 * The decision's subject as area evidence (domain/classify/decision-subject.ts), measured before it is
 * used: on letters where benefit names of two or more areas fire, how often the one a decision word
 * governs is the letter's area, on the generated training letters (seed 424242), the generated
 * eval-family letters (seed 777, the set gate-checks.ts draws its choices from), the training scans,
 * the held-out scans, the unseen-style letters and the unseen-writer calibration half (never the test
 * half). Prints counts only.
 *
 *   npx tsx scripts/decision-subject-precision.ts
 */
import { decisionSubjectAreas } from '../domain/classify/decision-subject.ts';
import { evidenceRules, areaEvidence } from '../domain/classify/evidence.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const sets: [string, { text: string; area: string }[]][] = [
  ['generated train', generateCorpus({ seed: 424242, split: 'train', count: 3000 }).map((d) => ({ text: docText(d), area: d.area }))],
  ['generated eval families', generateCorpus({ seed: 777, split: 'eval', count: 3000 }).map((d) => ({ text: docText(d), area: d.area }))],
  ['training scans', loadRecords('train-ocr')],
  ['held-out scans', loadRecords('eval-ocr')],
  ['unseen-style letters', loadRecords('unseen-ocr')],
  ['calibration half', half(loadUnseenWriters(), 'calibration')],
];
out('Decision subject: letters whose benefit names fire for 2+ areas | subject found for one area | that area right | the letter\'s area among the fired');
out('                  and on every letter where it finds one area: right / found');
for (const [name, docs] of sets) {
  let contested = 0;
  let found = 0;
  let right = 0;
  let truthAmong = 0;
  let anyFound = 0;
  let anyRight = 0;
  for (const d of docs) {
    const hits = new Set(areaEvidence(d.text).map((h) => h.rule));
    const fired = evidenceRules.filter((r) => hits.has(r.id));
    const subject = decisionSubjectAreas(d.text, fired);
    if (subject.size === 1) {
      anyFound++;
      if (subject.has(d.area)) anyRight++;
    }
    const benefitAreas = new Set(fired.filter((r) => r.kind === 'benefit').map((r) => r.area));
    if (benefitAreas.size < 2) continue;
    contested++;
    if (benefitAreas.has(d.area)) truthAmong++;
    if (subject.size !== 1) continue;
    found++;
    if (subject.has(d.area)) right++;
  }
  out(`  ${name.padEnd(26)} ${String(contested).padStart(5)} ${String(found).padStart(5)} ${String(right).padStart(5)} ${String(truthAmong).padStart(5)}    all: ${anyRight}/${anyFound}`);
}
