/**
 * The unseen-writer section of `npm run eval`: both halves beside the held-out families, shares with
 * 95% Wilson intervals, each batch through the Link stage's decisions, reliability and ECE per
 * decision, and the measured precision of every area-evidence rule.
 */
import type { PostmottakConfig } from '../schemas/config.ts';
import type { LoadedModel } from '../domain/classify/index.ts';
import { reliabilityTable } from '../domain/classify/calibration.ts';
import { areaEvidence, evidenceRules } from '../domain/classify/evidence.ts';
import { decisionSubjectAreas } from '../domain/classify/decision-subject.ts';
import { deadlineInterruptionSignal } from '../domain/classify/deadline-interrupting.ts';
import { expectedCalibrationError, wilson } from '../domain/classify/intervals.ts';
import { decisionPoints, predictAll, scoreUnseen, thresholdsOf, type PredictedLetter } from '../eval-sets/unseen-writers/evaluate.ts';
import { half, loadSplit, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { predictOutOfFold, WRITER_FOLDS } from '../eval-sets/unseen-writers/writer-fit.ts';
import type { CorpusRecord } from '../corpus/records.ts';

const pct = (x: number) => (Number.isNaN(x) ? '  –  ' : `${(x * 100).toFixed(1)}%`);
const share = (k: number, n: number) => {
  const ci = wilson(k, n);
  return `${k}/${n} = ${pct(n ? k / n : NaN)} [${pct(ci.low)}, ${pct(ci.high)}]`;
};

/**
 * `testHalf` prints the test half too (`npm run eval -- --test-half`, the lead's switch): by default it
 * is neither classified nor printed, so nobody developing reads its figures or letters by accident.
 */
export function printUnseenWriters(model: LoadedModel, config: PostmottakConfig, out: (s?: string) => void, trainingScans: CorpusRecord[], heldOutScans: CorpusRecord[], { testHalf = false }: { testHalf?: boolean } = {}): void {
  const records = loadUnseenWriters();
  const split = loadSplit();
  const thresholds = thresholdsOf(config);
  // The calibration half out of fold: the model's writer stage was fitted on that half, so each of its
  // batches is answered by a stage fitted on the other folds only (never the shipped, in-sample one).
  const calibrationHalf = half(records, 'calibration', split);
  const halves = { calibration: model.file.writerCalibration ? predictOutOfFold(calibrationHalf, config, model) : predictAll(calibrationHalf, config, model), test: testHalf ? predictAll(half(records, 'test', split), config, model) : [] };
  out();
  out(`Unseen-writer set (eval-sets/unseen-writers: ${records.length} letters in ${new Set(records.map((r) => r.batch)).size} batches, written without the corpus, scanned and OCR'd; split once by batch)`);
  out(`  thresholds: new case ${thresholds.newCase}, must-link ${thresholds.mustLink} (config${config.linkThresholds ? '.linkThresholds' : '.reviewThreshold'}); 95% Wilson intervals in brackets`);
  if (!testHalf) out('  test half: not scored here (the lead scores it once, with --test-half)');
  const sections: [string, PredictedLetter[]][] = [
    [`calibration half${model.file.writerCalibration ? ` (its writer stage out of fold: ${WRITER_FOLDS} folds by batch)` : ''}`, halves.calibration],
    ['test half', halves.test],
    ['test half, slice B only (letters nobody read while writing the rules)', halves.test.filter((p) => p.record.id.startsWith('ub-'))],
  ];
  for (const [name, predicted] of sections) {
    if (predicted.length === 0) continue;
    const s = scoreUnseen(predicted, config, thresholds);
    const sim = s.simulation;
    out();
    out(`  ${name}: ${s.n} letters, ${new Set(predicted.map((p) => p.record.batch)).size} batches`);
    out(`    type right             ${share(s.typeRight, s.n)}`);
    out(`    area right (as read)   ${share(s.areaRight, s.n)}`);
    out(`    area right (reported)  ${share(s.reportedAreaRight, s.n)}   (a document that joined a case takes the case's area)`);
    out(`    language right         ${share(s.languageRight, s.n)}`);
    out(`    straight through       ${share(sim.straightThrough, sim.shouldRoute)} of those that should be routed`);
    out(`    wrong among routed     ${share(sim.routedWrong, sim.routed)}`);
    out(`    review items ${sim.reviewItems}; waiting beside a document in review ${sim.waiting} (carried on when it is decided)`);
    for (const f of s.fields) out(`    ${f.field.padEnd(22)} precision ${share(f.truePositives, f.predicted)}  recall ${share(f.truePositives, f.expected)}`);
    const adi = predicted.filter((p) => p.record.documentType === 'appeal_deadline_interrupting');
    const adiAsAppeal = adi.filter((p) => p.documentType === 'appeal' && p.confidence >= thresholds.newCase).length;
    out(`    deadline-interrupting appeals: ${adi.length}, read as an ordinary appeal with confidence ${adiAsAppeal}`);
    const points = decisionPoints(predicted, config);
    for (const decision of ['newCase', 'mustLink'] as const) {
      const p = points[decision];
      out(`    reliability, ${decision === 'newCase' ? 'new case: P(type and area right)' : 'must-link: P(type right)'}; ECE ${expectedCalibrationError(p).toFixed(3)} (n=${p.length})`);
      for (const row of reliabilityTable(p)) if (row.count) out(`      ${row.from.toFixed(2)}–${row.to.toFixed(2)}  ${String(row.count).padStart(4)}  mean conf ${row.meanConfidence.toFixed(3)}  right ${row.accuracy.toFixed(3)}`);
    }
  }
  out();
  out('  Area evidence rules: precision where each fires (right area / letters it fired on, after a trade yields to sanctions law); never measured on the test half');
  const sets: [string, { text: string; area: string }[]][] = [
    ['training scans', trainingScans],
    ['held-out scans', heldOutScans],
    ['calibration half', halves.calibration.map((p) => ({ text: p.record.text, area: p.record.area }))],
  ];
  const hitsOf = new Map(sets.map(([name, docs]) => [name, docs.map((d) => new Set(areaEvidence(d.text).map((h) => h.rule)))]));
  for (const rule of evidenceRules) {
    const cells = sets.map(([name, docs]) => {
      const hits = hitsOf.get(name)!;
      const fired = docs.filter((_, i) => hits[i]!.has(rule.id));
      const right = fired.filter((d) => d.area === rule.area).length;
      return `${name} ${fired.length ? `${right}/${fired.length} ${pct(right / fired.length)}` : '–'}`;
    });
    out(`    ${rule.id.padEnd(24)} ${rule.kind.padEnd(16)} -> ${rule.area.padEnd(22)} ${cells.join('  ')}`);
  }
  // The decision's subject (decision-subject.ts): the one area the appeal clause names, which adds a law's weight.
  const subjectCells = sets.map(([name, docs]) => {
    const hits = hitsOf.get(name)!;
    const subjects = docs.map((d, i) => decisionSubjectAreas(d.text, evidenceRules.filter((r) => hits[i]!.has(r.id))));
    const one = docs.map((d, i) => ({ area: d.area, subject: subjects[i]! })).filter((x) => x.subject.size === 1);
    const right = one.filter((x) => x.subject.has(x.area)).length;
    return `${name} ${one.length ? `${right}/${one.length} ${pct(right / one.length)}` : '–'} (two: ${subjects.filter((x) => x.size > 1).length})`;
  });
  out(`    ${'decision subject'.padEnd(24)} ${'appeal clause'.padEnd(16)} -> ${'its one area'.padEnd(22)} ${subjectCells.join('  ')}`);
  const adiCalibration = halves.calibration.map((p) => ({ fired: deadlineInterruptionSignal(p.record.text) !== null, adi: p.record.documentType === 'appeal_deadline_interrupting' }));
  const fired = adiCalibration.filter((x) => x.fired);
  out(`  deadline-interrupting intent (calibration half): fired on ${fired.length}, of which ${fired.filter((x) => x.adi).length} deadline-interrupting; found ${fired.filter((x) => x.adi).length} of ${adiCalibration.filter((x) => x.adi).length}`);
}
