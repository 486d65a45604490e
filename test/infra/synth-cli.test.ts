import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaFunctions, triggerFunctions } from '../../functions/lambda-functions.ts';
import config from '../../config/postmottak.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'postmottak-cdk-'));
let template: { Resources: Record<string, { Type: string; Properties: Record<string, any>; Metadata?: Record<string, string> }> };

/** The asset folder of the function whose handler is functions/<name>/handler.ts. */
function assetOf(name: string): string {
  const fn = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function' && r.Properties.Description === `postmottak ${name}`);
  if (!fn?.Metadata?.['aws:asset:path']) throw new Error(`no function asset for ${name}`);
  return path.join(out, fn.Metadata['aws:asset:path']);
}

// The real thing, as `npm run synth` does it: the aws-cdk CLI, the app through tsx, esbuild bundling of
// every handler and npm ci of the packages that cannot be bundled, for linux-arm64, and cdk-nag.
// Where the CDK knows the account (credentials resolve, as on a developer's machine or in CI) the app
// refuses the shipped example alarm address: the shipped settings with a deliverable one, and an account
// as the CLI sets it then, so the test passes with or without credentials (review s14 deploy14 LOW 2).
let said = '';
beforeAll(async () => {
  const settings = path.join(out, 'deployment.json');
  const shipped = JSON.parse(readFileSync(path.join(root, 'infra/deployment.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(settings, JSON.stringify({ ...shipped, alarmEmail: 'drift@klageorgan.no' }));
  ({ stderr: said } = await promisify(execFile)(path.join(root, 'node_modules/.bin/cdk'), ['synth', '--quiet', '--output', out, '-c', `settings=${settings}`], {
    cwd: root,
    env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DEFAULT_ACCOUNT: '111111111111' },
    maxBuffer: 64 * 1024 * 1024,
  }));
  template = JSON.parse(readFileSync(path.join(out, 'Postmottak.template.json'), 'utf8'));
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('cdk synth (CLI, with bundling and cdk-nag)', () => {
  it('bundles every handler into an ESM file', () => {
    for (const { name } of [...lambdaFunctions, ...triggerFunctions]) {
      expect(readdirSync(assetOf(name)), name).toContain('index.mjs');
    }
  });

  it('ships the OCR function with tesseract.js, the configured languages\' fast models and linux-arm64 sharp', () => {
    const asset = assetOf('extract-page');
    const modules = path.join(asset, 'node_modules');
    expect(existsSync(path.join(modules, 'tesseract.js-core'))).toBe(true);
    const data = path.join(modules, '@postmottak/tessdata-fast');
    expect(readdirSync(path.join(data, '4.1.0_fast')).sort()).toEqual(config.ocr.languages.map((lang) => `${lang}.traineddata.gz`).sort());
    expect(existsSync(path.join(data, 'package.json'))).toBe(true);
    expect(existsSync(path.join(modules, '@tesseract.js-data'))).toBe(false);
    expect(readdirSync(path.join(modules, '@img'))).toEqual(expect.arrayContaining(['sharp-linux-arm64', 'sharp-libvips-linux-arm64']));
    expect(readdirSync(path.join(modules, '@img'))).not.toContain('sharp-linux-x64');
  });

  it("says nothing of npm's: no warning of an invalid log level or of install scripts (session 10, \"Left, noticed\")", () => {
    expect(said).toContain('Bundling asset');
    expect(said).not.toMatch(/npm warn/i);
  });

  it('keeps functions that need no native package to a single bundled file', () => {
    for (const name of ['link', 'register', 'route', 'start-intake']) {
      expect(existsSync(path.join(assetOf(name), 'node_modules')), name).toBe(false);
    }
  });
});
