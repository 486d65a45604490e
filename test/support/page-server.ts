import type { Page } from 'playwright-core';
import { buildApp } from '../../service/app.ts';
import { buildWebBundle } from '../../service/web-bundle.ts';
import { localTokenAuthenticator } from '../../service/auth/local-tokens.ts';
import type { ServiceContext } from '../../service/ports.ts';
import { webDir } from '../../local/serve.ts';
import { launchChromium, type Browser } from './browser.ts';

/** The page as `serve` serves it over a test service's embedded stack, and Debian's Chromium to drive it. */
export interface ServedPage {
  /** The page's address on loopback. */
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function servePage(service: { runtime: { context: ServiceContext }; dataDir: string }, options: { locale?: string } = {}): Promise<ServedPage> {
  await buildWebBundle(webDir);
  const app = await buildApp({ context: service.runtime.context, authenticator: localTokenAuthenticator(service.dataDir), webDir });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchChromium(options);
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** Signs in on the page with a token, as a person does locally, and waits until the page is theirs. */
export async function signInWithToken(page: Page, base: string, token: string): Promise<void> {
  await page.goto(base);
  await page.getByLabel('Tilgangsnøkkel').fill(token);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}
