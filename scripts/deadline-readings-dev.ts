/**
 * What the two readings an appeal's deadlines hang on give on session 22's development slices, in this tree and, with
 * `--base DIR`, in another checkout (main before the change) beside it:
 * - corpus/receipt-dates-dev.ts: the decision's date and the party's receipt of it (domain/fields), per letter against
 *   what an archivist reads — right, missed (null where a date is said), wrong (a date that is not it);
 * - corpus/reported-requests-dev.ts: whether the writer promises the grounds later (deadline-interrupting.ts);
 * - corpus/new-writer-dates-dev.ts (session 23): the decision's date as writers outside the templates give it, and
 *   dates that are not it (an e-mail's sent date, a phone call, a benefit's start), each read as an appeal with the day
 *   the mail came.
 * Letter ids, dates and cue labels only, no text.
 *
 *   npx tsx scripts/deadline-readings-dev.ts [--base /work/main]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newWriterDateSlice } from '../corpus/new-writer-dates-dev.ts';
import { receiptDevSlice } from '../corpus/receipt-dates-dev.ts';
import { reportedRequestDevSlice } from '../corpus/reported-requests-dev.ts';
import { scriptArgs } from './script-args.ts';

type Extract = (text: string, of?: 'first_instance', mail?: { receivedDate: string }) => { decisionDate: string | null; decisionReceivedDate: string | null };
type Interruption = (text: string) => { cues: string[] } | null;
interface Tree {
  name: string;
  extract: Extract;
  interruption: Interruption;
}

const { values } = scriptArgs('deadline-readings-dev', { options: { base: { type: 'string' } } });
const here = fileURLToPath(new URL('..', import.meta.url));
const out = (s = '') => process.stdout.write(`${s}\n`);

async function treeAt(name: string, root: string): Promise<Tree> {
  const fields = (await import(path.join(root, 'domain/fields/index.ts'))) as { extractFields: Extract };
  const interrupting = (await import(path.join(root, 'domain/classify/deadline-interrupting.ts'))) as { deadlineInterruptionSignal: Interruption };
  return { name, extract: fields.extractFields, interruption: interrupting.deadlineInterruptionSignal };
}

const trees: Tree[] = [];
if (values.base) trees.push(await treeAt('base', path.resolve(values.base)));
trees.push(await treeAt('this', here));

const verdict = (read: string | null, truth: string | null) => (read === truth ? 'ok' : read === null ? 'missed' : 'WRONG');
const totals = new Map<string, Record<string, number>>();
const count = (key: string, v: string) => {
  const t = totals.get(key) ?? {};
  t[v] = (t[v] ?? 0) + 1;
  totals.set(key, t);
};

interface DatedLetter {
  id: string;
  language: string;
  decisionDate: string | null;
  decisionReceivedDate: string | null;
  text: string;
  mailReceived?: string;
}

/** Both dates per letter in every tree; `prefix` keeps each slice's totals apart. */
function readDates(prefix: string, letters: readonly DatedLetter[]) {
  out(['id', 'lang', 'truth decision', 'truth received', ...trees.flatMap((t) => [`${t.name} decision`, `${t.name} received`])].join('\t'));
  for (const letter of letters) {
    const cells = [letter.id, letter.language, letter.decisionDate ?? '-', letter.decisionReceivedDate ?? '-'];
    for (const tree of trees) {
      const read = letter.mailReceived ? tree.extract(letter.text, 'first_instance', { receivedDate: letter.mailReceived }) : tree.extract(letter.text);
      const d = verdict(read.decisionDate, letter.decisionDate);
      const r = verdict(read.decisionReceivedDate, letter.decisionReceivedDate);
      count(`${prefix}${tree.name} decision date`, d);
      count(`${prefix}${tree.name} received date`, r);
      cells.push(`${read.decisionDate ?? '-'} ${d}`, `${read.decisionReceivedDate ?? '-'} ${r}`);
    }
    out(cells.join('\t'));
  }
}

out(`receipt-date slice: ${receiptDevSlice.length} letters (${receiptDevSlice.filter((x) => x.decisionReceivedDate).length} say a receipt)`);
readDates('', receiptDevSlice);

out();
out(`reported-request slice: ${reportedRequestDevSlice.length} letters (${reportedRequestDevSlice.filter((x) => x.promises).length} promise the grounds later)`);
out(['id', 'lang', 'truth', ...trees.map((t) => `${t.name} reading`)].join('\t'));
for (const letter of reportedRequestDevSlice) {
  const cells = [letter.id, letter.language, letter.promises ? 'promises' : 'no promise'];
  for (const tree of trees) {
    const signal = tree.interruption(letter.text);
    const v = (signal !== null) === letter.promises ? 'ok' : signal ? 'WRONG' : 'missed';
    count(`${tree.name} deadline-interrupting`, v);
    cells.push(`${signal ? signal.cues.join('+') : '-'} ${v}`);
  }
  out(cells.join('\t'));
}
out();
const given = newWriterDateSlice.filter((x) => x.decisionDate).length;
out(`new-writer slice: ${newWriterDateSlice.length} letters (${given} give the decision's date, ${newWriterDateSlice.length - given} do not), read as appeals`);
readDates('new writers: ', newWriterDateSlice);
out();
for (const [key, t] of totals) out(`${key}: ${t.ok ?? 0} right, ${t.missed ?? 0} missed, ${t.WRONG ?? 0} wrong`);
