/**
 * A training recipe: the options of `npm run train` that say how a model is made, without the seed
 * (which draws the sample) and without what only says where output goes. Recorded in each model's
 * trainingData.recipe, so the promoted recipe can be drawn again with other seeds
 * (`npm run train -- $(recipe) --seed N`), and two draws are of one recipe when the strings match.
 */
const notRecipe = new Set(['seed', 'out', 'dry-run']);

export function recipeOf(values: Record<string, string | boolean | undefined>): string {
  return Object.keys(values)
    .filter((k) => !notRecipe.has(k) && values[k] !== undefined && values[k] !== false && values[k] !== '')
    .sort()
    .map((k) => (values[k] === true ? `--${k}` : `--${k} ${values[k]}`))
    .join(' ');
}

/** train.ts's default seed, which every model trained before seeds were recorded was drawn with. */
export const DEFAULT_SEED = 424242;

export function seedOf(file: { trainingData?: Record<string, number | string | boolean> }): number {
  const seed = file.trainingData?.seed;
  return typeof seed === 'number' ? seed : DEFAULT_SEED;
}
