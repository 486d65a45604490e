import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../corpus/generate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const train = (...args: string[]) => spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/train.ts', '--dry-run', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('training flags for comparing corpora (issue 13)', () => {
  it('an unknown family set, a weight that is not positive, a line share outside [0, 1) or a seed that is not a whole number stops with one line and exit 2, before any work', () => {
    for (const args of [['--without-families', 'more-e,more-x'], ['--eea-abroad-weight', '0'], ['--line-dropout', '1'], ['--line-dropout', 'half'], ['--seed', 'abc'], ['--seed', '424242.5']]) {
      const run = train(...args);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
  });

  it('a glossary from an evaluation set, or one the schema refuses, stops with one line and exit 2, before any work', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossary-'));
    const bad = path.join(dir, 'glossary.json');
    writeFileSync(bad, JSON.stringify({ concepts: [{ canonical: 'klage', phrases: { nb: ['Klage'] } }] }));
    try {
      for (const file of ['eval-sets/unseen-writers/split.json', bad]) {
        const run = train('--glossary', file);
        expect(run.status, file).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stdout).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the treatment-abroad weight sets how often Swedish, Danish and English letters are about treatment abroad', () => {
    const share = (eeaAbroadWeight?: number) => {
      const foreign = generateCorpus({ seed: 7, split: 'train', count: 1500, eeaAbroadWeight }).filter((d) => ['sv', 'da', 'en'].includes(d.language));
      return foreign.filter((d) => d.area === 'treatment_abroad').length / foreign.length;
    };
    expect(share()).toBeGreaterThan(2 * share(1));
  });
});
