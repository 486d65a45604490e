import { describe, expect, it } from 'vitest';
import { CaseView } from '#schemas/api';
import { accessibilityViolations } from '../support/browser.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { openWatchedPage } from '../support/watched-page.ts';

/**
 * QA session 11, MEDIUM 6, on the page in headless Chromium: the case handler's case view lists the
 * case's letters (what, in which language, dated, written when, where it stands) with the PDF, and
 * the journal has the outgoing entry (U) in time order with the incoming ones; a reader sees the
 * letter but is offered no PDF, and the page asks for nothing the role may not read. The document
 * view names the document's language.
 */
const served = servedTestService();

const openPage = (authorization: string) => openWatchedPage(served, authorization);
const caseView = async () => CaseView.parse((await served.service.app.inject({ method: 'GET', url: `/api/v1/cases/${served.service.seeded.transfer.caseId}`, headers: served.service.as('archivist') })).json());

describe("the case's letters on the page", () => {
  it("a case handler sees the case's letter, opens its PDF, and reads the U entry in the journal", async () => {
    const [letter] = (await caseView()).letters;
    expect(letter).toBeDefined();
    const { page, refused } = await openPage(served.service.as('caseworker').authorization);
    await page.goto(`${served.base}/#/cases/${served.service.seeded.transfer.caseId}`);
    const letters = page.getByRole('region', { name: 'Utgående brev' });
    await letters.waitFor();
    const language = { nb: 'bokmål', nn: 'nynorsk' }[letter!.language];
    const dated = letter!.letterDate.split('-').reverse().join('.');
    await expect.poll(() => letters.textContent()).toContain(`Bekreftelse på mottatt klage (${language}), datert ${dated}`);
    expect(await letters.textContent()).toContain(`holdt tilbake: ${letter!.heldReasonNb}`);
    // No code on the page: the language by its name.
    expect(await letters.textContent()).not.toMatch(/\((nb|nn)\)/);

    const pdf = page.waitForResponse((r) => r.url().endsWith(`/cases/${served.service.seeded.transfer.caseId}/letters/${letter!.letterId}/pdf`));
    await letters.getByRole('button', { name: /^PDF: Bekreftelse på mottatt klage/ }).click();
    const answer = await pdf;
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');

    const journal = page.locator('ol.journal');
    expect(await journal.textContent()).toContain('Utgående brev journalført (U): bekreftelse på mottatt klage');
    const lines = await journal.locator('li').allTextContents();
    expect(lines.findIndex((l) => l.includes('Sak opprettet'))).toBeLessThan(lines.findIndex((l) => l.includes('Utgående brev journalført (U)')));
    expect(refused).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('a reader sees the letter but is offered no PDF, and nothing is refused', async () => {
    const { page, refused } = await openPage(served.service.as('reader').authorization);
    await page.goto(`${served.base}/#/cases/${served.service.seeded.transfer.caseId}`);
    const letters = page.getByRole('region', { name: 'Utgående brev' });
    await letters.waitFor();
    await expect.poll(() => letters.textContent()).toContain('Bekreftelse på mottatt klage');
    expect(await letters.getByRole('button').count()).toBe(0);
    expect(refused).toEqual([]);
    await page.close();
  });

  it("the document view names the document's language", async () => {
    const { page } = await openPage(served.service.as('archivist').authorization);
    await page.goto(`${served.base}/#/documents/${served.service.seeded.transfer.documentId}`);
    await page.getByRole('heading', { name: /^Dokument / }).waitFor();
    const facts = await page.locator('dl.facts').first().textContent();
    expect(facts).toMatch(/Språk(bokmål|nynorsk)/);
    await page.close();
  });
});
