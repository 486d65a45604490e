import { householdsAndBordersLetters } from '../corpus/parties/households-and-borders.ts';
import { norwegianPostcodes } from '../config/postcodes.ts';
import { readParties } from '../domain/parties/index.ts';
import { scoreLetter } from '../domain/parties/evaluate.ts';
const postcodes = norwegianPostcodes();
const [seed, count, prefix, n] = [Number(process.argv[2] ?? 16), 1000, process.argv[3] ?? '', Number(process.argv[4] ?? 3)];
let shown = 0;
for (const l of householdsAndBordersLetters(seed, count, postcodes.places)) {
  if (!l.style.startsWith(prefix)) continue;
  const read = readParties(l.text, { hashNationalId: () => '0'.repeat(64), postcodes });
  const s = scoreLetter(read.parties, l.truth);
  const repFalse = s.representativeFalse || s.representativeWrongAddress;
  if (s.appellantExact && !repFalse) continue;
  if (shown++ >= n) break;
  console.log('=====', l.id, l.style, JSON.stringify(l.truth));
  console.log(l.text);
  console.log('--> ', JSON.stringify(read.parties));
}
