import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The page's TypeScript modules (web/src) bundled into web/dist/app.js with esbuild, once when serve
 * starts (~50 ms): the browser gets one small ES module and the page needs no build step of its own.
 * A deployment copies web/ with dist/ built the same way to its static bucket.
 */
export async function buildWebBundle(webDir: string): Promise<void> {
  const outfile = path.join(webDir, 'dist', 'app.js');
  // esbuild is a development dependency: an installation without it serves the bundle it was shipped with.
  const esbuild = await import('esbuild').catch(() => null);
  if (!esbuild) {
    if (existsSync(outfile)) return;
    throw new Error(`the page's bundle ${outfile} is missing and esbuild is not installed to build it (npm ci, or build web/ before deploying)`);
  }
  await esbuild.build(webBundleOptions(webDir, outfile));
}

/** The one esbuild configuration of the page, for serve here and for the deployment's copy (infra/constructs/page-files.ts). */
export function webBundleOptions(webDir: string, outfile: string) {
  return {
    entryPoints: [path.join(webDir, 'src', 'main.ts')],
    outfile,
    bundle: true,
    format: 'esm' as const,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'silent' as const,
  };
}
