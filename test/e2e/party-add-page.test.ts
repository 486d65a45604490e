import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { openWatchedPage } from '../support/watched-page.ts';

/**
 * «Legg til part» on the case view (issue #16), in headless Chromium over `serve`'s app, by keyboard: the
 * seeded transfer case names its appellant without an address and no representative; the archivist adds the
 * representative, the API's refusals said beside their fields in bokmål, and the held acknowledgement follows.
 */
const served = servedTestService();

const focusedLabel = (page: Page) => page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? ''");

describe('«Legg til part» on the case view', () => {
  it('Escape closes the form and gives focus back to «Legg til part»; a case handler is offered none', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
    await page.goto(`${served.base}/#/cases/${caseId}`);
    const add = page.getByRole('button', { name: 'Legg til part' });
    await add.focus();
    await page.keyboard.press('Enter');
    expect(await add.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('form', { name: 'Legg til fullmektig' }).waitFor();
    await expect.poll(() => focusedLabel(page)).toBe('name-party-add');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('form', { name: 'Legg til fullmektig' }).count()).toBe(0);
    expect(await add.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => focusedLabel(page)).toBe('party-add-open');
    await page.close();
    const handler = await openWatchedPage(served, served.service.as('caseworker').authorization);
    await handler.page.goto(`${served.base}/#/cases/${caseId}`);
    await handler.page.getByRole('list', { name: 'Sakens parter' }).waitFor();
    expect(await handler.page.getByRole('button', { name: 'Legg til part' }).count()).toBe(0);
    expect(handler.refused).toEqual([]);
    await handler.page.close();
  });

  it('an archivist adds the representative by keyboard: a wrong town beside the postcode, digits beside the post town, then the party and the released letter', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const number = displayCaseNumber(caseId);
    const { page, refused } = await openWatchedPage(served, served.service.as('archivist').authorization);
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/cases/${caseId}/parties`)) posted.push(request.postData() ?? '');
    });
    await page.goto(`${served.base}/#/cases/${caseId}`);
    await page.getByRole('button', { name: 'Legg til part' }).click();
    const form = page.getByRole('form', { name: 'Legg til fullmektig' });
    await expect.poll(() => focusedLabel(page)).toBe('name-party-add');
    await page.keyboard.type('Ola Advokat');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Advokatfirma Lov AS');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Strandkaien 2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5013');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tromsø');
    await page.keyboard.press('Enter');
    const refusal = form.getByRole('alert');
    await refusal.filter({ hasText: 'Postnummer 5013 hører ikke til Tromsø' }).waitFor();
    const postcode = form.getByLabel('Postnummer');
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await postcode.getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    await expect.poll(() => focusedLabel(page)).toBe('postcode-party-add');
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByLabel('Poststed').fill('Bergen 2');
    await page.keyboard.press('Enter');
    await refusal.filter({ hasText: 'et poststed er et navn, uten sifre' }).waitFor();
    expect(await refusal.textContent()).toBe('Poststed: et poststed er et navn, uten sifre.');
    expect(await form.getByLabel('Poststed').getAttribute('aria-invalid')).toBe('true');
    expect(await postcode.getAttribute('aria-invalid')).toBeNull();

    await form.getByLabel('Poststed').fill('Bergen');
    await page.keyboard.press('Enter');
    const status = page.locator('#status');
    await status.filter({ hasText: 'er lagt til' }).waitFor();
    expect(await status.textContent()).toMatch(
      new RegExp(`^Fullmektig i sak ${number} er lagt til: Ola Advokat, Strandkaien 2, 5013 Bergen\\. Bekreftelse på mottatt klage datert \\d\\d\\.\\d\\d\\.\\d{4} var holdt tilbake og er frigitt, klart til utsending\\.$`),
    );
    await expect.poll(() => focusedLabel(page)).toBe('status');
    expect(JSON.parse(posted.at(-1)!)).toEqual({ role: 'representative', name: 'Ola Advokat', firm: 'Advokatfirma Lov AS', street: 'Strandkaien 2', postcode: '5013', place: 'Bergen' });
    const parties = page.getByRole('list', { name: 'Sakens parter' });
    expect(await parties.getByRole('listitem').filter({ hasText: 'Fullmektig:' }).textContent()).toMatch(/^Fullmektig: Ola Advokat \(Advokatfirma Lov AS\) – Strandkaien 2, 5013 Bergen Endre/);
    // The released letter and its journal line say the representative was added, not that an address was corrected (polish19 item 1).
    const letter = page.locator('ul.letters li').filter({ hasText: 'Bekreftelse på mottatt klage' });
    await expect.poll(() => letter.textContent()).toContain('klart til utsending (fullmektig lagt til av ');
    expect(await letter.textContent()).not.toContain('adresse rettet');
    expect(await page.locator('ol.journal').textContent()).toContain('Tilbakeholdt brev frigitt til fullmektigen som ble lagt til');
    // The case has its representative now: «Endre» corrects it, no second one is offered.
    expect(await page.getByRole('button', { name: 'Legg til part' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Endre fullmektig: Ola Advokat' }).count()).toBe(1);
    // Only the two refusals the test asked for (and the browser's console line for each).
    expect(refused.filter((r) => !/^4(00|22) |status of 4(00|22)/.test(r))).toEqual([]);
    await page.close();
  });

  it('a representative added meanwhile by someone else: the API’s 409 beside «Navn», in bokmål', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const letters = dynamoLetterRepository(served.service.runtime.context.db);
    await letters.changeParties(caseId, 'test-no-representative', (known) => ({ parties: known!.parties.filter((p) => p.role !== 'representative'), language: known!.language }));
    const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
    await page.goto(`${served.base}/#/cases/${caseId}`);
    await page.getByRole('button', { name: 'Legg til part' }).click();
    await letters.changeParties(caseId, 'test-other-archivist', (known) => ({ parties: [...known!.parties, { role: 'representative', name: 'Advokat Berg', address: ['Postboks 7', '5804 Bergen'] }], language: known!.language }));
    const form = page.getByRole('form', { name: 'Legg til fullmektig' });
    await form.getByLabel('Navn').fill('Per Advokat');
    await form.getByLabel('Gate eller postboks').fill('Strandkaien 2');
    await form.getByLabel('Postnummer').fill('5013');
    await form.getByLabel('Poststed').fill('Bergen');
    await form.getByRole('button', { name: 'Lagre' }).click();
    const refusal = form.getByRole('alert');
    await refusal.filter({ hasText: 'har allerede en fullmektig' }).waitFor();
    expect(await refusal.textContent()).toBe(`Sak ${displayCaseNumber(caseId)} har allerede en fullmektig; rett den med «Endre».`);
    expect(await form.getByLabel('Navn').getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
