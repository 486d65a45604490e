import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTestService, type TestService } from '../service/fixtures.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * The days an archivist reads and types on the page are written dd.mm.åååå whatever language the
 * browser is set to: in headless Chromium with locale en-US (where `<input type="date">` shows
 * 03/24/2025) and nb-NO. A day typed as Norwegians write it reaches the API as an ISO day; one the
 * page cannot read is refused in one Norwegian sentence and changes nothing.
 */
let service: TestService;

beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const stored = async (documentId: string) => (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}`, headers: service.as('archivist') })).json() as { receivedDate: string; fields: { decisionDate: string | null } };

describe.each([
  ['en-US', '13.02.2025', '2025-02-13'],
  ['nb-NO', '14022025', '2025-02-14'],
])('with the browser in %s', (locale, typed, iso) => {
  let served: ServedPage;
  let page: Page;

  beforeAll(async () => {
    served = await servePage(service, { locale });
    page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, service.tokens.archivist);
  });
  afterAll(async () => {
    await served?.close();
  });

  it('runs a browser that speaks the locale asked for', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe(locale);
  });

  it('shows a routed document\'s days as dd.mm.åååå, refuses a day that does not exist in a Norwegian sentence, and saves one typed the Norwegian way', async () => {
    const transfer = service.seeded.transfer;
    const before = await stored(transfer.documentId);
    await page.goto(`${served.base}/#/documents/${transfer.documentId}`);
    const form = page.getByRole('form', { name: 'Korriger' });
    await form.waitFor();
    expect(await form.getByLabel('Mottatt', { exact: true }).inputValue()).toBe('20.03.2025');
    expect(await form.getByLabel('Vedtaksdato').inputValue()).toBe(before.fields.decisionDate!.split('-').reverse().join('.'));
    expect(await form.getByLabel('Poststemplet').inputValue()).toBe('');
    expect(await form.getByLabel('Poststemplet').getAttribute('placeholder')).toBe('dd.mm.åååå');

    await form.getByLabel('Vedtaksdato').fill('31.02.2025');
    await form.getByRole('button', { name: 'Lagre korrigering' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Vedtaksdato: «31.02.2025» er ingen dato. Skriv den som dd.mm.åååå, for eksempel 24.03.2025.');
    expect(await form.getByLabel('Vedtaksdato').evaluate((input) => (input as unknown as { validationMessage: string }).validationMessage)).toMatch(/^Vedtaksdato: «31\.02\.2025» er ingen dato/);
    expect(await form.getByLabel('Vedtaksdato').getAttribute('aria-invalid')).toBe('true');
    expect((await stored(transfer.documentId)).fields.decisionDate).toBe(before.fields.decisionDate);

    await form.getByLabel('Vedtaksdato').fill(typed);
    await form.getByRole('button', { name: 'Lagre korrigering' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Lagret.');
    expect((await stored(transfer.documentId)).fields.decisionDate).toBe(iso);
    // The view is drawn again from the service: the day it saved, in the one form people read.
    await expect.poll(() => page.getByRole('form', { name: 'Korriger' }).getByLabel('Vedtaksdato').inputValue()).toBe(iso.split('-').reverse().join('.'));
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("prints the outbox's post of a letter day typed dd.mm.åååå, and refuses a US-ordered day", async () => {
    await page.goto(`${served.base}/#/outbox`);
    const field = page.getByLabel('Brevdato (tom: alle klare)');
    await field.waitFor();
    expect(await field.getAttribute('placeholder')).toBe('dd.mm.åååå');
    const printed: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/outbox/print')) printed.push(new URL(request.url()).search);
    });

    await field.fill('03/24/2025');
    await page.getByRole('button', { name: 'Skriv ut klare brev (PDF)' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Brevdato: «03/24/2025» er ingen dato. Skriv den som dd.mm.åååå, for eksempel 24.03.2025.');
    expect(printed).toEqual([]);

    await field.fill('24.03.2025');
    const request = page.waitForRequest((r) => r.url().includes('/outbox/print'));
    await page.getByRole('button', { name: 'Skriv ut klare brev (PDF)' }).click();
    await request;
    expect(printed).toEqual(['?date=2025-03-24']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
