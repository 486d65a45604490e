/**
 * The lay-word area slice (corpus/area-lay-slice.ts) in `npm run eval`: type and area as read, straight
 * through at the link thresholds and wrong among routed, the letters read wrong (ids only), and which
 * area-evidence rules fire on it with their precision.
 */
import type { PostmottakConfig } from '../schemas/config.ts';
import { classifyDocument, type LoadedModel } from '../domain/classify/index.ts';
import { gatedLetterResults } from '../domain/classify/evaluate.ts';
import { areaEvidence } from '../domain/classify/evidence.ts';
import { linkThreshold } from '../domain/config.ts';
import { layAreaSlice } from '../corpus/area-lay-slice.ts';

/** Each slice letter classified and judged at the link thresholds, in the slice's order. */
export function scoreLayAreaSlice(model: LoadedModel, config: PostmottakConfig) {
  const labelled = layAreaSlice.map((l) => ({ id: l.id, documentType: l.documentType, area: l.area, language: l.lang }));
  const predicted = layAreaSlice.map((l) => classifyDocument(l.text, config, model));
  const thresholds = { newCase: linkThreshold(config, 'newCase'), mustLink: linkThreshold(config, 'mustLink') };
  return { labelled, predicted, letters: gatedLetterResults(labelled, predicted, thresholds, config) };
}

export function printLayAreaSlice(model: LoadedModel, config: PostmottakConfig, out: (s?: string) => void): void {
  const { labelled, predicted, letters } = scoreLayAreaSlice(model, config);
  const n = letters.length;
  const routed = letters.filter((l) => l.routed).length;
  out();
  out(`Lay-word area slice (corpus/area-lay-slice.ts, ${n} letters in a new writer's words; never trained on)`);
  out(`  type right ${letters.filter((l) => l.typeRight).length}/${n}, area right ${letters.filter((l) => l.areaRight).length}/${n}, straight through ${routed}/${n}, wrong among routed ${letters.filter((l) => l.routedWrong).length}/${routed}`);
  for (const [i, l] of letters.entries()) {
    if (l.areaRight && l.typeRight) continue;
    const p = predicted[i]!;
    out(`    ${layAreaSlice[i]!.id.padEnd(12)} read ${p.documentType}/${p.area} (truth ${labelled[i]!.documentType}/${labelled[i]!.area})${l.routed ? ' ROUTED' : ''}`);
  }
  const rules = new Map<string, { fired: number; right: number }>();
  for (const l of layAreaSlice) {
    for (const h of areaEvidence(l.text)) {
      const r = rules.get(h.rule) ?? { fired: 0, right: 0 };
      r.fired += 1;
      if (h.area === l.area) r.right += 1;
      rules.set(h.rule, r);
    }
  }
  out(`  evidence rules on the slice: ${[...rules].sort((a, b) => b[1].fired - a[1].fired).map(([id, r]) => `${id} ${r.right}/${r.fired}`).join(', ')}`);
}
