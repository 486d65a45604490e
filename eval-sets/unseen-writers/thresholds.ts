/**
 * The straight-through thresholds per Link decision, chosen on letters of the calibration half
 * (issue 13, item 4): the pair that lets the most through with at most `budget` of the routed wrong,
 * both as counted (each batch through the Link stage's decisions) and as the calibrated confidences
 * of the routed letters promise (zero errors seen on ~100 routed letters alone proves little).
 * Used by scripts/calibrate.ts (to set them) and scripts/unseen-gate.ts (each model of a promotion
 * comparison at its own thresholds). Never given test-half letters.
 */
import type { PostmottakConfig } from '../../schemas/config.ts';
import type { SimulationSummary, Thresholds } from '../../domain/classify/batch-simulation.ts';
import { routedAt } from '../../domain/classify/evaluate.ts';
import { simulate, type PredictedLetter } from './evaluate.ts';
import { summarize } from '../../domain/classify/batch-simulation.ts';

// Up to 0.999: a linking error no confidence controls (a letter opening a case while its own appeal
// waits unmatched) can only be kept out by a threshold above the opener's confidence.
export const THRESHOLD_GRID = [...Array.from({ length: 50 }, (_, i) => Math.round((0.5 + i * 0.01) * 100) / 100), 0.995, 0.998, 0.999];

export interface ThresholdChoice {
  thresholds: Thresholds;
  simulation: SimulationSummary;
  /** Mean of 1 − confidence over the routed letters: the share wrong their confidences promise. */
  promisedWrong: number;
  /** False when no pair keeps the counted share within the budget: then the pair is the best on the promise alone. */
  metBudget: boolean;
}

export function promisedWrongAmongRouted(predicted: PredictedLetter[], config: PostmottakConfig, t: Thresholds): number {
  let routed = 0;
  let expected = 0;
  for (const p of predicted) {
    const gate = routedAt(p, config, t);
    if (gate.routed) {
      routed++;
      expected += 1 - gate.confidence;
    }
  }
  return routed ? expected / routed : 0;
}

export function chooseThresholds(predicted: PredictedLetter[], config: PostmottakConfig, budget: number, grid: number[] = THRESHOLD_GRID): ThresholdChoice {
  let best: ThresholdChoice | null = null;
  let promised: ThresholdChoice | null = null;
  // Ties go to the higher thresholds: the same letters through, with more margin.
  const better = (a: ThresholdChoice, b: ThresholdChoice | null) =>
    !b || a.simulation.straightThrough > b.simulation.straightThrough || (a.simulation.straightThrough === b.simulation.straightThrough && a.thresholds.newCase + a.thresholds.mustLink > b.thresholds.newCase + b.thresholds.mustLink);
  for (const newCase of grid) {
    for (const mustLinkT of grid) {
      const thresholds = { newCase, mustLink: mustLinkT };
      const promisedWrong = promisedWrongAmongRouted(predicted, config, thresholds);
      if (promisedWrong > budget) continue;
      const simulation = summarize(simulate(predicted, config, thresholds));
      const counted = simulation.routed ? simulation.routedWrong / simulation.routed : 0;
      const choice = { thresholds, simulation, promisedWrong, metBudget: counted <= budget };
      if (better(choice, promised)) promised = choice;
      if (choice.metBudget && better(choice, best)) best = choice;
    }
  }
  // The top of the grid routes nearly nothing, so a promise within the budget always exists.
  return best ?? promised!;
}
