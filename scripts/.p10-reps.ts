import { householdsAndBordersLetters } from '../corpus/parties/households-and-borders.ts';
import { norwegianPostcodes } from '../config/postcodes.ts';
import { readParties } from '../domain/parties/index.ts';
import { scoreLetter } from '../domain/parties/evaluate.ts';
const postcodes = norwegianPostcodes();
const counts = new Map<string, number>();
let shown = 0;
for (const l of householdsAndBordersLetters(16, 1000, postcodes.places)) {
  const read = readParties(l.text, { hashNationalId: () => '0'.repeat(64), postcodes });
  const s = scoreLetter(read.parties, l.truth);
  for (const [k, v] of Object.entries({ repFalse: s.representativeFalse, repWrongAddr: s.representativeWrongAddress })) if (v) counts.set(`${l.style} ${k}`, (counts.get(`${l.style} ${k}`) ?? 0) + 1);
  if (s.representativeWrongAddress && shown++ < 1) { console.log(l.text); console.log(JSON.stringify(read.parties), JSON.stringify(l.truth)); }
}
console.log([...counts].sort());
