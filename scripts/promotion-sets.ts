/**
 * Both evaluation sets of the promotion rule (domain/classify/promotion.ts), paired letter by letter:
 * the unseen-writer calibration half in a process of its own (scripts/unseen-gate.ts, so a training
 * process that calls this never reads eval-sets/), which also chooses each model's thresholds there;
 * then the held-out families, each model at those thresholds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PostmottakConfig } from '../schemas/config.ts';
import { classifyDocument, loadModel, type ModelFile } from '../domain/classify/index.ts';
import { gatedLetterResults, type Labelled } from '../domain/classify/evaluate.ts';
import { pairSet, promoteOnBothSets, type PairedSetScore, type PromotionDecision } from '../domain/classify/promotion.ts';
import { asTrained } from './promoted-as-trained.ts';
import type { WriterCalibration } from '../domain/classify/writer-calibration.ts';

export interface GateWriterStages {
  candidate: WriterCalibration;
  current: WriterCalibration;
}

export interface GateThresholds {
  newCase: number;
  mustLink: number;
  /** Whether this model's thresholds keep the calibration half within the budget as counted. */
  metBudget: boolean;
}

/**
 * The held-out families, each model at its own thresholds (chosen on the unseen calibration half) and
 * with its own writer stage fitted on that half, as each would ship.
 */
export function heldOutPaired(heldOut: (Labelled & { text: string })[], candidate: ModelFile, current: ModelFile, config: PostmottakConfig, thresholds: { candidate: GateThresholds; current: GateThresholds }, stages?: GateWriterStages): PairedSetScore {
  const resultsOf = (file: ModelFile, t: GateThresholds, writerCalibration: WriterCalibration | undefined) => {
    const model = loadModel(writerCalibration ? { ...file, writerCalibration } : file);
    return gatedLetterResults(heldOut, heldOut.map((d) => classifyDocument(d.text, config, model)), t, config);
  };
  const c = resultsOf(asTrained(candidate), thresholds.candidate, stages?.candidate);
  const p = resultsOf(asTrained(current), thresholds.current, stages?.current);
  return pairSet('held-out families', heldOut.map((_, i) => ({ shouldRoute: true, candidate: c[i]!, current: p[i]! })));
}

/** The calibration half, scored by scripts/unseen-gate.ts in a child process; each model's thresholds chosen there. */
export function unseenPaired(candidate: ModelFile, currentFile: string): { set: PairedSetScore; thresholds: { candidate: GateThresholds; current: GateThresholds }; writerCalibration: GateWriterStages } {
  const tmp = mkdtempSync(path.join(tmpdir(), 'candidate-'));
  try {
    const file = path.join(tmp, 'candidate.json');
    writeFileSync(file, JSON.stringify(candidate));
    const gate = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./unseen-gate.ts', import.meta.url)), '--candidate', file, '--current', currentFile], { encoding: 'utf8' });
    if (gate.status !== 0) throw new Error(`the unseen-writer gate could not run: ${gate.stderr.trim().split('\n').at(-1) ?? ''}`);
    return JSON.parse(gate.stdout) as { set: PairedSetScore; thresholds: { candidate: GateThresholds; current: GateThresholds }; writerCalibration: GateWriterStages };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Both sets and the decision, for `npm run train` and scripts/promote.ts. `shipped` is the candidate
 * with the writer stage it was judged with: what models/current.json becomes if it is promoted.
 */
export function compareWithPromoted(heldOut: (Labelled & { text: string })[], candidate: ModelFile, current: ModelFile, currentFile: string, config: PostmottakConfig): { sets: PairedSetScore[]; thresholds: { candidate: GateThresholds; current: GateThresholds }; decision: PromotionDecision; shipped: ModelFile } {
  const unseen = unseenPaired(candidate, currentFile);
  const sets = [heldOutPaired(heldOut, candidate, current, config, unseen.thresholds, unseen.writerCalibration), unseen.set];
  return { sets, thresholds: unseen.thresholds, decision: promoteOnBothSets(sets), shipped: { ...asTrained(candidate), writerCalibration: unseen.writerCalibration.candidate } };
}

export function describeSets(sets: PairedSetScore[], thresholds: { candidate: GateThresholds; current: GateThresholds }): string[] {
  const pct = (k: number, n: number) => `${k}/${n} = ${((k / Math.max(1, n)) * 100).toFixed(1)}%`;
  const t = (g: GateThresholds) => `${g.newCase}/${g.mustLink}${g.metBudget ? '' : ' (no pair within the budget)'}`;
  return [
    `thresholds chosen on the unseen calibration half: candidate ${t(thresholds.candidate)}, promoted ${t(thresholds.current)}`,
    ...sets.map((s) => `${s.name} (${s.n}): straight through ${pct(s.candidate.straightThrough, s.shouldRoute)} vs promoted ${pct(s.current.straightThrough, s.shouldRoute)}; wrong among routed ${pct(s.candidate.routedWrong, s.candidate.routed)} vs ${pct(s.current.routedWrong, s.current.routed)}; right only by candidate/promoted: type ${s.type.candidateOnly}/${s.type.currentOnly}, area ${s.area.candidateOnly}/${s.area.currentOnly}`),
  ];
}
