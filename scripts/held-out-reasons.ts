/**
 * Why held-out family letters are held or routed wrong at the Link thresholds (issue 13): each letter
 * under the decision that held it (new case or must-link) and the cause — type wrong, area wrong, area
 * contested by evidence, or right but unsure, and then which head was unsure (raw type or area
 * probability under 0.9). The held-out families' counterpart of unseen-review-reasons.ts.
 * Prints ids, labels and confidences only: never a letter's text.
 *
 *   npx tsx scripts/held-out-reasons.ts [--model candidate.json] [--list]
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/load.ts';
import { classifyDocument, loadModel, promotedModel } from '../domain/classify/index.ts';
import { routedAt } from '../domain/classify/evaluate.ts';
import { linkThreshold } from '../domain/config.ts';
import { loadRecords } from '../corpus/records.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('held-out-reasons', { options: { model: { type: 'string' }, list: { type: 'boolean', default: false } } });
const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
const model = values.model ? loadModel(JSON.parse(readFileSync(values.model, 'utf8'))) : promotedModel();
const thresholds = { newCase: linkThreshold(config, 'newCase'), mustLink: linkThreshold(config, 'mustLink') };
/** A head is "unsure" under this raw probability: the band where the template maps start to hold letters. */
const UNSURE = 0.9;

const groups = new Map<string, string[]>();
let routed = 0;
const records = loadRecords('eval-ocr');
for (const r of records) {
  const c = classifyDocument(r.text, config, model);
  const gate = routedAt(c, config, thresholds);
  const typeRight = c.documentType === r.documentType;
  const areaRight = c.area === r.area;
  const right = typeRight && (gate.mustLink || areaRight);
  if (gate.routed) routed++;
  if (gate.routed && right) continue;
  const decision = gate.mustLink ? 'mustLink' : 'newCase';
  let cause: string;
  if (gate.routed) cause = `ROUTED WRONG (${typeRight ? 'area' : 'type'})`;
  else if (c.hold) cause = `held by the classifier (${c.hold})`;
  else if (!typeRight) cause = 'type wrong';
  else if (!gate.mustLink && !areaRight) cause = 'area wrong';
  else if (!gate.mustLink && c.detail.areaContested) cause = 'right, area contested by evidence';
  else if (gate.mustLink) cause = 'right, type head unsure';
  else {
    const unsure = [c.detail.typeProbability < UNSURE ? 'type' : '', c.detail.areaProbability < UNSURE ? 'area' : ''].filter(Boolean).join('+') || 'neither';
    cause = `right, unsure head: ${unsure}`;
  }
  const key = `${decision.padEnd(9)} ${cause}`;
  const line = `${r.id.padEnd(40)} truth ${`${r.documentType}/${r.area}`.padEnd(48)} read ${`${c.documentType}/${c.area}`.padEnd(48)} conf ${c.confidence.toFixed(2)} type ${c.typeConfidence.toFixed(2)} p(type) ${c.detail.typeProbability.toFixed(2)} p(area) ${c.detail.areaProbability.toFixed(2)} ${r.language}`;
  groups.set(key, [...(groups.get(key) ?? []), line]);
}
out(`Held-out families: ${records.length} letters, ${routed} routed at new case ${thresholds.newCase}, must-link ${thresholds.mustLink}`);
out('Held back or routed wrong (decision / cause: letters)');
for (const [key, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  out(`  ${String(lines.length).padStart(3)}  ${key}`);
  if (values.list) for (const l of lines) out(`         ${l}`);
}
