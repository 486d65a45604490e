import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labelledExampleFiles } from '../../corpus/labelled-examples.ts';
import { assertTrainingSource, EvalSetRefused, evalSetsDir, readTrainingFile } from '../../corpus/training-guard.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const letters = path.join(evalSetsDir, 'unseen-writers/letters-a.jsonl');

describe('training refuses to read the evaluation sets', () => {
  it('refuses a file under eval-sets/, however the path is written', () => {
    const relative = path.relative(process.cwd(), letters);
    const roundabout = path.join(root, 'corpus', '..', 'eval-sets', 'unseen-writers', '.', 'letters-a.jsonl');
    for (const file of [letters, relative, roundabout, evalSetsDir]) expect(() => assertTrainingSource(file)).toThrow(EvalSetRefused);
  });

  it('refuses a symbolic link that points into eval-sets/', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guard-'));
    const link = path.join(dir, 'corrections.jsonl');
    symlinkSync(letters, link);
    expect(() => readTrainingFile(link)).toThrow(EvalSetRefused);
  });

  it('reads an examples file outside eval-sets/, and the examples of a data dir', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guard-'));
    const file = path.join(dir, 'x.jsonl');
    writeFileSync(file, '{"text":"Klage","documentType":"appeal","area":"dental"}\n');
    expect(readTrainingFile(file)).toContain('appeal');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'data-'));
    expect(labelledExampleFiles(dataDir)).toEqual([]);
    expect(() => labelledExampleFiles(path.join(evalSetsDir, 'unseen-writers'))).toThrow(EvalSetRefused);
  });

  it('the training corpus loader and the training script import nothing from eval-sets/', () => {
    const sources = [
      path.join(root, 'scripts/train.ts'),
      // What train.ts imports to compare with the promoted model (the unseen half runs in a child process).
      path.join(root, 'scripts/promotion-sets.ts'),
      path.join(root, 'scripts/promoted-as-trained.ts'),
      ...readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, 'corpus', f)),
    ];
    expect(sources.length).toBeGreaterThan(5);
    const offenders = sources.filter((f) => /from\s+['"][^'"]*eval-sets/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('npm run train given an eval-set file stops with one line and exit 2, before any training', () => {
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/train.ts', '--dry-run', '--examples', 'eval-sets/unseen-writers/letters-a.jsonl'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/evaluation set/);
  });
});
