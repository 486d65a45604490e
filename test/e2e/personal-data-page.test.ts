import { describe, expect, it } from 'vitest';
import { declarationOnKarisCase, kari } from '../service/fixtures.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import { handIn } from '../../service/operations/intake.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { openWatchedPage } from '../support/watched-page.ts';

/**
 * QA s14 e, in headless Chromium over `serve`'s app: a file named after the person shows no national id
 * to a reader, nor in the page's title (kept in the browser's history); the auditor who types a
 * national id, into «Person» or «Fødselsnummer», finds that person's reads and the id stays out of the
 * address.
 */
const served = servedTestService();
const personalNumber = kari.slice(6);

describe('national ids on the page', () => {
  it('shows a reader a file named with a national id masked, and titles the page without the name (H1)', async () => {
    const bytes = await renderTextPdf([declarationOnKarisCase]);
    const named = await handIn(served.service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes, fileName: `${kari}-legeerklaering.pdf`, receivedDate: '2025-03-21', postmarkDate: null });
    const { page } = await openWatchedPage(served, served.service.as('reader').authorization);
    await page.goto(`${served.base}/#/documents/${named.documentId}`);
    await page.getByRole('heading', { name: `Dokument ${kari.slice(0, 6)}*****-legeerklaering.pdf` }).waitFor();
    expect(await page.title()).toBe('Dokument – postmottak');
    expect(await page.locator('body').textContent()).not.toContain(personalNumber);
    await page.goto(`${served.base}/#/cases/${served.service.seeded.transfer.caseId}`);
    await page.getByRole('heading', { name: /^Sak / }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain(personalNumber);
    await page.close();
  });

  it('takes a national id typed into «Person» or «Fødselsnummer» as that person, and keeps it out of the address (H2)', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const rita = await served.service.person('Rita Leser', 'reader');
    expect((await served.service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: rita })).statusCode).toBe(200);
    const { page, refused } = await openWatchedPage(served, served.service.as('auditor').authorization);
    await page.goto(`${served.base}/#/access-log?person=ingen+slik`);
    await page.getByText('Ingen oppslag med disse filtrene.').waitFor();

    await page.getByLabel('Person', { exact: true }).fill(`${kari.slice(0, 6)} ${personalNumber}`);
    await page.getByRole('button', { name: 'Vis' }).click();
    const ritasRead = page.getByRole('row').filter({ hasText: 'Rita Leser' });
    await ritasRead.first().waitFor();
    expect(page.url()).not.toContain(personalNumber);
    expect(page.url()).not.toContain('person=');
    expect(await page.getByLabel('Fødselsnummer').inputValue()).toBe(`${kari.slice(0, 6)} ${personalNumber}`);

    await page.getByLabel('Fødselsnummer').fill('');
    await page.getByLabel('Person', { exact: true }).fill('ingen slik');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByText('Ingen oppslag med disse filtrene.').waitFor();

    await page.getByLabel('Person', { exact: true }).fill('');
    await page.getByLabel('Fødselsnummer').fill(kari);
    await page.getByRole('button', { name: 'Vis' }).click();
    await ritasRead.first().waitFor();
    expect(page.url()).not.toContain(personalNumber);
    expect(await page.locator('body').textContent()).not.toContain(personalNumber);
    expect(refused).toEqual([]);
    await page.close();
  });
});
