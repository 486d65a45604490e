/**
 * Appeals written by a doctor, a lawyer or a relative, and the declarations and costs claims that only name
 * the appeal (corpus/writer-appeals-dev.ts, session 21): type accuracy, and the letters routed as a wrong
 * type — what the Link stage would act on without an archivist (its own thresholds). Then the rule's precision
 * (domain/classify/lodged-appeal.ts) on the sets a rule is measured on (never the test half) and the session 19
 * slice: the letters it fires on by true type, and those whose reading it moved. Counts and ids only.
 *
 *   npx tsx scripts/writer-appeal-types.ts
 */
import { loadConfig } from '../config/load.ts';
import { linkThreshold, mustLink } from '../domain/config.ts';
import { classifyDocument } from '../domain/classify/index.ts';
import { lodgedAppeal } from '../domain/classify/lodged-appeal.ts';
import { writerAppealDevSlice } from '../corpus/writer-appeals-dev.ts';
import { correspondenceDevSlice } from '../corpus/correspondence-dev.ts';
import { ruleMeasurementSets } from './rule-measurement-sets.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
const read = writerAppealDevSlice.map((l) => {
  const c = classifyDocument(l.text, config);
  const links = mustLink(config, c.documentType);
  const confidence = links ? c.typeConfidence : c.confidence;
  const routed = c.hold === null && confidence >= linkThreshold(config, links ? 'mustLink' : 'newCase');
  return { ...l, read: c.documentType, confidence, routed };
});
for (const type of [...new Set(read.map((l) => l.documentType))]) {
  const of = read.filter((l) => l.documentType === type);
  const right = of.filter((l) => l.read === type);
  out(`${type.padEnd(20)} right ${right.length}/${of.length}  routed right ${right.filter((l) => l.routed).length}`);
}
const wrong = read.filter((l) => l.read !== l.documentType);
out(`type right ${read.length - wrong.length}/${read.length}; routed wrong ${wrong.filter((l) => l.routed).length}`);
for (const l of wrong) out(`  ${l.id} ${l.language} ${l.writer.padEnd(8)} ${l.documentType} read as ${l.read} ${l.confidence.toFixed(2)}${l.routed ? ' ROUTED' : ''}`);

out('lodges the appeal (lodged-appeal.ts): letters it fires on by true type; readings it moved (true type -> read)');
const moved = (text: string) => classifyDocument(text, config).explanation.some((e) => e.feature.includes('lodges the appeal itself'));
for (const [name, docs] of [...ruleMeasurementSets(), ['session 19 slice', correspondenceDevSlice] as const, ['session 21 slice', writerAppealDevSlice] as const]) {
  const fired = docs.filter((d) => lodgedAppeal(d.text) !== null);
  const byType = [...new Set(fired.map((d) => d.documentType))].map((t) => `${t} ${fired.filter((d) => d.documentType === t).length}`);
  const changed = fired.filter((d) => moved(d.text)).map((d) => `${d.documentType}->${classifyDocument(d.text, config).documentType}`);
  out(`  ${name.padEnd(22)} fired ${fired.length}/${docs.length} (${byType.join(', ') || '–'}); moved ${changed.length}${changed.length ? ` (${changed.join(', ')})` : ''}`);
}
