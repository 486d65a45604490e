/**
 * The adversarial variant set of issue 13 (session 16, test/classify/fixtures/area-history-variants.json,
 * truth written first): appeals of sick pay, work assessment allowance, disability and medical expenses
 * whose history names the other areas' words, and appeals of two decisions at once (`twoSubjects`, which
 * must go to review). Prints per letter the area read, whether the Link stage routes it and why not, and
 * the totals (area right, routed, wrong among routed). The letters carry no national id and no case
 * reference, so a routed letter is one that opens a new case.
 *
 *   npx tsx scripts/area-history-variants.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.ts';
import { classificationOf } from '../domain/classify/stage.ts';
import { decideLink } from '../domain/registry/linking.ts';

export interface VariantLetter {
  id: string; area: string; note: string; text: string; twoSubjects?: boolean;
  /** A careful archivist could not tell which decision is appealed: the letter must go to review. */
  review?: boolean;
  /** Session 17's set: scored once, after the change was developed on the other letters. */
  heldOut?: boolean;
}
export interface VariantOutcome { letter: VariantLetter; area: string; routed: boolean; reason: string | null; confidence: number }

export function variantLetters(fixture = 'area-history-variants.json'): VariantLetter[] {
  return JSON.parse(readFileSync(new URL(`../test/classify/fixtures/${fixture}`, import.meta.url), 'utf8'));
}

/** Routed wrong: routed with another area than the one appealed, or routed at all when it must go to review. */
export function routedWrong(o: VariantOutcome): boolean {
  return o.routed && (o.area !== o.letter.area || o.letter.review === true || o.letter.twoSubjects === true);
}

export function routeVariants(letters = variantLetters(), config = loadConfig()): VariantOutcome[] {
  return letters.map((letter) => {
    const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text: letter.text }], config);
    const link = decideLink({ documentId: 'doc-1', classification, referenceMatches: [], nationalIdMatches: [] }, config);
    return { letter, area: classification.area, routed: !link.review, reason: link.reasonCode?.code ?? null, confidence: classification.confidence };
  });
}

export function printOutcomes(outcomes: VariantOutcome[]): void {
  for (const o of outcomes) {
    const ok = o.area === o.letter.area;
    process.stdout.write(`${ok ? 'ok   ' : 'WRONG'} ${(o.routed ? 'routed' : `review (${o.reason})`).padEnd(28)} ${o.letter.id.padEnd(8)} ${o.letter.area.padEnd(16)} -> ${o.area.padEnd(16)} conf ${o.confidence.toFixed(2)}\n`);
  }
  const routed = outcomes.filter((o) => o.routed);
  process.stdout.write(`area right ${outcomes.filter((o) => o.area === o.letter.area).length}/${outcomes.length}, routed ${routed.length}/${outcomes.length}, wrong among routed ${routed.filter(routedWrong).length}/${routed.length}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printOutcomes(routeVariants());
