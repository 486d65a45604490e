import path from 'node:path';

/**
 * The page's TypeScript modules (web/src) bundled into web/dist/app.js with esbuild, once when serve
 * starts (~50 ms): the browser gets one small ES module and the page needs no build step of its own.
 * A deployment copies web/ with dist/ built the same way to its static bucket.
 */
export async function buildWebBundle(webDir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(webDir, 'src', 'main.ts')],
    outfile: path.join(webDir, 'dist', 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'silent',
  });
}
