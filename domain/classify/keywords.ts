import type { PostmottakConfig } from '#schemas/config';

/**
 * Keywords (stikkord) from the controlled vocabulary only: the area's keywords and those the
 * document type adds (configuration, e.g. `anke` for a tribunal appeal). Nothing free-text, so a
 * handler's filter never misses a case over a spelling.
 */
export function keywordsFor(config: PostmottakConfig, documentType: string, area: string): string[] {
  const fromArea = config.areas.find((a) => a.code === area)?.keywords ?? [];
  const fromType = config.typeRules.find((r) => r.type === documentType)?.addsKeywords ?? [];
  return [...new Set([...fromArea, ...fromType])];
}
