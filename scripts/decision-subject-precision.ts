/**
 * The decision's subject as area evidence (domain/classify/decision-subject.ts: the benefit the appeal
 * clause governs), measured before it is used. Only the letters where benefit names of two or more areas
 * fire can tell whether it helps (elsewhere there is no contest to lift), so those are the column that
 * counts: how often the subject is found for one area there, and how often that area is the letter's,
 * with 95% Wilson intervals. Sets: the generated training letters (seed 424242), the generated
 * eval-family letters (seed 777), the training scans, the held-out scans, the unseen-style letters, the
 * unseen-writer calibration half (never the test half), and the reviewer's adversarial letters (616
 * generated, corpus/decision-subject-adversarial.ts, and the hand-written ones in
 * test/classify/fixtures/decision-subject-hand-letters.json), where a decision word names a benefit
 * that is not the appealed decision's. Then, with the promoted model, the new-case answers whose area
 * contest the subject lifts (contested() with and without the subject): how many, and how many of
 * them have the area wrong — on the same sets and the generated eval-family letters through the OCR
 * noise model as gate-checks.ts draws them (seeds 9001 and 31337). Prints counts only.
 *
 *   npx tsx scripts/decision-subject-precision.ts
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/load.ts';
import { classifyDocument, contested } from '../domain/classify/index.ts';
import { decisionSubjectAreas } from '../domain/classify/decision-subject.ts';
import { evidenceRules, areaEvidence } from '../domain/classify/evidence.ts';
import { wilson } from '../domain/classify/intervals.ts';
import { mustLink } from '../domain/config.ts';
import { applyNoise, learnNoise } from '../corpus/noise.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { decisionSubjectAdversarialLetters } from '../corpus/decision-subject-adversarial.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const sets: [string, { text: string; area: string; documentType?: string }[]][] = [
  ['generated train', generateCorpus({ seed: 424242, split: 'train', count: 3000 }).map((d) => ({ text: docText(d), area: d.area, documentType: d.documentType }))],
  ['generated eval families', generateCorpus({ seed: 777, split: 'eval', count: 3000 }).map((d) => ({ text: docText(d), area: d.area, documentType: d.documentType }))],
  ['training scans', loadRecords('train-ocr')],
  ['held-out scans', loadRecords('eval-ocr')],
  ['unseen-style letters', loadRecords('unseen-ocr')],
  ['calibration half', half(loadUnseenWriters(), 'calibration')],
  ['adversarial generated', decisionSubjectAdversarialLetters()],
  ['adversarial hand-written', JSON.parse(readFileSync(new URL('../test/classify/fixtures/decision-subject-hand-letters.json', import.meta.url), 'utf8')) as { text: string; area: string }[]],
];
const ci = (k: number, n: number) => (n ? `${k}/${n} [${(wilson(k, n).low * 100).toFixed(0)}, ${(wilson(k, n).high * 100).toFixed(0)}]%` : '–');
out('Decision subject where benefit names of 2+ areas fire: letters | the letter\'s area among them | subject found for one area: right / found [95% Wilson]');
out('                  and on every letter where it finds one area: right / found');
for (const [name, docs] of sets) {
  let twoAreas = 0;
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
    twoAreas++;
    if (benefitAreas.has(d.area)) truthAmong++;
    if (subject.size !== 1) continue;
    found++;
    if (subject.has(d.area)) right++;
  }
  out(`  ${name.padEnd(26)} ${String(twoAreas).padStart(5)} ${String(truthAmong).padStart(5)}   ${ci(right, found).padEnd(20)}  all: ${anyRight}/${anyFound}`);
}

const config = loadConfig();
const trainScans = loadRecords('train-ocr');
const noise = learnNoise(trainScans.filter((r) => !r.textLayer && r.clean).map((r) => ({ clean: r.clean!, ocr: r.text })));
const noisy = (seed: number) => generateCorpus({ seed, split: 'eval', count: 3000 }).map((d, i) => ({ text: applyNoise(noise, docText(d), 1, seed + i), area: d.area, documentType: d.documentType }));
const lifted: [string, { text: string; area: string; documentType?: string }[]][] = [
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
    if (contested(fired, c.area, d.text, false) === null) continue;
    n++;
    if (c.area !== d.area) areaWrong++;
    if (d.documentType && c.documentType !== d.documentType) typeWrong++;
  }
  out(`  ${name.padEnd(26)} ${String(n).padStart(5)} ${String(areaWrong).padStart(5)} ${String(typeWrong).padStart(5)}`);
}
