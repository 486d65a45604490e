/**
 * The decision's subject as area evidence (domain/classify/decision-subject.ts), measured before it is
 * used: on letters where benefit names of two or more areas fire, how often the one a decision word
 * governs is the letter's area, on the generated training letters (seed 424242), the generated
 * eval-family letters (seed 777, the set gate-checks.ts draws its choices from), the training scans,
 * the held-out scans, the unseen-style letters and the unseen-writer calibration half (never the test
 * half). Then, with the promoted model, the new-case answers whose area contest the subject lifts
 * (domain/classify/index.ts): how many, and how many of them have the area wrong — on the same sets,
 * the generated eval-family letters through the OCR noise model as gate-checks.ts draws them (seeds
 * 9001 and 31337). Prints counts only.
 *
 *   npx tsx scripts/decision-subject-precision.ts
 */
import { loadConfig } from '../config/load.ts';
import { classifyDocument } from '../domain/classify/index.ts';
import { decisionSubjectAreas } from '../domain/classify/decision-subject.ts';
import { evidenceRules, areaEvidence, type EvidenceRule } from '../domain/classify/evidence.ts';
import { EVIDENCE_WEIGHT } from '../domain/classify/evidence-scoring.ts';
import { mustLink } from '../domain/config.ts';
import { applyNoise, learnNoise } from '../corpus/noise.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const sets: [string, { text: string; area: string; documentType: string }[]][] = [
  ['generated train', generateCorpus({ seed: 424242, split: 'train', count: 3000 }).map((d) => ({ text: docText(d), area: d.area, documentType: d.documentType }))],
  ['generated eval families', generateCorpus({ seed: 777, split: 'eval', count: 3000 }).map((d) => ({ text: docText(d), area: d.area, documentType: d.documentType }))],
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

// The contest as it was before the subject could lift it: another area's evidence at least as strong.
const strongest = (rules: EvidenceRule[]) => Math.max(0, ...rules.map((r) => EVIDENCE_WEIGHT[r.kind]));
const contestedBefore = (fired: EvidenceRule[], area: string) => {
  const others = fired.filter((r) => r.area !== area);
  return others.length > 0 && strongest(others) >= strongest(fired.filter((r) => r.area === area));
};
const config = loadConfig();
const trainScans = loadRecords('train-ocr');
const noise = learnNoise(trainScans.filter((r) => !r.textLayer && r.clean).map((r) => ({ clean: r.clean!, ocr: r.text })));
const noisy = (seed: number) => generateCorpus({ seed, split: 'eval', count: 3000 }).map((d, i) => ({ text: applyNoise(noise, docText(d), 1, seed + i), area: d.area, documentType: d.documentType }));
const lifted: [string, { text: string; area: string; documentType: string }[]][] = [
  ...sets.filter(([name]) => name !== 'generated eval families'),
  ['gen eval+noise 9001', noisy(9001)],
  ['gen eval+noise 31337', noisy(31337)],
];
out();
out('Contest lifted by the subject (promoted model, new-case answers): lifted | area wrong among them | type wrong among them');
for (const [name, docs] of lifted) {
  let n = 0;
  let areaWrong = 0;
  let typeWrong = 0;
  for (const d of docs) {
    const c = classifyDocument(d.text, config);
    if (mustLink(config, c.documentType) || c.detail.areaContested) continue;
    const hits = new Set(areaEvidence(d.text).map((h) => h.rule));
    const fired = evidenceRules.filter((r) => hits.has(r.id));
    if (!contestedBefore(fired, c.area)) continue;
    n++;
    if (c.area !== d.area) areaWrong++;
    if (c.documentType !== d.documentType) typeWrong++;
  }
  out(`  ${name.padEnd(26)} ${String(n).padStart(5)} ${String(areaWrong).padStart(5)} ${String(typeWrong).padStart(5)}`);
}
