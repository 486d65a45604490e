import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { handlerEntry, nodeModulesFor, projectRoot, unbundleable } from '../../infra/bundling.ts';
import { printedSheet } from '../../corpus/faxed-sheets.ts';
import { encodeSheetCode } from '#domain/sheets/sheet-code';

/**
 * The sheet-code search runs on a thread whose script is inline and which loads zxing-wasm by path:
 * extract-page's asset must still get the package, and a bundled file (one index.mjs, packages beside
 * it in node_modules, as a Lambda asset is laid out) must still find a sheet's code.
 */
// In the OS's temporary folder, not the repository; the project's node_modules linked beside the
// bundle, where a Lambda asset has its packages.
const dir = mkdtempSync(path.join(tmpdir(), 'postmottak-barcode-bundle-'));
symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the barcode thread in a bundle', () => {
  it("is in extract-page's asset: its import graph reaches zxing-wasm", () => {
    expect(nodeModulesFor(handlerEntry('extract-page'))).toContain('zxing-wasm');
  });

  it('reads a separator sheet from a bundled file', async () => {
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { readFileSync } from 'node:fs';\nimport { readSheetCode } from '${path.join(projectRoot, 'engines/sheets/read-sheet-code.ts')}';\nconst found = await readSheetCode(readFileSync(process.argv[2]));\nprocess.stdout.write(found?.text ?? 'nothing');\n`,
    );
    buildSync({ entryPoints: [entry], outfile: path.join(dir, 'index.mjs'), bundle: true, platform: 'node', format: 'esm', external: [...unbundleable], logLevel: 'silent' });
    writeFileSync(path.join(dir, 'sheet.png'), await printedSheet({ kind: 'separator' }));
    const out = execFileSync(process.execPath, [path.join(dir, 'index.mjs'), path.join(dir, 'sheet.png')], { encoding: 'utf8' });
    expect(out).toBe(encodeSheetCode({ kind: 'separator' }));
  }, 60_000);
});
