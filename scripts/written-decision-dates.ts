/**
 * The decision date and the decision-received date as writers give them (session 19, fields19): the
 * hand-written slice of test/fields/fixtures/written-decision-dates.json read as an appeal
 * (decisionDateOf 'first_instance', the day the mail came where the case gives it). Prints precision
 * and recall of both fields, how many dates that must not be taken were taken, and with --list every
 * case read differently from its truth.
 *
 *   npx tsx scripts/written-decision-dates.ts [--list]
 */
import { readAsAppeal, writtenDecisionDateCases } from '../corpus/written-decision-dates.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('written-decision-dates', { options: { list: { type: 'boolean', default: false } } });
const slice = { cases: writtenDecisionDateCases() };
const out = (s = '') => process.stdout.write(`${s}\n`);
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

const fields = ['decisionDate', 'decisionReceivedDate'] as const;
const score = Object.fromEntries(fields.map((f) => [f, { expected: 0, found: 0, right: 0 }]));
let forbiddenTaken = 0;
const forbiddenCases = slice.cases.filter((c) => c.mustNotTake?.length).length;
const listed: string[] = [];
for (const c of slice.cases) {
  const read = readAsAppeal(c);
  for (const f of fields) {
    const s = score[f]!;
    if (c[f] !== null) s.expected++;
    if (read[f] !== null) s.found++;
    if (read[f] !== null && read[f] === c[f]) s.right++;
    if (read[f] !== c[f]) listed.push(`  ${c.id.padEnd(7)} ${f.padEnd(21)} truth ${c[f] ?? 'none'}  read ${read[f] ?? 'none'}`);
  }
  if (c.mustNotTake?.some((d) => d === read.decisionDate)) forbiddenTaken++;
}

out(`Written decision dates (${slice.cases.length} cases, read as appeals)    expected  found  right  precision  recall`);
for (const f of fields) {
  const s = score[f]!;
  out(`  ${f.padEnd(48)} ${String(s.expected).padStart(4)}  ${String(s.found).padStart(5)}  ${String(s.right).padStart(5)}  ${pct(s.right, s.found).padStart(9)}  ${pct(s.right, s.expected).padStart(6)}`);
}
out(`  a date that must not be the decision's taken as it: ${forbiddenTaken} of ${forbiddenCases} cases`);
if (values.list) {
  out('\nRead differently from the truth:');
  for (const l of listed) out(l);
}
