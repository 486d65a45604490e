import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../corpus/generate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const train = (...args: string[]) => spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/train.ts', '--dry-run', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('training flags for comparing corpora (issue 13)', () => {
  it('an unknown family set or a weight that is not positive stops with one line and exit 2, before any work', () => {
    for (const args of [['--without-families', 'more-e,more-x'], ['--eea-abroad-weight', '0']]) {
      const run = train(...args);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
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
