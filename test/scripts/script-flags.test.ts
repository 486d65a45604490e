import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { refusalLine, scriptUsage } from '../../scripts/script-args.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

// QA s16: `npm run eval -- --help` printed a Node stack trace. A refused command line is one usage line and exit 2.
describe("the scripts' flags", () => {
  for (const [script, args] of [
    ['eval.ts', ['--help']],
    ['bench-letters.ts', ['--no-such-flag']],
  ] as const) {
    it(`${script} ${args.join(' ')}: one usage line, exit 2, no stack trace`, () => {
      const run = spawnSync(tsx, [path.join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/usage: /);
      expect(run.stderr).not.toMatch(/\n\s+at |TypeError|ERR_PARSE_ARGS/);
      expect(run.stdout).toBe('');
    }, 70_000);
  }

  it('names the flag that was wrong and reads the usage off the options', () => {
    const config = { options: { count: { type: 'string' as const }, 'dry-run': { type: 'boolean' as const } } };
    expect(scriptUsage('x', config)).toBe('usage: x [--count COUNT] [--dry-run]');
    expect(refusalLine('x', config, { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--cont'. To specify a positional argument starting with a '-', place it at the end" })).toBe(
      'x: unknown option --cont; usage: x [--count COUNT] [--dry-run]',
    );
    expect(refusalLine('x', config, { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--help'. To specify …" })).toBe('usage: x [--count COUNT] [--dry-run]');
  });

  it('every script that parses flags with node:util does so through scriptArgs or its own usage line', () => {
    const scriptsDir = path.join(root, 'scripts');
    const bare = readdirSync(scriptsDir)
      .filter((f) => f.endsWith('.ts') && f !== 'script-args.ts')
      .filter((f) => {
        const source = readFileSync(path.join(scriptsDir, f), 'utf8');
        // A parseArgs call of its own must sit in a try that exits 2 (bench-pipeline.ts's way).
        return /\bparseArgs\(/.test(source) && !/try \{\s*\n[^\n]*parseArgs\(/.test(source);
      });
    expect(bare).toEqual([]);
  });
});
