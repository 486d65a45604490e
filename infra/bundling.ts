import { existsSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { LogLevel, OutputFormat, SourceMapMode, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import config from '../config/postmottak.json' with { type: 'json' };
import { FONT_PACKAGE } from '../engines/pdf/fonts.ts';
import { DATA_VARIANT, LANGUAGE_PACKAGE } from '../engines/ocr/languages.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const lockFile = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/**
 * Context key: bundle for the machine that synthesizes (its CPU, and functions of that architecture)
 * instead of Graviton. Only test/infra/bundles.test.ts sets it, to run the very artefacts here.
 */
export const bundleForThisMachineContext = 'postmottak:bundle-for-this-machine';

export function handlerEntry(name: string): string {
  return fileURLToPath(new URL(`../functions/${name}/handler.ts`, import.meta.url));
}

/**
 * Packages esbuild cannot fold into one file: native binaries (sharp's libvips, @napi-rs/canvas under
 * pdf-parse), worker scripts and WebAssembly loaded by path (tesseract.js, pdfjs-dist, zxing-wasm's reader),
 * data files read by path (pdfkit's font metrics and the sRGB profile PDF/A needs). A function that
 * imports one gets it installed into its asset's node_modules instead.
 */
export const unbundleable = ['sharp', 'pdf-parse', 'tesseract.js', 'zxing-wasm', 'pdfkit'] as const;

/**
 * tesseract.js reads language data by path, which no import reveals: the configured languages ride
 * with it. They live in the project (vendor/tessdata-fast, a `file:` dependency), which `npm ci` in the
 * asset cannot resolve, so they are copied into the asset's node_modules after bundling.
 */
const ocrLanguageSource = fileURLToPath(new URL('../vendor/tessdata-fast/', import.meta.url));
const ocrLanguageFiles = config.ocr.languages.map((lang) => `${DATA_VARIANT}/${lang}.traineddata.gz`);

/**
 * The letters' fonts are read by path too (engines/pdf/fonts.ts resolves @postmottak/fonts-dejavu):
 * a function that renders letters (it reaches pdfkit) gets them copied into its asset the same way.
 */
const letterFontSource = fileURLToPath(new URL('../vendor/fonts-dejavu/', import.meta.url));
const letterFontFiles = ['package.json', 'LICENSE', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/**
 * Which of the unbundleable packages a handler reaches, found by resolving its import graph with the
 * same esbuild that bundles it, so a stage that starts using sharp gets sharp without anyone editing
 * a list here.
 */
export function nodeModulesFor(entry: string): string[] {
  if (!existsSync(entry)) return [];
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    external: [...unbundleable],
  });
  const reached = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external) continue;
      const match = unbundleable.find((pkg) => imported.path === pkg || imported.path.startsWith(`${pkg}/`));
      if (match) reached.add(match);
    }
  }
  return unbundleable.filter((pkg) => reached.has(pkg));
}

// ESM output for the ESM-only middy 7; CommonJS dependencies folded into it still call `require`.
const esmRequireShim = "import { createRequire as __pmCreateRequire } from 'node:module'; globalThis.require ??= __pmCreateRequire(import.meta.url);";

/** The CPU a bundle's native packages are installed for: Graviton in AWS; this machine's own in the artefact test. */
export type BundleCpu = 'arm64' | 'x64';

/**
 * esbuild bundling with the project's own esbuild (no Docker). Packages in `nodeModules` are installed
 * by `npm ci` from package-lock.json into the asset, for linux-arm64 (npm's --os/--cpu), so sharp and
 * @napi-rs/canvas bring the Graviton binaries, not this machine's.
 */
export function bundlingFor(nodeModules: readonly string[], cpu: BundleCpu = 'arm64'): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    platform: 'node',
    mainFields: ['module', 'main'],
    minify: true,
    sourceMap: true,
    sourceMapMode: SourceMapMode.DEFAULT,
    sourcesContent: false,
    // The SDK version the tests ran with, not whichever the runtime carries this month.
    bundleAwsSDK: true,
    banner: esmRequireShim,
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: LogLevel.WARNING,
    ...(nodeModules.length
      ? {
          nodeModules: [...nodeModules],
          environment: {
            npm_config_os: 'linux',
            npm_config_cpu: cpu,
            npm_config_libc: 'glibc',
            npm_config_audit: 'false',
            npm_config_fund: 'false',
            // CDK hands esbuild's log level to `npm ci` too (`--loglevel warning`), which npm does not take:
            // it warned so for every asset. npm's own level, given here, wins, and says only what failed.
            npm_config_loglevel: 'error',
            // The only install script among the packages is tesseract.js's donation banner (sharp and
            // @napi-rs/canvas bring their binaries as packages): nothing a function runs comes of it.
            npm_config_ignore_scripts: 'true',
            // The lock file pins every version and its hash: what the cache holds needs no asking again.
            npm_config_prefer_offline: 'true',
          },
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (_input: string, output: string) => {
              const commands: string[] = [];
              if (nodeModules.includes('tesseract.js')) {
                const target = `${output}/node_modules/${LANGUAGE_PACKAGE}`;
                commands.push(
                  `mkdir -p ${JSON.stringify(`${target}/${DATA_VARIANT}`)}`,
                  `cp ${JSON.stringify(`${ocrLanguageSource}package.json`)} ${JSON.stringify(`${ocrLanguageSource}LICENSE`)} ${JSON.stringify(target)}`,
                  ...ocrLanguageFiles.map((file) => `cp ${JSON.stringify(ocrLanguageSource + file)} ${JSON.stringify(`${target}/${file}`)}`),
                );
              }
              if (nodeModules.includes('pdfkit')) {
                const target = `${output}/node_modules/${FONT_PACKAGE}`;
                commands.push(`mkdir -p ${JSON.stringify(target)}`, ...letterFontFiles.map((file) => `cp ${JSON.stringify(letterFontSource + file)} ${JSON.stringify(`${target}/${file}`)}`));
              }
              return commands;
            },
          },
        }
      : {}),
  };
}
