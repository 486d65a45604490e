/**
 * Two party-reading runs compared letter by letter: `npx tsx scripts/compare-parties-outcomes.ts BEFORE AFTER`, where each
 * file was written by `npm run eval:parties -- --dev --outcomes FILE` (the unseen test half is never in them). Prints, per
 * set, how many letters' appellant name (right, none given, wrong name given), appellant outcome (exact, missing, other,
 * wrong), representative outcome (right, missed, false, none) and representative's address (right, missing, wrong, none:
 * a wrong one sends the acknowledgement to another office, worse than none) changed and in which direction, and lists the letters that
 * got worse by id and kind (no text, no names).
 * Exit 1 when any letter got worse or is missing from the second run (a crashed or `--only` run proves nothing), so a
 * rule's cost is seen before it is kept.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { scriptArgs } from './script-args.ts';

const Outcome = z.object({
  set: z.string(),
  id: z.string(),
  style: z.string(),
  outcome: z.enum(['exact', 'missing', 'other', 'wrong']),
  nameRight: z.boolean(),
  appellantGiven: z.boolean(),
  representative: z.enum(['right', 'missed', 'false', 'none']),
  representativeAddress: z.enum(['right', 'missing', 'wrong', 'none']),
});
type Outcome = z.infer<typeof Outcome>;

const { positionals } = scriptArgs('compare-parties-outcomes', { allowPositionals: true });
if (positionals.length !== 2) fail('usage: npx tsx scripts/compare-parties-outcomes.ts BEFORE.jsonl AFTER.jsonl (files from eval:parties --dev --outcomes)');

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}

function load(file: string): Map<string, Outcome> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}: give a file written by eval:parties --dev --outcomes`);
  }
  const out = new Map<string, Outcome>();
  text.split('\n').forEach((l, i) => {
    if (l.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(l);
    } catch {
      fail(`${file} line ${i + 1} is not JSON: give a file written by eval:parties --dev --outcomes`);
    }
    const o = Outcome.safeParse(json);
    if (!o.success) fail(`${file} line ${i + 1} lacks an outcome field (the representative's address since session 17): write it again with this branch's eval:parties --dev --outcomes`);
    out.set(`${o.data.set}\u0000${o.data.id}`, o.data);
  });
  return out;
}

/**
 * Higher is better. The appellant's name first: a wrong person given files the letter on someone else's case, worse than
 * none given (which goes to review). Then the address: a wrong one is worse than none, none worse than the right one.
 */
const nameRank = (o: Outcome) => (o.nameRight ? 2 : o.appellantGiven ? 0 : 1);
const appellantRank: Record<Outcome['outcome'], number> = { wrong: 0, other: 1, missing: 2, exact: 3 };
const representativeRank: Record<Outcome['representative'], number> = { false: 0, missed: 1, none: 2, right: 2 };
const representativeAddressRank: Record<Outcome['representativeAddress'], number> = { wrong: 0, missing: 1, none: 2, right: 2 };
const kind = (o: Outcome) => `${o.nameRight ? 'name right' : o.appellantGiven ? 'wrong name' : 'no appellant'}, ${o.outcome}/${o.representative}, representative's address ${o.representativeAddress}`;

interface Row { set: string; better: number; worse: number; same: number; missing: number; worseIds: string[] }

function compareOutcomes(before: ReadonlyMap<string, Outcome>, after: ReadonlyMap<string, Outcome>): Row[] {
  const sets = new Map<string, Row>();
  for (const [key, b] of before) {
    const row = sets.get(b.set) ?? { set: b.set, better: 0, worse: 0, same: 0, missing: 0, worseIds: [] };
    sets.set(b.set, row);
    const a = after.get(key);
    if (!a) {
      row.missing++;
      continue;
    }
    const deltas = [nameRank(a) - nameRank(b), appellantRank[a.outcome] - appellantRank[b.outcome], representativeRank[a.representative] - representativeRank[b.representative], representativeAddressRank[a.representativeAddress] - representativeAddressRank[b.representativeAddress]];
    if (deltas.some((d) => d < 0)) {
      row.worse++;
      row.worseIds.push(`${b.id} ${b.style}: ${kind(b)} → ${kind(a)}`);
    } else if (deltas.some((d) => d > 0)) row.better++;
    else row.same++;
  }
  return [...sets.values()];
}

const rows = compareOutcomes(load(positionals[0]!), load(positionals[1]!));
let worse = 0;
let missing = 0;
for (const r of rows) {
  worse += r.worse;
  missing += r.missing;
  process.stdout.write(`${r.set}: ${r.same} same, ${r.better} better, ${r.worse} worse${r.missing ? `, ${r.missing} not in the second run` : ''}\n`);
  for (const id of r.worseIds) process.stdout.write(`    ${id}\n`);
}
if (missing > 0) process.stdout.write(`${missing} letters of the first run are not in the second: the comparison is incomplete\n`);
process.exit(worse > 0 || missing > 0 ? 1 : 0);
