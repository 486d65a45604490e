const everywherePatterns = new WeakMap<RegExp, RegExp>();

/**
 * The pattern as a global, case-blind Unicode one (flags `giu`), to read every match with `matchAll`; built once
 * per pattern, not again for every letter. `matchAll` copies it, so sharing it is safe.
 */
export function everywhere(pattern: RegExp): RegExp {
  let g = everywherePatterns.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, 'giu');
    everywherePatterns.set(pattern, g);
  }
  return g;
}
