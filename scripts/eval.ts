/**
 * The classifier's figures on held-out scans: `npm run eval`.
 *
 * Reads the committed OCR'd held-out corpus (corpus/data/eval-ocr.jsonl: scans of letters from
 * template families the model never trained on, read by the product's own OCR) and the hand-written
 * "unseen style" letters (unseen-ocr.jsonl), classifies them with the promoted model and extracts
 * fields through domain/fields. No OCR runs here, so it takes seconds from a fresh clone; to
 * regenerate the scans and OCR them, run `npm run corpus` (15-25 minutes on 2 cores).
 *
 *   npm run eval [-- --errors] [-- --model candidate.json] [-- --test-half]
 *     --errors    lists the misclassified documents (ids, labels; no text)
 *     --model     scores a candidate written by `npm run train -- --out` instead of the promoted model
 *     --test-half also scores the unseen writers' test half (the lead's switch, once per model); by
 *                 default the held-out families and the calibration half only
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.ts';
import { classifyDocument, loadModel, promotedModel } from '../domain/classify/index.ts';
import { fieldReports, gatedLetterResults, gatedScore, perClass, reliability, score, typeReliability, type ClassReport, type Labelled, type Predicted } from '../domain/classify/evaluate.ts';
import { linkThreshold, mustLink, typeRule } from '../domain/config.ts';
import { wilson } from '../domain/classify/intervals.ts';
import { extractFields } from '../domain/fields/index.ts';
import { loadRecords, type CorpusRecord } from '../corpus/records.ts';
import { evalOptions } from './eval-options.ts';
import { printUnseenWriters } from './report-unseen-writers.ts';

const values = evalOptions(process.argv.slice(2));
const config = loadConfig();
const threshold = config.reviewThreshold;
const out = (s = '') => process.stdout.write(`${s}\n`);
const pct = (x: number) => (Number.isNaN(x) ? '   – ' : `${(x * 100).toFixed(1).padStart(5)}%`);

const loadStarted = performance.now();
const model = values.model ? loadModel(JSON.parse(readFileSync(values.model, 'utf8'))) : promotedModel();
const loadMs = performance.now() - loadStarted;

interface Run {
  records: CorpusRecord[];
  labelled: Labelled[];
  predicted: (Predicted & { ms: number; languageRight: boolean })[];
}

function run(records: CorpusRecord[]): Run {
  const labelled: Labelled[] = records.map((r) => ({ id: r.id, documentType: r.documentType, area: r.area, language: r.language, truth: r.truth }));
  const predicted = records.map((r) => {
    const started = performance.now();
    const c = classifyDocument(r.text, config, model);
    const fields = extractFields(r.text, typeRule(config, c.documentType).decisionDateOf);
    const ms = performance.now() - started;
    return { documentType: c.documentType, area: c.area, language: c.language, confidence: c.confidence, typeConfidence: c.typeConfidence, hold: c.hold, fields, ms, languageRight: c.language === r.language };
  });
  return { records, labelled, predicted };
}

function classTable(title: string, rows: ClassReport[]) {
  out(`${title.padEnd(30)} support  precision  recall`);
  for (const r of rows) out(`  ${r.label.padEnd(28)} ${String(r.support).padStart(5)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(7)}`);
}

const heldOut = loadRecords('eval-ocr');
const unseen = loadRecords('unseen-ocr');
// Warm the JIT once, so the timings are what a warm Lambda sees.
for (const r of heldOut.slice(0, 20)) classifyDocument(r.text, config, model);
const main = run(heldOut);
const s = score(main.labelled, main.predicted, threshold);
const linksToCase = (documentType: string) => mustLink(config, documentType);
const g = gatedScore(main.labelled, main.predicted, threshold, linksToCase);

const modelFile = values.model ?? fileURLToPath(new URL('../models/current.json', import.meta.url));
out(`postmottak classifier — model ${model.file.version} (${model.file.method}, rule boost ${model.file.ruleBoost}), ${(statSync(modelFile).size / 1024).toFixed(0)} KB`);
out(`held-out set: ${heldOut.length} scans from ${new Set(heldOut.map((r) => r.family)).size} eval-only template families, read by the product's OCR`);
out(`  formats: ${Object.entries(count(heldOut.map((r) => r.format))).map(([k, v]) => `${k} ${v}`).join(', ')}; languages: ${Object.entries(count(heldOut.map((r) => r.language))).map(([k, v]) => `${k} ${v}`).join(', ')}`);
out(`  mean OCR confidence ${(heldOut.reduce((a, r) => a + r.ocrConfidence, 0) / heldOut.length).toFixed(3)}`);
out();
classTable('Document type', perClass(main.labelled.map((l) => l.documentType), main.predicted.map((p) => p.documentType)));
out();
classTable('Case area', perClass(main.labelled.map((l) => l.area), main.predicted.map((p) => p.area)));
out();
classTable('Language', perClass(main.labelled.map((l) => l.language), main.predicted.map((p) => p.language)));
out();
out(`accuracy: type ${pct(s.typeAccuracy)}, area ${pct(s.areaAccuracy)}, both ${pct(s.jointAccuracy)}, language ${pct(s.languageAccuracy)}`);
out();
out('Fields (through domain/fields extractFields)   expected  found  precision  recall');
for (const f of fieldReports(main.labelled, main.predicted)) out(`  ${f.field.padEnd(44)} ${String(f.expected).padStart(6)} ${String(f.predicted).padStart(6)}  ${pct(f.precision).padStart(9)}  ${pct(f.recall).padStart(7)}`);
out();
out(`Straight through as the Link stage decides (review threshold ${threshold}):`);
out('  must-link types: typeConfidence >= threshold, right = type right (the area is the case\'s, not the letter\'s);');
out('  create types (case transfer, appeals): confidence >= threshold, right = type and area right.');
out('  Assumes every must-link document finds its case; one that does not goes to review anyway, and');
out('  whether the case found is the right one is not measured here.');
out(`  ${pct(g.straightThrough)} of documents, of which ${pct(g.straightThroughError)} wrong`);
out(`    must-link (by predicted type): ${g.linked.through}/${g.linked.n} through, ${g.linked.wrong} wrong; create: ${g.created.through}/${g.created.n} through, ${g.created.wrong} wrong`);
{
  // At the two thresholds the product runs with (config linkThresholds), as the promotion rule counts.
  const thresholds = { newCase: linkThreshold(config, 'newCase'), mustLink: linkThreshold(config, 'mustLink') };
  const letters = gatedLetterResults(main.labelled, main.predicted, thresholds, config);
  const routed = letters.filter((l) => l.routed).length;
  const wrong = letters.filter((l) => l.routedWrong).length;
  const ci = (k: number, n: number) => `${k}/${n} = ${pct(k / Math.max(1, n)).trim()} [${pct(wilson(k, n).low).trim()}, ${pct(wilson(k, n).high).trim()}]`;
  out(`  at the link thresholds (new case ${thresholds.newCase}, must-link ${thresholds.mustLink}): straight through ${ci(routed, letters.length)}, wrong among routed ${ci(wrong, routed)}`);
}
for (const t of [0.8, 0.95, 0.98]) {
  const gt = gatedScore(main.labelled, main.predicted, t, linksToCase);
  out(`  at ${t.toFixed(2)}: ${pct(gt.straightThrough)} through, ${pct(gt.straightThroughError)} of those wrong`);
}
out();
out(`Straight through, old all-joint definition (every document: confidence >= ${threshold}, right = type and area right):`);
out(`  ${pct(s.straightThrough)} of documents, of which ${pct(s.straightThroughError)} wrong (type or area)`);
for (const t of [0.8, 0.95, 0.98]) {
  const st = score(main.labelled, main.predicted, t);
  out(`  at ${t.toFixed(2)}: ${pct(st.straightThrough)} through, ${pct(st.straightThroughError)} of those wrong`);
}
out();
out('Reliability (confidence = P(type and area right))');
out('  confidence      docs  mean conf  right');
for (const row of reliability(main.labelled, main.predicted)) {
  if (row.count) out(`  ${row.from.toFixed(2)}–${row.to.toFixed(2)}   ${String(row.count).padStart(6)}   ${row.meanConfidence.toFixed(3).padStart(8)}  ${row.accuracy.toFixed(3)}`);
}
out();
out(`Reliability (typeConfidence = P(type right), all documents${model.file.typeCalibration ? '' : '; this model has no type calibration, so it is the joint confidence'})`);
out('  confidence      docs  mean conf  type right');
for (const row of typeReliability(main.labelled, main.predicted)) {
  if (row.count) out(`  ${row.from.toFixed(2)}–${row.to.toFixed(2)}   ${String(row.count).padStart(6)}   ${row.meanConfidence.toFixed(3).padStart(8)}  ${row.accuracy.toFixed(3)}`);
}
const confusions = count(main.labelled.flatMap((l, i) => (l.documentType !== main.predicted[i]!.documentType ? [`${l.documentType} -> ${main.predicted[i]!.documentType}`] : [])));
const areaConfusions = count(main.labelled.flatMap((l, i) => (l.area !== main.predicted[i]!.area ? [`${l.area} -> ${main.predicted[i]!.area}`] : [])));
out();
out(`type confusions: ${Object.entries(confusions).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} (${v})`).join('; ') || 'none'}`);
out(`area confusions: ${Object.entries(areaConfusions).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} (${v})`).join('; ') || 'none'}`);

const u = run(unseen);
const us = score(u.labelled, u.predicted, threshold);
const ug = gatedScore(u.labelled, u.predicted, threshold, linksToCase);
out();
out(`Hand-written letters in unseen styles (${unseen.length}): type ${pct(us.typeAccuracy)}, area ${pct(us.areaAccuracy)}, both ${pct(us.jointAccuracy)}; straight through as linked ${pct(ug.straightThrough)}, ${pct(ug.straightThroughError)} of those wrong; all-joint ${pct(us.straightThrough)}, ${pct(us.straightThroughError)} wrong`);
for (const [i, r] of unseen.entries()) {
  const p = u.predicted[i]!;
  const mark = p.documentType === r.documentType && p.area === r.area ? 'ok ' : 'ERR';
  out(`  ${mark} ${r.id.padEnd(38)} ${`${p.documentType}/${p.area}`.padEnd(48)} conf ${p.confidence.toFixed(2)} type ${(p.typeConfidence ?? p.confidence).toFixed(2)}${mark === 'ERR' ? `  (truth ${r.documentType}/${r.area})` : ''}`);
}

printUnseenWriters(model, config, out, loadRecords('train-ocr'), heldOut, { testHalf: values['test-half'] });

const times = main.predicted.map((p) => p.ms).sort((a, b) => a - b);
out();
out(`time: model load ${loadMs.toFixed(0)} ms (once per process); classify + fields per document median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms`);

out();
out('Targets (held-out scans):');
const nid = fieldReports(main.labelled, main.predicted).find((f) => f.field === 'nationalIds')!;
const targets: [string, boolean, string][] = [
  ['type accuracy >= 97%', s.typeAccuracy >= 0.97, pct(s.typeAccuracy)],
  ['area accuracy >= 95%', s.areaAccuracy >= 0.95, pct(s.areaAccuracy)],
  ['national-id precision 100%', nid.precision === 1, pct(nid.precision)],
  ['national-id recall >= 98%', nid.recall >= 0.98, pct(nid.recall)],
  ['straight-through >= 85% (as linked)', g.straightThrough >= 0.85, pct(g.straightThrough)],
  ['<= 1% of those wrong (as linked)', g.straightThroughError <= 0.01, pct(g.straightThroughError)],
];
for (const [name, ok, value] of targets) out(`  ${ok ? 'met    ' : 'MISSED '} ${name.padEnd(38)} ${value}`);
// Not a target: a linked document takes its case's area, so its own area guess cannot make it wrong.
out(`  (for comparison, every document on the joint confidence: ${pct(s.straightThrough)} through, ${pct(s.straightThroughError)} wrong)`);

if (values.errors) {
  out();
  out('Misclassified (id, family, truth -> predicted, confidence):');
  main.labelled.forEach((l, i) => {
    const p = main.predicted[i]!;
    if (l.documentType !== p.documentType || l.area !== p.area) out(`  ${l.id} ${main.records[i]!.family.padEnd(24)} ${l.documentType}/${l.area} -> ${p.documentType}/${p.area} ${p.confidence.toFixed(3)}`);
  });
}

function count(items: string[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const i of items) c[i] = (c[i] ?? 0) + 1;
  return c;
}

// Bundles and sheets (issue #15): split accuracy on generated files, and the sheet code read rate.
{
  const { evaluateSplits, formatSplitScores } = await import('./eval-bundles.ts');
  const { sheetReadRate } = await import('./eval-sheets.ts');
  out();
  out('Splitting scanned files into documents (exact document boundaries; 100 generated files per kind, letters of held-out families, OCR noise):');
  for (const line of formatSplitScores(evaluateSplits(100, 'eval'))) out(`  ${line}`);
  const sheets = await sheetReadRate(5);
  out(`Cover/separator sheet codes read at fax quality (200 dpi, ±3°, dust, blur, JPEG or G4): ${sheets.read}/${sheets.total} (${pct(sheets.read / sheets.total).trim()}), ${sheets.msPerPage.toFixed(0)} ms a page`);
}
