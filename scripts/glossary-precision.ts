/**
 * Each concept of the domain glossary (config/glossary.json) with what it fires on: letters it is
 * found in per set and language, and — for a concept that says what it indicates — its precision
 * (letters of an indicated type or area / letters it fired on) on the generated training letters,
 * the real OCR'd training scans, the held-out scans and the unseen-writer calibration half (never
 * the test half). Prints counts only, never a letter's text.
 *
 *   npx tsx scripts/glossary-precision.ts [--languages sv,da,en]
 */
import { glossaryFeatures, parseGlossary } from '../config/glossary.ts';
import raw from '../config/glossary.json' with { type: 'json' };
import { glossaryMatches } from '../domain/classify/glossary.ts';
import { normalizeText } from '../domain/classify/features.ts';
import { docText, generateCorpus } from '../corpus/generate.ts';
import { loadRecords } from '../corpus/records.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('glossary-precision', { options: { languages: { type: 'string', default: '' } } });
const onlyLanguages = new Set(values.languages.split(',').filter(Boolean));
const out = (s = '') => process.stdout.write(`${s}\n`);
interface Letter {
  text: string;
  documentType: string;
  area: string;
  language: string;
}
const keep = (docs: Letter[]) => (onlyLanguages.size ? docs.filter((d) => onlyLanguages.has(d.language)) : docs);
const sets: [string, Letter[]][] = [
  ['generated train', keep(generateCorpus({ seed: 424242, split: 'train', count: 3000 }).map((d) => ({ text: docText(d), documentType: d.documentType, area: d.area, language: d.language })))],
  ['training scans', keep(loadRecords('train-ocr'))],
  ['held-out scans', keep(loadRecords('eval-ocr'))],
  ['calibration half', keep(half(loadUnseenWriters(), 'calibration'))],
];
const glossary = parseGlossary(raw);
const entries = glossaryFeatures(glossary);
const firedIn = sets.map(([, docs]) => docs.map((d) => new Set(glossaryMatches(normalizeText(d.text), entries).map((m) => m.canonical))));

out(`Glossary concepts${onlyLanguages.size ? ` (letters in ${[...onlyLanguages].join(', ')})` : ''}: indicated / fired on, per set (${sets.map(([name, docs]) => `${name} n=${docs.length}`).join(', ')})`);
for (const concept of glossary.concepts) {
  const types = new Set(concept.indicates?.types ?? []);
  const areas = new Set(concept.indicates?.areas ?? []);
  const cells = sets.map(([name, docs], s) => {
    const fired = docs.filter((_, i) => firedIn[s]![i]!.has(concept.canonical));
    if (!fired.length) return `${name} –`;
    if (!types.size && !areas.size) return `${name} ${fired.length}`;
    const right = fired.filter((d) => types.has(d.documentType) || areas.has(d.area)).length;
    return `${name} ${right}/${fired.length}`;
  });
  const what = [...types, ...areas].join('|') || '(no indication)';
  out(`  ${concept.canonical.padEnd(24)} ${what.slice(0, 40).padEnd(40)} ${cells.join('  ')}`);
}
// Where the glossary reaches letters in other languages: letters with at least one concept, per language.
out('\nLetters with at least one concept, per language:');
sets.forEach(([name, docs], s) => {
  const byLanguage = new Map<string, [number, number]>();
  docs.forEach((d, i) => {
    const [n, hit] = byLanguage.get(d.language) ?? [0, 0];
    byLanguage.set(d.language, [n + 1, hit + (firedIn[s]![i]!.size ? 1 : 0)]);
  });
  out(`  ${name.padEnd(18)} ${[...byLanguage.entries()].sort().map(([l, [n, hit]]) => `${l} ${hit}/${n}`).join('  ')}`);
});
