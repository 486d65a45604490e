import type { Page } from 'playwright-core';
import type { Browser } from './browser.ts';
import { signInWithToken } from './page-server.ts';

/**
 * A signed-in page that keeps every refused request (status 400 and up) and console error, so a test
 * can say there were none: the page asks for nothing its role may not read.
 */
export async function openWatchedPage(served: { readonly browser: Browser; readonly base: string }, authorization: string): Promise<{ page: Page; refused: string[] }> {
  const page = await served.browser.context.newPage();
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) refused.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
  await signInWithToken(page, served.base, authorization.replace('Bearer ', ''));
  return { page, refused };
}
