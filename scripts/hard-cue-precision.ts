/**
 * Each hard cue (domain/classify/rules.ts: a heading that names the document type) with its measured
 * precision — right type / letters it fired on — on the generated training letters, the real OCR'd
 * training scans, the held-out scans, the hand-written unseen-style letters and the unseen-writer
 * calibration half (never the test half): the sets `npm run eval` prints except its test half.
 * Then the guard that holds a heading read as comments and as an appeal, with the letters it holds.
 * Prints counts only. `--folded` reads every letter as a writer without ø, å, æ or ä on the keyboard
 * would write it (domain/text/fold.ts): what the cues still find, and how precisely.
 *
 *   npx tsx scripts/hard-cue-precision.ts [--folded]
 */
import { hardCues, matchHardCues } from '../domain/classify/rules.ts';
import { headedCommentsAndAppeal } from '../domain/classify/heading-guard.ts';
import { foldDiacritics } from '../domain/text/fold.ts';
import { ruleMeasurementSets } from './rule-measurement-sets.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const sets = ruleMeasurementSets();
const read = process.argv.includes('--folded') ? foldDiacritics : (text: string) => text;
const fires = (cue: (typeof hardCues)[number], text: string) => matchHardCues(read(text)).includes(cue);
out('Hard cues: right type / letters fired on');
for (const cue of hardCues) {
  const cells = sets.map(([name, docs]) => {
    const fired = docs.filter((d) => fires(cue, d.text));
    const right = fired.filter((d) => d.documentType === cue.type).length;
    return `${name} ${fired.length ? `${right}/${fired.length}` : '–'}`;
  });
  out(`  ${cue.type.padEnd(30)} ${cue.label.padEnd(44)} ${cells.join('  ')}`);
}
// The comments-and-appeal heading is a guard, not a cue (domain/classify/heading-guard.ts): it holds the
// letter for review, so what it costs is the letters it fires on, by their true type.
const guardCells = sets.map(([name, docs]) => {
  const fired = docs.filter((d) => headedCommentsAndAppeal(read(d.text)));
  const byType = [...new Set(fired.map((d) => d.documentType))].map((t) => `${t} ${fired.filter((d) => d.documentType === t).length}`);
  return `${name} ${fired.length ? `${fired.length} held (${byType.join(', ')})` : '–'}`;
});
out('Guard (held for review, never a boost): letters fired on');
out(`  ${'comments or appeal'.padEnd(30)} ${'heading "merknader – klage"'.padEnd(44)} ${guardCells.join('  ')}`);
