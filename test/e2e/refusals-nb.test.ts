import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTestService, type TestService } from '../service/fixtures.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * What the page says when the service refuses: the API's own sentence (problem+json `detail`), in
 * bokmål like the rest of the page, whatever language the browser speaks (en-US here: the page asks for
 * nb itself, service/problem-language.ts). A role's limits, an unknown case, a day range the wrong way
 * round, and a decision another archivist made first. Headless Debian Chromium.
 */
let service: TestService;
let served: ServedPage;

beforeAll(async () => {
  service = await openTestService();
  served = await servePage(service, { locale: 'en-US' });
});
afterAll(async () => {
  await served?.close();
  await service?.close();
});

async function signedIn(role: 'archivist' | 'caseworker' | 'reader'): Promise<Page> {
  const page = await served.browser.context.newPage();
  await signInWithToken(page, served.base, service.tokens[role]);
  return page;
}

const alertText = (page: Page) => page.getByRole('alert').first().textContent();

describe('the service’s refusals on the page, in bokmål', () => {
  it('runs a browser that asks for English', async () => {
    const page = await signedIn('reader');
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.close();
  });

  it("a role's limit: a reader who opens the review queue", async () => {
    const page = await signedIn('reader');
    await page.goto(`${served.base}/#/review`);
    await expect.poll(() => alertText(page)).toBe('Rollen leser kan ikke lese kontrollkøen.');
    await page.close();
  });

  it('a case number that names no case, typed into «Åpne sak med saksnummer»', async () => {
    const page = await signedIn('caseworker');
    await page.getByLabel('Åpne sak med saksnummer').fill('2025/09999');
    await page.keyboard.press('Enter');
    await expect.poll(() => alertText(page)).toBe('Det finnes ingen sak 2025/09999.');
    await page.close();
  });

  it('a day range the wrong way round, with its days as the page writes them', async () => {
    const page = await signedIn('caseworker');
    await page.goto(`${served.base}/#/queues`);
    const filters = page.getByRole('form', { name: 'Filtrer køen' });
    await filters.getByLabel('Mottatt fra').fill('01.04.2025');
    await filters.getByLabel('til', { exact: true }).fill('01.03.2025');
    await filters.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Fra-datoen 01.04.2025 er etter til-datoen 01.03.2025: ingen post kan være mottatt i det tidsrommet.');
    await page.close();
  });

  it('a decision another archivist made first', async () => {
    const { orphan, transfer } = service.seeded;
    const page = await signedIn('archivist');
    await page.goto(`${served.base}/#/review/${orphan.documentId}`);
    const accept = page.getByRole('button', { name: /Godta og send videre/ });
    await accept.waitFor();
    // Meanwhile, at another desk.
    const other = await service.person('Ingrid Først', 'archivist');
    const decided = await service.app.inject({ method: 'POST', url: `/api/v1/review/${orphan.documentId}/decision`, headers: other, payload: { case: transfer.caseId!.replace('-', '/'), confirmOtherPerson: true } });
    expect(decided.statusCode, decided.body).toBe(200);
    await accept.click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(`Dokument ${orphan.documentId} venter ikke i kontrollkøen: det er allerede journalført og fordelt på sak ${transfer.caseId!.replace('-', '/')}.`);
    await page.close();
  });
});
