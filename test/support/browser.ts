import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ensureSystemPackages } from './preflight.ts';

/**
 * Debian's Chromium, driven by playwright-core: never a downloaded browser. The project's own set-up
 * (scripts/ensure-system-packages.sh, shared with the letter tests) installs it with apt when it is
 * missing and we are root, as CI is.
 */
export const CHROMIUM = '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium as a person in Norway has it (nb-NO), or with another locale, e.g. en-US, to see what such a browser draws. */
export async function launchChromium(options: { locale?: string } = {}): Promise<Browser> {
  ensureSystemPackages('chromium');
  const profile = await mkdtemp(path.join(tmpdir(), 'postmottak-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: options.locale ?? 'nb-NO',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules: the violations on the page as it is now, as short lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}
