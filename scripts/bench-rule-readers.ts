/**
 * npx tsx scripts/bench-rule-readers.ts [-- --count N] [-- --seed S]
 *
 * CPU a letter of the rule readers that read letters without diacritics (review of model10, finding 7):
 * the evidence rules as they read before session 10 (each pattern on the text as written), as they read
 * now (each pattern widened to "ø|ö|o|oe" on the text as written, and the folded pattern on the folded
 * text only when the text has a mark), the structure features (domain/classify/structure.ts), and the
 * hard cues and deadline-interrupting reader. N generated letters (default 1,000, seed 11), three rounds,
 * process CPU time (user + system) so the load of other processes moves it less than wall time. Figures
 * only, no assertions.
 */
import { loadavg } from 'node:os';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { deadlineInterruptionSignal } from '../domain/classify/deadline-interrupting.ts';
import { areaEvidence, evidenceRules } from '../domain/classify/evidence.ts';
import { matchHardCues } from '../domain/classify/rules.ts';
import { structureFeatures } from '../domain/classify/structure.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-rule-readers', { options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '11' } } });
const count = Number(values.count);
const seed = Number(values.seed);
if (!(Number.isInteger(count) && count > 0 && Number.isInteger(seed))) {
  process.stderr.write('usage: bench-rule-readers [--count N] [--seed S], N and S whole numbers, N above 0\n');
  process.exit(2);
}
const letters = generateCorpus({ seed, split: 'train', count }).map(docText);
/** The evidence rules as they read before session 10: the pattern on the text as written, nothing else. */
const spelledOnly = (text: string) => evidenceRules.filter((r) => r.pattern.test(text));

const msPerLetter = (read: (text: string) => unknown) => {
  const started = process.cpuUsage();
  for (const text of letters) read(text);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / letters.length;
};
const readers: [string, (text: string) => unknown][] = [
  ['evidence rules, spelled text only (before session 10)', spelledOnly],
  ['evidence rules, widened + folded (now)', areaEvidence],
  ['structure features', structureFeatures],
  ['hard cues (widened)', matchHardCues],
  ['deadline-interrupting reader (widened)', deadlineInterruptionSignal],
];
for (const [, read] of readers) msPerLetter(read); // warm: each pattern compiled and widened once
const rounds = readers.map(([name, read]) => ({ name, ms: [0, 1, 2].map(() => msPerLetter(read)) }));
process.stdout.write(`${letters.length} generated letters (seed ${seed}), load ${loadavg()[0]!.toFixed(1)} on the machine; CPU ms a letter, three rounds\n`);
for (const { name, ms } of rounds) process.stdout.write(`  ${name.padEnd(56)} ${ms.map((m) => m.toFixed(3)).join('  ')}\n`);
