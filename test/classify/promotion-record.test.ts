import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '#domain/config';
import type { ModelFile } from '../../domain/classify/index.ts';
import { recordPromotion, writeLinkThresholds } from '../../scripts/promotion-record.ts';

const configSource = path.resolve(import.meta.dirname, '../../config/postmottak.json');

describe('what a promotion writes', () => {
  let dir: string;
  let files: { promotionsFile: string; currentFile: string; configFile: string };
  const candidate = { version: 'candidate-1', createdAt: '2026-11-30T00:00:00Z', method: 'softmax', ruleBoost: 1, heldOut: {}, trainingData: {} } as unknown as ModelFile;
  const judgedAt = { candidate: { newCase: 0.93, mustLink: 0.96, metBudget: true }, current: { newCase: 0.97, mustLink: 0.99, metBudget: true } };
  const config = () => parseConfig(JSON.parse(readFileSync(files.configFile, 'utf8')));

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'postmottak-promotion-'));
    files = { promotionsFile: path.join(dir, 'promotions.json'), currentFile: path.join(dir, 'current.json'), configFile: path.join(dir, 'postmottak.json') };
    copyFileSync(configSource, files.configFile);
    writeFileSync(files.currentFile, '{"version":"current-0"}\n');
    writeFileSync(files.promotionsFile, '[]\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the promoted model together with the thresholds it was judged at, into a config that validates', () => {
    recordPromotion(files, { candidate, comparedWith: 'current-0', decision: { promote: true, reason: 'better' }, thresholds: judgedAt, sets: [] });
    expect(config().linkThresholds).toEqual({ newCase: 0.93, mustLink: 0.96 });
    expect(JSON.parse(readFileSync(files.currentFile, 'utf8')).version).toBe('candidate-1');
    const record = JSON.parse(readFileSync(files.promotionsFile, 'utf8'));
    expect(record).toHaveLength(1);
    expect(record[0]).toMatchObject({ version: 'candidate-1', comparedWith: 'current-0', promoted: true, thresholds: judgedAt });
    // Only the one line changed: the rest of the hand-laid-out file is as it was.
    const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => !l.includes('"linkThresholds"'));
    expect(lines(files.configFile)).toEqual(lines(configSource));
  });

  it('leaves model and thresholds as they are when the candidate is not promoted, and records it', () => {
    const before = readFileSync(files.configFile, 'utf8');
    recordPromotion(files, { candidate, comparedWith: 'current-0', decision: { promote: false, reason: 'worse' }, thresholds: judgedAt, sets: [] });
    expect(readFileSync(files.configFile, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(files.currentFile, 'utf8')).version).toBe('current-0');
    expect(JSON.parse(readFileSync(files.promotionsFile, 'utf8'))[0]).toMatchObject({ promoted: false, reason: 'worse' });
  });

  it('refuses thresholds the config schema refuses, before the model or the record changes', () => {
    const before = readFileSync(files.configFile, 'utf8');
    const bad = { ...judgedAt, candidate: { newCase: 1.5, mustLink: 0.96, metBudget: true } };
    expect(() => recordPromotion(files, { candidate, comparedWith: 'current-0', decision: { promote: true, reason: 'better' }, thresholds: bad, sets: [] })).toThrow();
    expect(readFileSync(files.configFile, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(files.currentFile, 'utf8')).version).toBe('current-0');
    expect(JSON.parse(readFileSync(files.promotionsFile, 'utf8'))).toEqual([]);
  });

  it('starts the record when there is none', () => {
    rmSync(files.promotionsFile);
    writeLinkThresholds(files.configFile, { newCase: 0.9, mustLink: 0.95 });
    expect(config().linkThresholds).toEqual({ newCase: 0.9, mustLink: 0.95 });
    recordPromotion(files, { candidate, comparedWith: null, decision: { promote: true, reason: 'no model promoted yet' }, thresholds: null, sets: [] });
    expect(existsSync(files.promotionsFile)).toBe(true);
    expect(config().linkThresholds).toEqual({ newCase: 0.9, mustLink: 0.95 });
  });
});
