/**
 * Each area-evidence rule (domain/classify/evidence.ts) with its measured precision — letters of the
 * rule's area / letters it fired on — on the generated training letters, the training scans, the
 * held-out scans, the unseen-style letters and the unseen-writer calibration half (never the test
 * half), and the reviewer's adversarial decision-subject letters (corpus/decision-subject-adversarial.ts).
 * Prints counts only; `RULES=sykepenger,aap` limits the rules printed. `--folded` reads every letter
 * as a writer without ø, å, æ or ä on the keyboard would write it (domain/text/fold.ts): what the
 * rules still find, and how precisely, when no diacritic is left.
 *
 *   npx tsx scripts/evidence-rule-precision.ts [--folded]
 */
import { areaEvidence, evidenceRules } from '../domain/classify/evidence.ts';
import { foldDiacritics } from '../domain/text/fold.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { decisionSubjectAdversarialLetters } from '../corpus/decision-subject-adversarial.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const sets: [string, { text: string; area: string }[]][] = [
  ['gen train', generateCorpus({ seed: 424242, split: 'train', count: 3000 }).map((d) => ({ text: docText(d), area: d.area }))],
  ['train scans', loadRecords('train-ocr')],
  ['held-out', loadRecords('eval-ocr')],
  ['unseen-style', loadRecords('unseen-ocr')],
  ['calibration', half(loadUnseenWriters(), 'calibration')],
  ['adversarial', decisionSubjectAdversarialLetters()],
];
const only = process.env.RULES?.split(',');
const read = process.argv.includes('--folded') ? foldDiacritics : (text: string) => text;
const fired = sets.map(([, docs]) => docs.map((d) => new Set(areaEvidence(read(d.text)).map((h) => h.rule))));
out('Evidence rules: letters of the rule\'s area / letters fired on');
for (const rule of evidenceRules) {
  if (only && !only.includes(rule.id)) continue;
  const cells = sets.map(([name, docs], s) => {
    const on = docs.filter((_, i) => fired[s]![i]!.has(rule.id));
    return `${name} ${on.length ? `${on.filter((d) => d.area === rule.area).length}/${on.length}` : '–'}`;
  });
  out(`  ${rule.id.padEnd(18)} ${cells.join('  ')}`);
}
