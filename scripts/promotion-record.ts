/**
 * What a promotion writes, in one place for scripts/train.ts, scripts/promote.ts and (the thresholds)
 * scripts/calibrate.ts: the entry in models/promotions.json, and on promotion the model in
 * models/current.json together with the Link thresholds it was judged at in config/postmottak.json. A
 * promoted model running at another model's thresholds would be a model nobody judged.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseConfig } from '../domain/config.ts';
import type { PromotionDecision } from '../domain/classify/promotion.ts';
import type { ModelFile } from '../domain/classify/index.ts';

export interface LinkThresholds {
  newCase: number;
  mustLink: number;
}

/**
 * Sets linkThresholds in the config file as a one-line edit, so the hand-laid-out file keeps its layout,
 * and validates the result with the config's zod schema; a file that would not validate is left as it was.
 */
export function writeLinkThresholds(configFile: string, thresholds: LinkThresholds): void {
  const before = readFileSync(configFile, 'utf8');
  const line = `\n  "linkThresholds": { "newCase": ${thresholds.newCase}, "mustLink": ${thresholds.mustLink} },`;
  const without = before.replace(/\n {2}"linkThresholds": \{[^}]*\},/, '');
  if (!/\n {2}"reviewThreshold": [\d.]+,/.test(without)) throw new Error(`${configFile} has no "reviewThreshold" line to put linkThresholds after`);
  const after = without.replace(/(\n {2}"reviewThreshold": [\d.]+,)/, `$1${line}`);
  const parsed = parseConfig(JSON.parse(after));
  if (parsed.linkThresholds?.newCase !== thresholds.newCase || parsed.linkThresholds.mustLink !== thresholds.mustLink) throw new Error(`${configFile}: linkThresholds did not take`);
  writeFileSync(configFile, after);
}

export interface PromotionFiles {
  promotionsFile: string;
  currentFile: string;
  configFile: string;
}

export interface PromotionEntry {
  candidate: ModelFile;
  comparedWith: string | null;
  decision: PromotionDecision;
  /** Each model's thresholds chosen on the unseen calibration half; null when there was nothing to compare with. */
  thresholds: { candidate: LinkThresholds & { metBudget: boolean }; current: LinkThresholds & { metBudget: boolean } } | null;
  sets: unknown[];
  /** A recipe judged on several draws (scripts/promote.ts): every draw's counts, both recipes. */
  draws?: unknown;
}

/**
 * Appends the entry to the promotions record; when promoted, writes the candidate as the current model
 * and its own thresholds into the config. Returns what it wrote, for the caller's log.
 */
export function recordPromotion(files: PromotionFiles, entry: PromotionEntry): string[] {
  const { candidate, decision, thresholds } = entry;
  const record = existsSync(files.promotionsFile) ? (JSON.parse(readFileSync(files.promotionsFile, 'utf8')) as unknown[]) : [];
  record.push({
    version: candidate.version, createdAt: candidate.createdAt, method: candidate.method, ruleBoost: candidate.ruleBoost, heldOut: candidate.heldOut,
    comparedWith: entry.comparedWith, promoted: decision.promote, reason: decision.reason, sets: entry.sets, thresholds, trainingData: candidate.trainingData,
    ...(entry.draws ? { draws: entry.draws } : {}),
  });
  const wrote = [files.promotionsFile];
  if (decision.promote && thresholds) {
    // Thresholds first: a config that does not validate stops the promotion before the model changes.
    writeLinkThresholds(files.configFile, thresholds.candidate);
    wrote.push(`${files.configFile} (linkThresholds ${thresholds.candidate.newCase}/${thresholds.candidate.mustLink})`);
  }
  writeFileSync(files.promotionsFile, JSON.stringify(record, null, 2) + '\n');
  if (decision.promote) {
    writeFileSync(files.currentFile, JSON.stringify(candidate) + '\n');
    wrote.push(files.currentFile);
  }
  return wrote;
}
