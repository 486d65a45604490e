import { norwegianPostcodes } from '../config/postcodes.ts';
import { readParties as readNew } from '../domain/parties/index.ts';
import { scoreLetter } from '../domain/parties/evaluate.ts';
import { styleLetters } from '../corpus/parties/styles.ts';
import { writerLetters } from '../corpus/parties/writers.ts';
import { strangerLetters } from '../corpus/parties/strangers.ts';
import { lateKindLetters } from '../corpus/parties/late-kinds.ts';
import { firstInstanceLetters, firstInstanceTraps } from '../corpus/parties/first-instance-letters.ts';
import { formsAndOrdersLetters } from '../corpus/parties/forms-and-orders.ts';
import { notesAndInstitutionsLetters } from '../corpus/parties/notes-and-institutions.ts';
import { householdsAndBordersLetters } from '../corpus/parties/households-and-borders.ts';
import { headLetters } from '../corpus/parties/letter-heads.ts';
import { applyNoise, learnNoise } from '../corpus/noise.ts';
import { loadRecords } from '../corpus/records.ts';
const { readParties: readOld } = await import('/tmp/p10/base/domain/parties/index.ts');
const postcodes = norwegianPostcodes();
const seed = Number(process.argv[2] ?? 16);
const only = process.argv[3] ?? '';
const show = Number(process.argv[4] ?? 2);
const noise = learnNoise(loadRecords('train-ocr').filter((r) => !r.textLayer && r.clean).map((r) => ({ clean: r.clean!, ocr: r.text })));
const sev = [0.3, 0.6, 1, 1.6];
const P = postcodes.places;
const slices: [string, { id: string; style: string; text: string; truth: any }[]][] = [
  ['heads', headLetters(seed, 2000)], ['styles', styleLetters(seed, 1000, P)], ['writers', writerLetters(seed, 1000, P)], ['strangers', strangerLetters(seed, 1000, P)], ['late', lateKindLetters(seed, 700, P)],
  ['first', firstInstanceLetters(seed, 600, P)], ['traps', firstInstanceTraps(seed, 400, P)], ['forms', formsAndOrdersLetters(seed, 1000, P)], ['notes', notesAndInstitutionsLetters(seed, 1000, P)], ['households', householdsAndBordersLetters(seed, 1000, P)],
];
const o = { hashNationalId: () => '0'.repeat(64), postcodes };
for (const [name, letters] of slices) {
  if (only && !name.startsWith(only)) continue;
  let shown = 0; const tally = new Map<string, number>();
  for (const [noisy, list] of [[false, letters], [true, letters.map((l, i) => ({ ...l, text: applyNoise(noise, l.text, sev[i % 4]!, seed + i) }))]] as const) {
    for (const l of list) {
      const a = readOld(l.text, o).parties, b = readNew(l.text, o).parties;
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const sa = scoreLetter(a, l.truth), sb = scoreLetter(b, l.truth);
      const k = `${name}${noisy ? '+noise' : ''} ${l.style}: exact ${+sa.appellantExact}->${+sb.appellantExact} wrong ${+sa.wrongAddress}->${+sb.wrongAddress} rep ${+sa.representativeRight}->${+sb.representativeRight} repFalse ${+sa.representativeFalse}->${+sb.representativeFalse}`;
      tally.set(k, (tally.get(k) ?? 0) + 1);
      const worse = (+sb.appellantExact < +sa.appellantExact) || (+sb.wrongAddress > +sa.wrongAddress) || (+sb.representativeRight < +sa.representativeRight) || (+sb.representativeFalse > +sa.representativeFalse);
      if (worse && shown++ < show) { console.log('=====', l.id, k); console.log(l.text); console.log('OLD', JSON.stringify(a)); console.log('NEW', JSON.stringify(b)); }
    }
  }
  for (const [k, v] of [...tally].sort()) console.log(v, k);
}
