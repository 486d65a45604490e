/**
 * Each configured type phrase (config/postmottak.json typeRules[].cues, domain/classify/type-cues.ts) with
 * its measured precision — right type / letters it fired on, where none of the type's contradicting
 * phrases stands — on the generated training letters, the real OCR'd training scans, the held-out scans,
 * the hand-written unseen-style letters, the unseen-writer calibration half (never the test half) and the
 * session 19 development slice (corpus/correspondence-dev.ts). Then what the contradicting phrases hold:
 * letters of the type they contradict, which a reading as that type no longer routes. Counts only.
 *
 *   npx tsx scripts/type-cue-precision.ts
 */
import { loadConfig } from '../config/load.ts';
import { readTypeCues } from '../domain/classify/type-cues.ts';
import { correspondenceDevSlice } from '../corpus/correspondence-dev.ts';
import { type MeasuredLetter, ruleMeasurementSets } from './rule-measurement-sets.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const rules = loadConfig().typeRules;
const sets: [string, MeasuredLetter[]][] = [...ruleMeasurementSets(), ['dev slice', correspondenceDevSlice]];
const readings = sets.map(([name, docs]) => [name, docs.map((d) => ({ ...d, reading: readTypeCues(d.text, rules) }))] as const);
const cell = (name: string, fired: { documentType: string }[], type: string) => {
  if (fired.length === 0) return `${name} –`;
  const wrong = [...new Set(fired.filter((d) => d.documentType !== type).map((d) => d.documentType))].map((t) => `${t} ${fired.filter((d) => d.documentType === t).length}`);
  return `${name} ${fired.filter((d) => d.documentType === type).length}/${fired.length}${wrong.length ? ` (${wrong.join(', ')})` : ''}`;
};
for (const rule of rules.filter((r) => r.cues.length > 0)) {
  out(`${rule.type}: right type / letters a phrase fired on (uncontradicted)`);
  const any = readings.map(([name, docs]) => cell(name, docs.filter((d) => d.reading.fired.some((f) => f.type === rule.type)), rule.type));
  out(`  ${'any phrase'.padEnd(28)} ${any.join('  ')}`);
  for (const cue of rule.cues) {
    const cells = readings.map(([name, docs]) => cell(name, docs.filter((d) => d.reading.fired.some((f) => f.type === rule.type && f.cue === cue)), rule.type));
    if (cells.every((c) => c.endsWith('–'))) continue;
    out(`  ${cue.padEnd(28)} ${cells.join('  ')}`);
  }
  out(`  contradicted (a reading as ${rule.type} is held): letters by true type`);
  out(`  ${''.padEnd(28)} ${readings.map(([name, docs]) => cell(name, docs.filter((d) => d.reading.contradicted.has(rule.type)), rule.type)).join('  ')}`);
}
