/**
 * What the comments rule's `heldWithout` (config/postmottak.json, domain/classify/held-without.ts) does on the
 * session 21 development slice (corpus/comments-correspondence-dev.ts) and session 19's (corpus/correspondence-dev.ts):
 * per true type, letters read as comments, and routed / held / routed wrong at the link thresholds, before
 * (the rule's phrase families emptied) and after. Then, on the sets rules are measured on (never the test
 * half), the comments letters that say no family phrase — those a reading as comments would now hold — and the
 * other letters that do. Counts and the slice's letter ids only.
 *
 *   npx tsx scripts/comments-correspondence-dev.ts
 */
import { loadConfig } from '../config/load.ts';
import { classifyDocument } from '../domain/classify/index.ts';
import { routedAt } from '../domain/classify/evaluate.ts';
import { answeringPhrase } from '../domain/classify/held-without.ts';
import { commentsCorrespondenceDevSlice, untunedLetters } from '../corpus/comments-correspondence-dev.ts';
import { correspondenceDevSlice } from '../corpus/correspondence-dev.ts';
import { ruleMeasurementSets } from './rule-measurement-sets.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const after = loadConfig();
const before = { ...after, typeRules: after.typeRules.map((r) => ({ ...r, heldWithout: [] })) };
const thresholds = after.linkThresholds ?? { newCase: after.reviewThreshold, mustLink: after.reviewThreshold };
const commentsRule = after.typeRules.find((r) => r.type === 'comments')!;

for (const [name, slice] of [
  ['comments/correspondence dev slice (s21)', commentsCorrespondenceDevSlice],
  ['letters written after the families were settled (s21, untuned)', untunedLetters],
  ['correspondence dev slice (s19)', correspondenceDevSlice],
] as const) {
  out(`${name}: ${slice.length} letters`);
  const read = (config: typeof after) =>
    slice.map((l) => {
      const p = classifyDocument(l.text, config);
      const { routed } = routedAt(p, config, thresholds);
      return { id: l.id, truth: l.documentType, read: p.documentType, routed, wrong: routed && p.documentType !== l.documentType, hold: p.hold };
    });
  const b = read(before);
  const a = read(after);
  for (const truth of [...new Set(slice.map((l) => l.documentType))]) {
    const row = (r: typeof a) => {
      const own = r.filter((x) => x.truth === truth);
      const routed = own.filter((x) => x.routed).length;
      return `read as comments ${own.filter((x) => x.read === 'comments').length}, routed ${routed}, held ${own.length - routed}, wrong ${own.filter((x) => x.wrong).length}`;
    };
    out(`  ${truth.padEnd(30)} (${slice.filter((l) => l.documentType === truth).length})  before: ${row(b)}`);
    out(`  ${''.padEnd(30)}       after:  ${row(a)}`);
  }
  // Every comments letter and every letter read as comments, with its routing before and after.
  a.forEach((x, i) => {
    if (x.read !== 'comments' && x.truth !== 'comments') return;
    out(`    ${x.id} ${x.truth} read ${x.read}: before ${b[i]!.routed ? 'routed' : 'held'}, after ${x.routed ? 'routed' : 'held'}${x.hold ? ` (${x.hold})` : ''}`);
  });
}

out();
out('letters saying no comments family phrase (a reading as comments holds them) / letters, by true type');
for (const [name, docs] of ruleMeasurementSets()) {
  const silent = (type: string) => {
    const own = docs.filter((d) => (type === 'comments' ? d.documentType === 'comments' : d.documentType !== 'comments'));
    return `${own.filter((d) => !answeringPhrase(d.text, commentsRule)).length}/${own.length}`;
  };
  out(`  ${name.padEnd(22)} comments ${silent('comments').padEnd(9)} other types ${silent('other')}`);
}
