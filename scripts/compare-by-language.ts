/**
 * Models side by side per language of the letter (issue 13: what the glossary does for sv/da/en
 * writers), on the held-out families and the unseen-writer calibration half (out of fold; never the
 * test half). Each model as the promotion gate judges it: writer stage fitted afresh, thresholds
 * chosen on the calibration half's out-of-fold answers, held-out letters with the stage fitted on the
 * whole half. Prints counts only: type right, area right, straight through of those that should be.
 *
 *   npx tsx scripts/compare-by-language.ts --model models/current.json --model candidate.json
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/load.ts';
import { classifyDocument, loadModel, type ModelFile } from '../domain/classify/index.ts';
import { gatedLetterResults } from '../domain/classify/evaluate.ts';
import { ERROR_BUDGET } from '../domain/classify/promotion.ts';
import { loadRecords } from '../corpus/records.ts';
import { simulate } from '../eval-sets/unseen-writers/evaluate.ts';
import { fitOnHalf, predictOutOfFold } from '../eval-sets/unseen-writers/writer-fit.ts';
import { chooseThresholds } from '../eval-sets/unseen-writers/thresholds.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { asTrained } from './promoted-as-trained.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('compare-by-language', { options: { model: { type: 'string', multiple: true, default: [] } } });
if (!values.model.length) {
  process.stderr.write('--model FILE (once per model) is required\n');
  process.exit(2);
}
const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
const letters = half(loadUnseenWriters(), 'calibration');
const heldOut = loadRecords('eval-ocr');
const languages = ['nb', 'nn', 'sv', 'da', 'en'];

interface Row {
  language: string;
  typeRight: boolean;
  areaRight: boolean;
  shouldRoute: boolean;
  through: boolean;
  wrong: boolean;
}
function table(name: string, rows: Row[]): string[] {
  const cell = (l: string | null) => {
    const r = rows.filter((x) => l === null || x.language === l);
    const should = r.filter((x) => x.shouldRoute);
    return `${String(r.filter((x) => x.typeRight).length).padStart(3)}/${r.filter((x) => x.areaRight).length}/${should.filter((x) => x.through).length}/${should.length}${r.some((x) => x.wrong) ? ` (${r.filter((x) => x.wrong).length} wrong)` : ''}`;
  };
  return [`  ${name.padEnd(18)} ${[...languages, null].map((l) => `${l ?? 'all'} ${cell(l)}`).join('  ')}`];
}

for (const file of values.model) {
  const model = loadModel(asTrained(JSON.parse(readFileSync(file, 'utf8')) as ModelFile));
  const predicted = predictOutOfFold(letters, config, model);
  const choice = chooseThresholds(predicted, config, ERROR_BUDGET);
  const outcomes = new Map(simulate(predicted, config, choice.thresholds).map((o) => [o.id, o]));
  const unseen = predicted.map((p) => {
    const o = outcomes.get(p.record.id)!;
    return { language: p.record.language, typeRight: p.documentType === p.record.documentType, areaRight: p.area === p.record.area, shouldRoute: o.shouldRoute, through: o.shouldRoute && o.outcome === 'routed', wrong: o.outcome === 'routed' && o.wrong };
  });
  const staged = loadModel({ ...model.file, writerCalibration: fitOnHalf(letters, config, model) });
  const gated = gatedLetterResults(heldOut, heldOut.map((d) => classifyDocument(d.text, config, staged)), choice.thresholds, config);
  const held = gated.map((g, i) => ({ language: heldOut[i]!.language, typeRight: g.typeRight, areaRight: g.areaRight, shouldRoute: true, through: g.routed && !g.routedWrong, wrong: g.routedWrong }));
  out(`${model.file.version} at ${choice.thresholds.newCase}/${choice.thresholds.mustLink} — per language: type right / area right / through / should be routed`);
  for (const line of [...table('held-out families', held), ...table('calibration half', unseen)]) out(line);
}
