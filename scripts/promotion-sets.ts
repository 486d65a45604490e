/**
 * Both evaluation sets of the promotion rule (domain/classify/promotion.ts), paired letter by letter:
 * the held-out families here, the unseen-writer calibration half in a process of its own
 * (scripts/unseen-gate.ts), so a training process that calls this never reads eval-sets/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PostmottakConfig } from '../schemas/config.ts';
import { mustLink } from '../domain/config.ts';
import { classifyDocument, loadModel, type ModelFile } from '../domain/classify/index.ts';
import { gatedLetterResults, type Labelled } from '../domain/classify/evaluate.ts';
import { pairSet, type PairedSetScore } from '../domain/classify/promotion.ts';
import { linkThreshold } from '../domain/config.ts';
import { asTrained } from './promoted-as-trained.ts';

export function heldOutPaired(heldOut: (Labelled & { text: string })[], candidate: ModelFile, current: ModelFile, config: PostmottakConfig): PairedSetScore {
  const thresholds = { newCase: linkThreshold(config, 'newCase'), mustLink: linkThreshold(config, 'mustLink') };
  const resultsOf = (file: ModelFile) => {
    const model = loadModel(file);
    return gatedLetterResults(heldOut, heldOut.map((d) => classifyDocument(d.text, config, model)), thresholds, (type) => mustLink(config, type));
  };
  const c = resultsOf(candidate);
  const p = resultsOf(asTrained(current));
  return pairSet('held-out families', heldOut.map((_, i) => ({ shouldRoute: true, candidate: c[i]!, current: p[i]! })));
}

/** The calibration half, scored by scripts/unseen-gate.ts in a child process. */
export function unseenPaired(candidate: ModelFile, currentFile: string): PairedSetScore {
  const tmp = mkdtempSync(path.join(tmpdir(), 'candidate-'));
  try {
    const file = path.join(tmp, 'candidate.json');
    writeFileSync(file, JSON.stringify(candidate));
    const gate = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./unseen-gate.ts', import.meta.url)), '--candidate', file, '--current', currentFile], { encoding: 'utf8' });
    if (gate.status !== 0) throw new Error(`the unseen-writer gate could not run: ${gate.stderr.trim().split('\n').at(-1) ?? ''}`);
    return (JSON.parse(gate.stdout) as { set: PairedSetScore }).set;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
