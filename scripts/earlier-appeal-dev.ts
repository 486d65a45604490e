/**
 * Letters about an appeal sent earlier (corpus/earlier-appeal-dev.ts, session 22): per letter the type read, its
 * confidence at the link thresholds (routed or held), the deadline-interrupting cues and why the classifier holds
 * it, in this worktree and — with `--before DIR`, another checkout such as /work/main — in that one's classifier
 * beside it. Then the counts by true type: read right, routed, routed wrong, and routed as deadline-interrupting.
 * Last, on the sets rules are measured on (never the test half): the letters the earlier-appeal reading fires on, by
 * true type, and (with --before) the letters whose deadline-interrupting signal differs. Ids and figures only.
 *
 *   npx tsx scripts/earlier-appeal-dev.ts --before /work/main
 */
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.ts';
import { earlierAppealDevSlice } from '../corpus/earlier-appeal-dev.ts';
import { routedAt } from '../domain/classify/evaluate.ts';
import * as here from '../domain/classify/index.ts';
import { deadlineInterruptionSignal, readWritersAppeal } from '../domain/classify/deadline-interrupting.ts';
import { ruleMeasurementSets } from './rule-measurement-sets.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('earlier-appeal-dev', { options: { before: { type: 'string' } } });
const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
const thresholds = config.linkThresholds ?? { newCase: config.reviewThreshold, mustLink: config.reviewThreshold };

type Classify = typeof here.classifyDocument;
const before: Classify | null = values.before ? ((await import(resolve(values.before, 'domain/classify/index.ts'))) as typeof here).classifyDocument : null;
const signalBefore: typeof deadlineInterruptionSignal | null = values.before
  ? ((await import(resolve(values.before, 'domain/classify/deadline-interrupting.ts'))) as { deadlineInterruptionSignal: typeof deadlineInterruptionSignal }).deadlineInterruptionSignal
  : null;

/** The explanation's rules that only hold (weight 0) or name the deadline-interrupting reading. */
const HOLDING = /^rule:(deadline-interrupting|refers to an appeal|asks to send|appeal says it is late|apologises|says «|read as|lodged appeal read)/u;

interface Read {
  type: string;
  confidence: number;
  routed: boolean;
  interrupting: boolean;
  why: string;
}

function read(classify: Classify, text: string): Read {
  const c = classify(text, config);
  const { confidence, routed } = routedAt(c, config, thresholds);
  const rules = c.explanation.filter((e) => HOLDING.test(e.feature)).map((e) => e.feature.slice('rule:'.length));
  return {
    type: c.documentType,
    confidence,
    routed,
    interrupting: c.explanation.some((e) => e.feature.startsWith('rule:deadline-interrupting')),
    why: [...(c.hold ? [c.hold] : []), ...rules].join('; ') || '-',
  };
}

const show = (r: Read) => `${r.type} ${r.confidence.toFixed(3)} ${r.routed ? 'ROUTED' : 'held'}${r.interrupting ? ' [adi cue]' : ''} (${r.why})`;

const rows = earlierAppealDevSlice.map((l) => ({ letter: l, after: read(here.classifyDocument, l.text), before: before ? read(before, l.text) : null }));
for (const { letter, after, before: b } of rows) {
  out(`${letter.id} ${letter.language} truth ${letter.documentType}`);
  if (b) out(`    before: ${show(b)}`);
  out(`    after:  ${show(after)}`);
}

out();
const tally = (reads: { truth: string; r: Read }[]) => {
  const routed = reads.filter((x) => x.r.routed);
  return `right ${reads.filter((x) => x.r.type === x.truth).length}, routed ${routed.length}, routed wrong ${routed.filter((x) => x.r.type !== x.truth).length}, routed as deadline-interrupting ${routed.filter((x) => x.r.type === 'appeal_deadline_interrupting').length}`;
};
for (const truth of [...new Set(earlierAppealDevSlice.map((l) => l.documentType))]) {
  const own = rows.filter((x) => x.letter.documentType === truth);
  out(`${truth} (${own.length})`);
  if (before) out(`    before: ${tally(own.map((x) => ({ truth, r: x.before! })))}`);
  out(`    after:  ${tally(own.map((x) => ({ truth, r: x.after })))}`);
}

out();
out('sets rules are measured on: letters read as telling only of an earlier appeal, by true type; deadline-interrupting signal changed');
for (const [name, docs] of ruleMeasurementSets()) {
  const byType = new Map<string, number>();
  for (const d of docs) if (readWritersAppeal(d.text).earlierAppealOnly) byType.set(d.documentType, (byType.get(d.documentType) ?? 0) + 1);
  const fired = [...byType.entries()].map(([t, n]) => `${t} ${n}`).join(', ') || 'none';
  const changed = signalBefore ? docs.filter((d) => (signalBefore(d.text) === null) !== (deadlineInterruptionSignal(d.text) === null)) : [];
  const changedBy = changed.map((d) => `${d.documentType} ${deadlineInterruptionSignal(d.text) === null ? 'lost' : 'gained'}`).join(', ');
  out(`  ${name.padEnd(22)} (${docs.length}) earlier-only: ${fired}${signalBefore ? `; signal changed: ${changed.length}${changed.length ? ` (${changedBy})` : ''}` : ''}`);
}
