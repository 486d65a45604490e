import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockFile, unbundleable } from '../../infra/bundling.ts';

/**
 * The functions' node_modules are installed with install scripts off (infra/bundling.ts,
 * npm_config_ignore_scripts): right only while no package they install needs its script to work.
 * Review finding (session 11): nothing checked that. Every package an unbundleable package brings,
 * as package-lock.json resolves it, that has an install script must be one known to need none.
 */
const scriptsNotNeeded = ['tesseract.js']; // its postinstall is a donation banner

interface LockEntry {
  hasInstallScript?: boolean;
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
type Lock = { packages: Record<string, LockEntry> };

/** Where npm put `name` for the package at `from`: its own node_modules, else each parent's, up to the top. */
function resolve(lock: Lock, from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return null;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at < 0 ? '' : dir.slice(0, at);
  }
}

/** The lock paths of every package installed with `roots` (dependencies, optional ones, required peers). */
function installedWith(lock: Lock, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = roots.map((name) => resolve(lock, '', name)).filter((p): p is string => p !== null);
  while (queue.length) {
    const at = queue.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const entry = lock.packages[at]!;
    const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
    for (const name of [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers]) {
      const found = resolve(lock, at, name);
      if (found) queue.push(found);
    }
  }
  return seen;
}

const nameOf = (lockPath: string) => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
const withScripts = (lock: Lock, roots: readonly string[]) => [...installedWith(lock, roots)].filter((p) => lock.packages[p]!.hasInstallScript).map(nameOf);

describe("the functions' packages need no install script", () => {
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as Lock;

  it('reaches what the unbundleable packages bring (the walk follows the lock)', () => {
    const names = [...installedWith(lock, unbundleable)].map(nameOf);
    expect(names).toEqual(expect.arrayContaining([...unbundleable, 'tesseract.js-core', '@img/sharp-linux-arm64']));
  });

  it('has an install script only in a package known to need none', () => {
    expect(withScripts(lock, unbundleable).filter((name) => !scriptsNotNeeded.includes(name))).toEqual([]);
  });

  it('would catch a package with a script that one of them brings, nested or hoisted', () => {
    const withScript: Lock = {
      packages: {
        ...lock.packages,
        'node_modules/sharp': { ...lock.packages['node_modules/sharp'], dependencies: { ...lock.packages['node_modules/sharp']!.dependencies, 'native-thing': '1.0.0' } },
        'node_modules/sharp/node_modules/native-thing': { hasInstallScript: true },
      },
    };
    expect(withScripts(withScript, unbundleable)).toContain('native-thing');
  });
});
