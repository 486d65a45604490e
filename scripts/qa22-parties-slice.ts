/**
 * QA session 22's party slice (corpus/parties/qa22-writers.ts), letter by letter: `npx tsx scripts/qa22-parties-slice.ts`.
 * Prints, for each hand-written letter, the appellant's and the representative's name and address as read against the
 * truth («ok», «none» when the letter's address was not given, «WRONG» when a different one was), then the totals. Run
 * on main before a change and on the branch after it: a wrong address must stay at 0.
 */
import { norwegianPostcodes } from '../config/postcodes.ts';
import { qa22Letters } from '../corpus/parties/qa22-writers.ts';
import { extractParties } from '../domain/parties/index.ts';

const postcodes = norwegianPostcodes();
const key = (lines: readonly string[]) => lines.map((l) => l.replace(/\s+/gu, ' ').trim()).join(' | ');
const same = (a: string, b: string) => a.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nb') === b.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nb');

type Verdict = 'ok' | 'none' | 'WRONG';
function verdict(want: { name: string; address: string[] } | null, got: { name: string; address: string[] } | undefined): Verdict {
  if (!want) return got ? 'WRONG' : 'ok';
  if (!got || !same(got.name, want.name)) return got ? 'WRONG' : 'none';
  if (got.address.length === 0) return want.address.length === 0 ? 'ok' : 'none';
  return key(got.address) === key(want.address) ? 'ok' : 'WRONG';
}

const totals: Record<string, number> = {};
const count = (k: string) => (totals[k] = (totals[k] ?? 0) + 1);
for (const letter of qa22Letters()) {
  const parties = extractParties(letter.text, { postcodes });
  const appellant = parties.find((p) => p.role === 'appellant');
  const representative = parties.find((p) => p.role === 'representative');
  const a = verdict(letter.truth.appellant, appellant);
  const r = verdict(letter.truth.representative, representative);
  count(`appellant ${a}`);
  count(`representative ${r}`);
  if (a === 'ok' && r === 'ok') count('letter exact');
  const show = (p: { name: string; address: string[] } | undefined) => (p ? `${p.name} [${key(p.address)}]` : '-');
  console.log(`${letter.id} ${letter.style.padEnd(44)} appellant ${a.padEnd(5)} ${show(appellant)}   representative ${r.padEnd(5)} ${show(representative)}`);
}
console.log('');
for (const k of Object.keys(totals).sort()) console.log(`${k.padEnd(22)} ${totals[k]}`);
