import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const checker = join(root, 'eval-sets', 'unseen-writers', 'check.ts');
const sliceA = join(root, 'eval-sets', 'unseen-writers', 'letters-a.jsonl');

function check(file: string) {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [checker, file], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function writeLines(records: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'unseen-')), 'letters.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

describe('the unseen-writer validator', () => {
  const letters = readFileSync(sliceA, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

  it('accepts slice A and counts it', () => {
    const { code, out } = check(sliceA);
    expect(code).toBe(0);
    expect(out).toContain(`${letters.length} letters`);
  });

  it('names each broken record: a misread id, a reused record id, a dangling link, an address the letter does not give', () => {
    const [first, second, third] = structuredClone(letters.slice(0, 3));
    const id: string = second.truth.nationalIds[0];
    second.truth.nationalIds = [id.slice(0, 10) + String((Number(id[10]) + 1) % 10)];
    third.id = first.id;
    const dangling = { ...structuredClone(letters[3]), id: 'ua-900', linksTo: 'ua-999' };
    const moved = structuredClone(letters[4]);
    moved.id = 'ua-901';
    moved.linksTo = null;
    moved.truth.parties.appellant = { name: 'Kari Nordmann', address: ['Nowhere gate 1', '9999 Ingensted'] };
    const { code, err } = check(writeLines([first, second, third, dangling, moved]));
    expect(code).toBe(1);
    expect(err).toMatch(/line 2 .*mod-11/);
    expect(err).toMatch(/line 3 .*id used twice/);
    expect(err).toMatch(/line 4 .*linksTo ua-999/);
    expect(err).toMatch(/line 5 .*address line "Nowhere gate 1"/);
  });

  it('says in one line, without a stack trace, when the file cannot be read', () => {
    const { code, err } = check(join(tmpdir(), 'no-such-file.jsonl'));
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
