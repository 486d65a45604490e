import { describe, expect, it } from 'vitest';
import { contentDocumentId } from '#domain/identity';
import { firstUploadInFlightProblem } from '#schemas/problem-types';
import { FirstUploadInFlight } from '../../service/ports.ts';
import { stillBeingProcessed } from '../../service/operations/intake.ts';
import { problemBody, unprocessable } from '../../service/problems.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { openWatchedPage } from '../support/watched-page.ts';

/**
 * QA s17: a file the service already has was «feilet – De samme bytene behandles fortsatt …» on the upload
 * view. It is no failure: the line says the file was already received and links to the document it is,
 * whether its first upload is done (200 with duplicateOf) or still under way (409 first-upload-in-flight,
 * whose problem+json names the document). Other refusals stay «feilet». In headless Chromium over `serve`'s app.
 */
const served = servedTestService();

async function uploadView() {
  const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
  await page.getByRole('link', { name: 'Last opp' }).click();
  await page.getByRole('heading', { name: 'Last opp post' }).waitFor();
  return page;
}

describe('a file the service already has, uploaded on the page', () => {
  it('its first upload done: «allerede mottatt» with where it went, and a link to the document', async () => {
    const { transfer } = served.service.seeded;
    const page = await uploadView();
    await page.locator('#upload-files').setInputFiles({ name: 'samme-klage-igjen.pdf', mimeType: 'application/pdf', buffer: served.service.transferPdf });
    const item = page.locator('li.upload-item').filter({ hasText: 'samme-klage-igjen.pdf' });
    await expect.poll(() => item.getAttribute('class'), { timeout: 60_000 }).toMatch(/upload-(already|done|failed)/);
    expect(await item.getAttribute('class')).toContain('upload-already');
    expect(await item.locator('.upload-state').textContent()).toMatch(/^allerede mottatt – fordelt /);
    const link = item.getByRole('link', { name: 'Åpne dokumentet' });
    expect(await link.getAttribute('href')).toBe(`#/documents/${transfer.documentId}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await link.click();
    await expect.poll(() => page.url()).toContain(`#/documents/${transfer.documentId}`);
    await page.close();
  });

  it("its first upload still under way (the service's 409): «allerede mottatt» with the service's sentence and no link (the document is not there yet), never «feilet»; another refusal stays «feilet»", async () => {
    const page = await uploadView();
    const bytes = Buffer.from('%PDF-1.4 the same bytes as an upload still under way');
    const documentId = contentDocumentId(bytes);
    // The 409 as the service words it for these bytes (service/operations/intake.ts): the first upload is
    // held in another execution, which the served stack cannot stage for a page test.
    const inFlight = stillBeingProcessed(new FirstUploadInFlight('/skann/klage.pdf'), documentId);
    const other = unprocessable('This deployment takes scans through the document bucket, not through the API.', 'Denne installasjonen tar imot skannede dokumenter gjennom dokumentbøtta, ikke gjennom tjenesten.');
    await page.route('**/api/v1/intake?**', (route) => {
      const refusal = new URL(route.request().url()).searchParams.get('fileName') === 'i-arbeid.pdf' ? inFlight : other;
      return route.fulfill({ status: refusal.status, contentType: 'application/problem+json', body: JSON.stringify(problemBody(refusal, '/api/v1/intake', 'nb')) });
    });
    await page.locator('#upload-files').setInputFiles([
      { name: 'i-arbeid.pdf', mimeType: 'application/pdf', buffer: bytes },
      { name: 'annen-feil.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 other') },
    ]);
    const item = page.locator('li.upload-item').filter({ hasText: 'i-arbeid.pdf' });
    const failed = page.locator('li.upload-item').filter({ hasText: 'annen-feil.pdf' });
    await expect.poll(() => failed.getAttribute('class'), { timeout: 30_000 }).toContain('upload-failed');
    expect(inFlight.type).toBe(firstUploadInFlightProblem);
    expect(await item.getAttribute('class')).toContain('upload-already');
    expect(await item.locator('.upload-state').textContent()).toBe(`allerede mottatt – ${inFlight.detailIn('nb')}`);
    // No link while the first upload runs: its document is not there to open yet (review s17).
    expect(await item.getByRole('link').count()).toBe(0);
    expect(await failed.locator('.upload-state').textContent()).toBe(`feilet – ${other.detailIn('nb')}`);
    expect(await failed.getByRole('link').count()).toBe(0);
    await page.close();
  });
});
