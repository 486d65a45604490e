import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const promote = (...args: string[]) => spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/promote.ts', '--dry-run', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

// Each is refused before any scoring (which takes minutes): a person's mistake is one line and exit 2.
describe('scripts/promote.ts: draws that are not a paired recipe are refused before any work', () => {
  it.each([
    [['--candidate', 'package.json'], /^package\.json is not a model file/],
    [['--candidate', 'models/current.json', '--draws', '1'], /^--draws is a whole number of draws, at least 2/],
    // models/promotions.json records 20261201-ff283b92 as the draw of seed 424242.
    [['--candidate', '20261201-ff283b92@424243'], /^20261201-ff283b92@424243: models\/promotions\.json records 20261201-ff283b92 with seed 424242/],
    [['--candidate', '20261201-ff283b92@424242', '--candidate', '20261201-ff283b92@424242'], /^20261201-ff283b92 is given more than once/],
    [['--candidate', '20261201-6b6cc134@424243', '--promoted-draw', '20261130-970502ff@424242'], /^20261130-970502ff is given more than once \(it is models\/current\.json/],
  ])('%j', (args, message) => {
    const run = promote(...args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
