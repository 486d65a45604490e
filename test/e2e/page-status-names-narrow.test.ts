import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/browser.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { signInWithToken } from '../support/page-server.ts';

/**
 * QA session 10's low findings on the page, in Debian's Chromium: the status line says what happened in
 * the view it was said in and goes with it; the outbox's per-row buttons are named by their letter; after
 * an upload the focus is on its result; at 390 px wide the header wraps and no view needs sideways
 * scrolling. POSTMOTTAK_SHOTS=DIR saves a screenshot of each view at 1366×768 and at 390 px to look at.
 */
const served = servedTestService();

const status = (page: Page) => page.locator('#status').textContent();
const caseId = () => served.service.seeded.transfer.caseId!;
const caseNumber = () => caseId().replace('-', '/');
const shots = process.env.POSTMOTTAK_SHOTS;
const shot = async (page: Page, name: string) => {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
};

describe('the page after QA session 10', () => {
  it("an upload's line and focus stay with the upload; the outbox names each row's buttons, and printing says what it did", async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await page.getByRole('link', { name: 'Last opp' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Velg filer …' }).click()]);
    await chooser.setFiles({ name: 'igjen.pdf', mimeType: 'application/pdf', buffer: served.service.transferPdf });
    const item = page.locator('li.upload-item').filter({ hasText: 'igjen.pdf' });
    // The seeded transfer's own bytes: the service has them, so the line says so (session 17) with the first's outcome.
    await item.and(page.locator('.upload-already')).waitFor({ timeout: 120_000 });
    // The result has the focus (a screen reader reads it), not the button that opened the file dialog.
    await expect.poll(() => page.locator(':focus').textContent()).toContain('igjen.pdf: allerede mottatt – fordelt');
    await expect.poll(() => status(page)).toContain('igjen.pdf: allerede mottatt – fordelt');
    await shot(page, 'archivist-upload-1366');

    await page.getByRole('link', { name: 'Utgående post' }).click();
    await page.getByRole('heading', { name: 'Utgående post' }).waitFor();
    expect(await status(page)).toBe('');
    const letter = `Bekreftelse på mottatt klage, sak ${caseNumber()}`;
    const row = page.locator('tr', { has: page.getByRole('link', { name: caseNumber() }) });
    await row.getByRole('button', { name: `PDF: ${letter}`, exact: true }).waitFor();

    const release = row.getByRole('form', { name: /Rett adressen og frigi brevet/ });
    await release.getByLabel('Gate eller postboks').fill('Fjellveien 3');
    await release.getByLabel('Postnummer').fill('5006');
    await release.getByLabel('Poststed').fill('Bergen');
    await release.getByRole('button', { name: 'Frigi brevet' }).click();
    await expect.poll(() => status(page)).toContain('har fått adresse');
    expect(await row.getByRole('button', { name: `Marker sendt: ${letter}`, exact: true }).count()).toBe(1);
    expect(await row.getByLabel(`Sendt dato for ${letter}`, { exact: true }).count()).toBe(1);
    await shot(page, 'archivist-outbox-1366');
    expect(await accessibilityViolations(page), 'outbox').toEqual([]);

    // Printing the day's post replaces the release's line with its own.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Skriv ut klare brev (PDF)' }).click()]);
    await popup.close();
    await expect.poll(() => status(page)).toBe('Klare brev er åpnet i en ny fane for utskrift.');
    await page.close();
  }, 180_000);

  it("a case handler's claim is said over the case, not over Mine saker", async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.caseworker);
    await page.goto(`${served.base}/#/cases/${caseId()}`);
    await page.getByRole('button', { name: 'Ta saken' }).click();
    await expect.poll(() => status(page)).toBe(`Du har tatt sak ${caseNumber()}.`);
    await page.getByRole('link', { name: 'Mine saker' }).click();
    await page.getByRole('heading', { name: /Mine saker/ }).first().waitFor();
    expect(await status(page)).toBe('');
    await shot(page, 'caseworker-mine-1366');
    await page.close();
  }, 60_000);

  it('at 390 px the header wraps and no view is wider than the screen', async () => {
    const views: [string, string, string][] = [
      ['archivist', '#/review', 'Til kontroll'],
      ['archivist', `#/review/${served.service.seeded.orphan.documentId}`, 'orphan.pdf'],
      ['archivist', '#/quarantine', 'Karantene'],
      ['archivist', '#/outbox', 'Utgående post'],
      ['archivist', '#/upload', 'Last opp post'],
      ['archivist', `#/cases/${caseId()}`, `Sak ${caseNumber()}`],
      ['caseworker', '#/queues', 'Ufordelte saker'],
      ['caseworker', '#/mine', 'Mine saker'],
      ['auditor', '#/access-log', 'Tilgangslogg'],
    ];
    for (const role of ['archivist', 'caseworker', 'auditor'] as const) {
      const page = await served.browser.context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await signInWithToken(page, served.base, served.service.tokens[role]);
      for (const [, hash, title] of views.filter(([r]) => r === role)) {
        await page.goto(`${served.base}/${hash}`);
        await page.locator('#view-title', { hasText: title }).waitFor();
        // Let the view's own requests (page images, lists) settle before measuring.
        await page.waitForLoadState('networkidle');
        const width = await page.locator('html').evaluate((html) => html.scrollWidth);
        expect(width, `${hash} is ${width} px wide`).toBeLessThanOrEqual(390);
        const logOut = await page.getByRole('button', { name: 'Logg ut' }).boundingBox();
        expect(logOut!.x + logOut!.width, `Logg ut on ${hash}`).toBeLessThanOrEqual(390);
        await shot(page, `${role}-${hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)}-390`);
      }
      expect(await accessibilityViolations(page), `${role} at 390 px`).toEqual([]);
      await page.close();
    }
  }, 180_000);
});
