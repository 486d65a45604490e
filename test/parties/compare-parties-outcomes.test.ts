import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** scripts/compare-parties-outcomes.ts on small outcome files of its own (review s16 MEDIUM-3). */
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'compare-parties-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (lines: object[]) => {
  const f = path.join(dir, `run-${n++}.jsonl`);
  writeFileSync(f, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  return f;
};
const compare = (before: string, after: string) => spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/compare-parties-outcomes.ts', before, after], { cwd: root, encoding: 'utf8', timeout: 60_000 });
const letter = (id: string, o: object = {}) => ({ set: 'traps', id, style: 'clean', outcome: 'missing', nameRight: false, appellantGiven: false, representative: 'none', representativeAddress: 'none', doubts: [], ...o });

describe('compare-parties-outcomes', () => {
  it('a letter missing from the second run fails the comparison', () => {
    const run = compare(file([letter('a'), letter('b')]), file([letter('a')]));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1 not in the second run/);
  });
  it('a wrong name given where none was, the address outcome the same, is worse', () => {
    const run = compare(file([letter('a')]), file([letter('a', { appellantGiven: true })]));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1 worse/);
  });
  it('none given where a wrong name was is better, and passes', () => {
    const run = compare(file([letter('a', { appellantGiven: true })]), file([letter('a')]));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 better, 0 worse/);
  });
  it('a file without the name fields is refused in one line with exit 2', () => {
    const { nameRight: _n, appellantGiven: _g, ...old } = letter('a');
    const run = compare(file([old]), file([letter('a')]));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('a representative’s wrong address where none was given is worse, the same person found', () => {
    const run = compare(file([letter('a', { representative: 'right', representativeAddress: 'missing' })]), file([letter('a', { representative: 'right', representativeAddress: 'wrong' })]));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1 worse/);
    expect(run.stdout).toMatch(/representative's address missing → .*representative's address wrong/);
  });
  it('a representative’s right address where it was missing is better', () => {
    const run = compare(file([letter('a', { representative: 'right', representativeAddress: 'missing' })]), file([letter('a', { representative: 'right', representativeAddress: 'right' })]));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 better, 0 worse/);
  });
  it('a file written before the representative’s address was recorded is refused in one line with exit 2', () => {
    const { representativeAddress: _r, ...old } = letter('a');
    const run = compare(file([old]), file([letter('a')]));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
