/**
 * Two party-reading runs compared letter by letter: `npx tsx scripts/compare-parties-outcomes.ts BEFORE AFTER`, where each
 * file was written by `npm run eval:parties -- --dev --outcomes FILE` (the unseen test half is never in them). Prints, per
 * set, how many letters' appellant outcome (exact, missing, other, wrong) and representative outcome (right, missed,
 * false, none) changed and in which direction, and lists the letters that got worse by id and kind (no text, no names).
 * Exit 1 when any letter got worse, so a rule's cost is seen before it is kept.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const Outcome = z.object({ set: z.string(), id: z.string(), style: z.string(), outcome: z.enum(['exact', 'missing', 'other', 'wrong']), representative: z.enum(['right', 'missed', 'false', 'none']) });
type Outcome = z.infer<typeof Outcome>;

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 2) {
  process.stderr.write('usage: npx tsx scripts/compare-parties-outcomes.ts BEFORE.jsonl AFTER.jsonl (files from eval:parties --dev --outcomes)\n');
  process.exit(2);
}

function load(file: string): Map<string, Outcome> {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Map(lines.map((l) => Outcome.parse(JSON.parse(l))).map((o) => [`${o.set}\u0000${o.id}`, o]));
}

/** Higher is better: a wrong address is worse than none, and none is worse than a right one. */
const appellantRank: Record<Outcome['outcome'], number> = { wrong: 0, other: 1, missing: 2, exact: 3 };
const representativeRank: Record<Outcome['representative'], number> = { false: 0, missed: 1, none: 2, right: 2 };

function compareOutcomes(before: ReadonlyMap<string, Outcome>, after: ReadonlyMap<string, Outcome>): { set: string; better: number; worse: number; same: number; missing: number; worseIds: string[] }[] {
  const sets = new Map<string, { set: string; better: number; worse: number; same: number; missing: number; worseIds: string[] }>();
  for (const [key, b] of before) {
    const row = sets.get(b.set) ?? { set: b.set, better: 0, worse: 0, same: 0, missing: 0, worseIds: [] };
    sets.set(b.set, row);
    const a = after.get(key);
    if (!a) {
      row.missing++;
      continue;
    }
    const dApp = appellantRank[a.outcome] - appellantRank[b.outcome];
    const dRep = representativeRank[a.representative] - representativeRank[b.representative];
    if (dApp < 0 || dRep < 0) {
      row.worse++;
      row.worseIds.push(`${b.id} ${b.style}: ${b.outcome}/${b.representative} → ${a.outcome}/${a.representative}`);
    } else if (dApp > 0 || dRep > 0) row.better++;
    else row.same++;
  }
  return [...sets.values()];
}

const rows = compareOutcomes(load(positionals[0]!), load(positionals[1]!));
let worse = 0;
for (const r of rows) {
  worse += r.worse;
  process.stdout.write(`${r.set}: ${r.same} same, ${r.better} better, ${r.worse} worse${r.missing ? `, ${r.missing} not in the second run` : ''}\n`);
  for (const id of r.worseIds) process.stdout.write(`    ${id}\n`);
}
process.exit(worse > 0 ? 1 : 0);
