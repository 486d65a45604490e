/**
 * The promotion rule for a training recipe judged on several draws (domain/classify/promotion.ts
 * promoteRecipe), on model files already written (`npm run train -- --seed N --out draw-N.json`),
 * without training again. Each draw is scored on both evaluation sets at its own thresholds, paired
 * with the promoted model (scripts/promotion-sets.ts); the promoted recipe's draws are models/current.json
 * (its seed) and those given with --promoted-draw, trained with the promoted model's options and the same
 * seeds. A draw whose file is gone may be given as VERSION@SEED: its counts are read from its entry in
 * models/promotions.json (it can be compared, not shipped). The decision is recorded in
 * models/promotions.json with every draw's counts; when promoted, the candidate recipe's best draw is
 * written to models/current.json, with the Link thresholds it was judged at (chosen on the unseen
 * calibration half) in config/postmottak.json. The held-out set here is the eval-family scans only.
 *
 *   npx tsx scripts/promote.ts --candidate a.json --candidate b.json --candidate c.json \
 *     [--promoted-draw d.json|VERSION@SEED …] [--draws 3] [--dry-run]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.ts';
import type { ModelFile } from '../domain/classify/index.ts';
import { wilson } from '../domain/classify/intervals.ts';
import { promoteRecipe, RECIPE_DRAWS, type DrawScore, type PairedSetScore } from '../domain/classify/promotion.ts';
import { loadRecords } from '../corpus/records.ts';
import { compareWithPromoted, type GateThresholds } from './promotion-sets.ts';
import { recordPromotion } from './promotion-record.ts';
import { seedOf } from './training-recipe.ts';

const usage = 'usage: npx tsx scripts/promote.ts --candidate FILE (once per draw) [--promoted-draw FILE|VERSION@SEED …] [--draws N] [--dry-run]';
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
let values: { candidate?: string[]; 'promoted-draw'?: string[]; draws: string; 'dry-run': boolean };
try {
  ({ values } = parseArgs({ options: { candidate: { type: 'string', multiple: true }, 'promoted-draw': { type: 'string', multiple: true }, draws: { type: 'string', default: String(RECIPE_DRAWS) }, 'dry-run': { type: 'boolean', default: false } } }));
} catch (error) {
  fail(`${(error as Error).message}; ${usage}`);
}
const draws = Number(values.draws);
if (!values.candidate?.length) fail(usage);
// One draw is the seed noise the recipe rule is there to average out.
if (!(Number.isInteger(draws) && draws >= 2)) fail('--draws is a whole number of draws, at least 2');

const currentFile = fileURLToPath(new URL('../models/current.json', import.meta.url));
const promotionsFile = fileURLToPath(new URL('../models/promotions.json', import.meta.url));
const configFile = fileURLToPath(new URL('../config/postmottak.json', import.meta.url));
const config = loadConfig();
const current = JSON.parse(readFileSync(currentFile, 'utf8')) as ModelFile;
const heldOut = loadRecords('eval-ocr').map((r) => ({ id: r.id, text: r.text, documentType: r.documentType, area: r.area, language: r.language }));

interface ScoredDraw {
  score: DrawScore;
  /** What models/current.json becomes if this draw ships (with the writer stage it was judged with); null for a recorded draw. */
  shipped: ModelFile | null;
  thresholds: GateThresholds | null;
  recipe: string;
  paired: PairedSetScore[];
}
const none = { candidateOnly: 0, currentOnly: 0 };
// The current model's own side carries no disagreement with itself.
const countsOf = (sets: PairedSetScore[], side: 'candidate' | 'current'): DrawScore['sets'] =>
  sets.map((s) => ({ name: s.name, n: s.n, shouldRoute: s.shouldRoute, counts: s[side], type: side === 'candidate' ? s.type : none, area: side === 'candidate' ? s.area : none }));
let promotedDraw: ScoredDraw | null = null;

