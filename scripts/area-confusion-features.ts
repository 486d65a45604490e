/**
 * Why a letter's area was read wrong (issue 13, item 3): for each letter of a labelled set read as
 * another area than its own, the rules of evidence that fired and the feature sources that pushed the
 * answer towards the area read rather than the true one (the model's weight difference times the
 * feature's value, summed per source). Prints ids, labels and feature sources (words, cue names), never
 * a letter's text. Never the unseen set's test half.
 *
 *   npx tsx scripts/area-confusion-features.ts [--set calibration|held-out|train-scans] [--area treatment_abroad] [--top 8]
 */
import { loadConfig } from '../config/load.ts';
import { classifyDocument, contributionsBySource, promotedModel } from '../domain/classify/index.ts';
import { extractFeatures } from '../domain/classify/features.ts';
import { loadRecords } from '../corpus/records.ts';
import { half, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('area-confusion-features', { options: { set: { type: 'string', default: 'calibration' }, area: { type: 'string' }, top: { type: 'string', default: '8' } } });
const out = (s = '') => process.stdout.write(`${s}\n`);
const sets: Record<string, () => { id: string; text: string; area: string; documentType: string }[]> = {
  calibration: () => half(loadUnseenWriters(), 'calibration'),
  'held-out': () => loadRecords('eval-ocr'),
  'train-scans': () => loadRecords('train-ocr'),
};
const load = sets[values.set];
if (!load) {
  process.stderr.write(`--set is one of ${Object.keys(sets).join(', ')}\n`);
  process.exit(2);
}
const config = loadConfig();
const model = promotedModel();
const classes = model.area.classes;
const top = Number(values.top);

/** Sources pushing `read` over `truth`, strongest first. */
function pushes(text: string, read: number, truth: number): string {
  const { vector, sources } = extractFeatures(text, model.file.features, true);
  return [...contributionsBySource(model.area, vector, sources, read, truth).entries()].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).slice(0, top).map(([s, w]) => `${s} ${w.toFixed(2)}`).join(' | ');
}

let wrong = 0;
const records = load();
for (const r of records) {
  const c = classifyDocument(r.text, config, model);
  if (c.area === r.area) continue;
  if (values.area && c.area !== values.area && r.area !== values.area) continue;
  wrong++;
  const evidence = c.explanation.filter((e) => e.feature.startsWith('evidence:')).map((e) => e.feature.slice(9));
  out(`${r.id.padEnd(10)} ${r.documentType.padEnd(28)} ${r.area} -> ${c.area}  p ${c.detail.areaProbability.toFixed(2)} conf ${c.confidence.toFixed(2)}  evidence [${evidence.join(', ')}]`);
  out(`           ${pushes(r.text, classes.indexOf(c.area), classes.indexOf(r.area))}`);
}
out(`${wrong} of ${records.length} letters read as another area${values.area ? ` (to or from ${values.area})` : ''}`);
