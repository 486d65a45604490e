/**
 * A session's party slice letter by letter: `npx tsx scripts/parties-slice.ts --session 22|23|24 [--save FILE] [--before FILE]
 * [--held-out]` (corpus/parties/session22-writers.ts, session23-writers.ts, session24-writers.ts).
 * Prints, per development letter (the held-out third only with `--held-out`), the appellant, the representative and who
 * the acknowledgement goes to — the representative if there is one, else the appellant; «held» when that party has no
 * address — as read and as the slice's truth says, with a mark: `ok`, `ROLES` (the right addressee, but the appellant or the representative named wrongly), `HELD` (a right addressee without an address, or
 * a held letter where the truth has one) or `WRONG` (a letter to another person or another address). `--save` writes the
 * lines to compare against; `--before` prints the saved line beside each one that changed. Slice text only: the unseen
 * set is never read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Party } from '#schemas/parties';
import { norwegianPostcodes } from '../config/postcodes.ts';
import { extractParties } from '../domain/parties/index.ts';
import type { PartiesTruth } from '../domain/parties/evaluate.ts';
import * as session22 from '../corpus/parties/session22-writers.ts';
import * as session23 from '../corpus/parties/session23-writers.ts';
import * as session24 from '../corpus/parties/session24-writers.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('parties-slice', { options: { session: { type: 'string', default: '23' }, save: { type: 'string' }, before: { type: 'string' }, 'held-out': { type: 'boolean', default: false } } });
const slices = { '22': { letters: session22.session22Letters, isHeldOut: session22.isHeldOut }, '23': { letters: session23.session23Letters, isHeldOut: session23.isHeldOut }, '24': { letters: session24.session24Letters, isHeldOut: session24.isHeldOut } } as const;
const slice = slices[values.session as keyof typeof slices];
if (!slice) {
  console.error(`parties-slice: --session must be 22, 23 or 24, not «${values.session}»`);
  process.exit(2);
}
const postcodes = norwegianPostcodes();

type Who = { name: string; address: readonly string[] } | null | undefined;
const show = (p: Who): string => (p ? `${p.name}${p.address.length ? ` @ ${p.address.join(', ')}` : ''}` : '-');
const addressee = (rep: Who, app: Who): string => {
  const to = rep ?? app;
  return !to ? 'held (nobody)' : to.address.length === 0 ? `held (${to.name})` : show(to);
};

function mark(found: readonly Party[], truth: PartiesTruth): 'ok' | 'HELD' | 'WRONG' | 'ROLES' {
  const app = found.find((p) => p.role === 'appellant');
  const rep = found.find((p) => p.role === 'representative');
  const right = addressedRight(found, truth);
  // The right letter for the wrong reason: a giver read as the representative, a holder as the appellant.
  return right === 'ok' && (app?.name !== truth.appellant?.name || rep?.name !== truth.representative?.name) ? 'ROLES' : right;
}

function addressedRight(found: readonly Party[], truth: PartiesTruth): 'ok' | 'HELD' | 'WRONG' {
  const to = found.find((p) => p.role === 'representative') ?? found.find((p) => p.role === 'appellant');
  const want = truth.representative ?? truth.appellant;
  if (!to || to.address.length === 0) return want && want.address.length > 0 ? 'HELD' : 'ok';
  return want && to.name === want.name && to.address.join('|') === want.address.join('|') ? 'ok' : 'WRONG';
}

const before = new Map<string, string>(values.before ? (JSON.parse(readFileSync(values.before, 'utf8')) as [string, string][]) : []);
const lines: [string, string][] = [];
const counts = { ok: 0, ROLES: 0, HELD: 0, WRONG: 0 };
for (const l of slice.letters().filter((x) => slice.isHeldOut(x.id) === values['held-out'])) {
  const found = extractParties(l.text, { postcodes });
  const app = found.find((p) => p.role === 'appellant');
  const rep = found.find((p) => p.role === 'representative');
  const m = mark(found, l.truth);
  counts[m]++;
  const line = `${m.padEnd(5)} appellant ${show(app)} | representative ${show(rep)} | to ${addressee(rep, app)}`;
  lines.push([l.id, line]);
  console.log(`${l.id} ${l.style}`);
  console.log(`  read  ${line}`);
  console.log(`  truth       appellant ${show(l.truth.appellant)} | representative ${show(l.truth.representative)} | to ${addressee(l.truth.representative, l.truth.appellant)}`);
  const was = before.get(l.id);
  if (was !== undefined && was !== line) console.log(`  before ${was}`);
}
console.log(`ok ${counts.ok}, right addressee with wrong roles ${counts.ROLES}, held ${counts.HELD}, WRONG ${counts.WRONG} of ${lines.length}`);
if (values.save) writeFileSync(values.save, JSON.stringify(lines));