function readModel(file: string): ModelFile {
  let model: Partial<ModelFile>;
  try {
    model = JSON.parse(readFileSync(file, 'utf8')) as Partial<ModelFile>;
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
  if (typeof model?.version !== 'string' || typeof model.trainingData !== 'object') fail(`${file} is not a model file (no version and trainingData): give a file written by npm run train`);
  return model as ModelFile;
}

function scoreFile(file: string): ScoredDraw {
  const model = readModel(file);
  process.stderr.write(`scoring ${model.version} (${file}) on both sets …\n`);
  const { sets, thresholds, shipped } = compareWithPromoted(heldOut, model, current, currentFile, config);
  // The promoted model is a draw of its own recipe, scored in every comparison alike: kept from the first.
  promotedDraw ??= { score: { version: current.version, seed: seedOf(current), metBudget: thresholds.current.metBudget, sets: countsOf(sets, 'current') }, shipped: null, thresholds: thresholds.current, recipe: String(current.trainingData?.recipe ?? 'not recorded'), paired: [] };
  return { score: { version: model.version, seed: seedOf(model), metBudget: thresholds.candidate.metBudget, sets: countsOf(sets, 'candidate') }, shipped, thresholds: thresholds.candidate, recipe: String(model.trainingData?.recipe ?? 'not recorded'), paired: sets };
}

interface RecordedEntry {
  version: string;
  sets?: PairedSetScore[];
  thresholds?: { candidate: GateThresholds } | null;
  trainingData?: { seed?: unknown };
  draws?: { candidate: RecordedDrawScore[]; promoted: RecordedDrawScore[] };
}
/** A draw as promote.ts records it beside an entry (before session 15 without n, type and area). */
type RecordedDrawScore = Omit<DrawScore, 'sets' | 'metBudget'> & { sets: (Pick<DrawScore['sets'][number], 'name' | 'shouldRoute' | 'counts'> & Partial<DrawScore['sets'][number]>)[]; thresholds: GateThresholds | null };

/**
 * VERSION@SEED: the counts of a draw whose file is gone, from models/promotions.json: its own entry,
 * or a draw recorded beside another entry (promote.ts writes one entry a run). The seed must be the
 * one recorded for that version wherever one is.
 */
function recordedDraw(spec: string): ScoredDraw {
  const [version, seedText] = spec.split('@');
  const seed = Number(seedText);
  const entries = JSON.parse(readFileSync(promotionsFile, 'utf8')) as RecordedEntry[];
  const recordedSeeds = new Set<number>();
  for (const e of entries) {
    if (e.version === version && typeof e.trainingData?.seed === 'number') recordedSeeds.add(e.trainingData.seed);
    for (const d of [...(e.draws?.candidate ?? []), ...(e.draws?.promoted ?? [])]) if (d.version === version) recordedSeeds.add(d.seed);
  }
  if (recordedSeeds.size > 0 && !recordedSeeds.has(seed)) fail(`${spec}: models/promotions.json records ${version} with seed ${[...recordedSeeds].join(', ')}: give VERSION@SEED with its own seed`);
  const entry = entries.findLast((e) => e.version === version && e.sets?.length);
  if (entry) return { score: { version: version!, seed, metBudget: entry.thresholds?.candidate.metBudget ?? false, sets: countsOf(entry.sets!, 'candidate') }, shipped: null, thresholds: entry.thresholds?.candidate ?? null, recipe: 'recorded in models/promotions.json', paired: entry.sets! };
  // A draw recorded beside a run's entry: that run scored all its draws on the entry's letters, so the set sizes are the entry's.
  for (const e of entries.toReversed()) {
    const d = [...(e.draws?.candidate ?? []), ...(e.draws?.promoted ?? [])].find((x) => x.version === version && x.seed === seed);
    if (!d || !e.sets?.length) continue;
    const sets = d.sets.map((s) => ({ ...s, n: s.n ?? e.sets!.find((x) => x.name === s.name)?.n ?? Number.NaN, type: s.type ?? none, area: s.area ?? none }));
    return { score: { version: version!, seed, metBudget: d.thresholds?.metBudget ?? false, sets }, shipped: null, thresholds: d.thresholds, recipe: 'recorded in models/promotions.json', paired: [] };
  }
  fail(`${spec}: no file, and no VERSION@SEED with a scored entry or draw in models/promotions.json`);
}
const isRecorded = (spec: string) => /^[\w-]+@\d+$/.test(spec);
const drawOf = (spec: string) => (isRecorded(spec) ? recordedDraw(spec) : scoreFile(spec));

// Draws of one recipe differ only in the seed; a file of another recipe among them, or of no recorded
// recipe, is a mix-up, not a draw: refused before any scoring. The promoted recipe is current.json's.
for (const [flag, specs] of [['--candidate', values.candidate], ['--promoted-draw', values['promoted-draw'] ?? []]] as const) {
  const files = specs.filter((spec) => !isRecorded(spec));
  const unrecorded = files.find((file) => readModel(file).trainingData?.recipe === undefined);
  if (unrecorded) fail(`${unrecorded} records no recipe (trainingData.recipe): give draws trained by npm run train since session 14`);
  const recipes = new Set(files.map((file) => readModel(file).trainingData?.recipe));
  if (recipes.size > 1) fail(`the ${flag} files are of ${recipes.size} recipes (trainingData.recipe differs): give the draws of one recipe`);
  const currentRecipe = current.trainingData?.recipe;
  if (flag === '--promoted-draw' && currentRecipe !== undefined && recipes.size === 1 && !recipes.has(currentRecipe)) {
    fail(`the --promoted-draw files are not of the promoted recipe (models/current.json: ${currentRecipe}): train them with its options`);
  }
}
const specs = [...values.candidate, ...(values['promoted-draw'] ?? [])];
const given = specs.map((spec) => (isRecorded(spec) ? spec.split('@')[0]! : readModel(spec).version));
const twice = given.find((v, i) => given.indexOf(v) !== i || v === current.version);
if (twice) fail(`${twice} is given more than once${twice === current.version ? ' (it is models/current.json, a promoted draw already)' : ''}: give each draw once`);
const candidates = values.candidate.map(drawOf);
const promotedGiven = (values['promoted-draw'] ?? []).map(drawOf);
if (!promotedDraw) scoreFile(currentFile);
const promoted = [promotedDraw!, ...promotedGiven.filter((d) => d.score.seed !== promotedDraw!.score.seed)];
const decision = promoteRecipe(candidates.map((d) => d.score), promoted.map((d) => d.score), draws);

const out = (s: string) => process.stdout.write(`${s}\n`);
const share = (k: number, n: number) => {
  const ci = wilson(k, n);
  return `${k}/${n} = ${((k / Math.max(1, n)) * 100).toFixed(1)}% [${(ci.low * 100).toFixed(1)}, ${(ci.high * 100).toFixed(1)}]`;
};
for (const [name, list] of [['candidate recipe', candidates], ['promoted recipe', promoted]] as const) {
  out(`${name} (${[...new Set(list.map((d) => d.recipe))].join(' | ')}):`);
  for (const d of list) {
    const sets = d.score.sets.map((s) => `${s.name} through ${share(s.counts.straightThrough, s.shouldRoute)}, wrong ${share(s.counts.routedWrong, s.counts.routed)}`);
    out(`  ${d.score.version} seed ${d.score.seed}${d.thresholds ? ` thresholds ${d.thresholds.newCase}/${d.thresholds.mustLink}` : ''}: ${sets.join('; ')}`);
  }
}
const shipped = decision.shipped ? candidates.find((d) => d.score.version === decision.shipped)! : null;
if (shipped && !shipped.shipped) {
  decision.promote = false;
  decision.reason = `the best draw ${shipped.score.version} has no file here: train it again with --seed ${shipped.score.seed} and pass the file (${decision.reason})`;
}
out(`${decision.promote ? 'PROMOTED' : 'not promoted'}: ${decision.reason}`);
if (!values['dry-run']) {
  // The entry names the draw shipped, or the candidate's first scored draw when refused; every draw's counts beside it.
  const entryDraw = (decision.promote ? shipped : candidates.find((d) => d.shipped)) ?? null;
  if (!entryDraw?.shipped) fail('nothing recorded: no candidate draw was scored from a file');
  const wrote = recordPromotion(
    { promotionsFile, currentFile, configFile },
    {
      candidate: entryDraw.shipped,
      comparedWith: current.version,
      decision,
      thresholds: { candidate: entryDraw.thresholds!, current: promotedDraw!.thresholds! },
      sets: entryDraw.paired,
      draws: { seeds: decision.seeds, means: decision.means, candidate: candidates.map((d) => ({ ...d.score, thresholds: d.thresholds })), promoted: promoted.map((d) => ({ ...d.score, thresholds: d.thresholds })) },
    },
  );
  out(`wrote ${wrote.join(', ')}`);
}
