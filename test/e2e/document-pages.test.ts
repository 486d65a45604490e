import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProcessResult } from '#schemas/pipeline';
import { renderPageImage } from '../../corpus/render.ts';
import { pageImageKey } from '../../domain/page-keys.ts';
import { s3Client } from '../../functions/commons/clients.ts';
import { declarationOnKarisCase, openTestService, type TestService } from '../service/fixtures.ts';
import { accessibilityViolations, type Browser } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * A scanned document long since routed, opened from its case in headless Chromium: the page image is
 * there for those SPEC lets read a document's text (case handlers and archivists), made on this first
 * opening from the original, and not for a reader, who sees the document's facts only — the scan is a
 * medical declaration, special-category data.
 */
let service: TestService;
let served: ServedPage;
let base: string;
let browser: Browser;
let declaration: ProcessResult;


beforeAll(async () => {
  service = await openTestService();
  const { handIn } = await import('../../service/operations/intake.ts');
  declaration = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderPageImage(declarationOnKarisCase), fileName: 'skannet-legeerklaering.png', receivedDate: '2025-03-21', postmarkDate: null });
  served = await servePage(service);
  ({ base, browser } = served);
});
afterAll(async () => {
  await served?.close();
  await service?.close();
});

/** Opens the document as `token`'s holder and notes every page-image request the page makes. */
async function openDocument(token: string): Promise<{ page: Page; imageRequests: string[] }> {
  const page = await browser.context.newPage();
  const imageRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/pages\/\d+\/image$/.test(request.url())) imageRequests.push(request.url());
  });
  await signInWithToken(page, base, token);
  await page.goto(`${base}/#/documents/${declaration.documentId}`);
  await page.getByRole('heading', { name: 'Dokument skannet-legeerklaering.png' }).waitFor();
  return { page, imageRequests };
}

/** Whether the page image of page 1 is stored in the document bucket. */
const imageStored = () =>
  s3Client()
    .send(new HeadObjectCommand({ Bucket: service.runtime.context.files.bucket, Key: pageImageKey(declaration.documentId, 0) }))
    .then(
      () => true,
      (error: { name?: string }) => {
        if (error.name === 'NotFound') return false;
        throw error;
      },
    );

const loadedWidth = (page: Page) =>
  page.getByRole('img', { name: 'Side 1 slik den ble skannet' }).evaluate((img) => {
    const i = img as unknown as { complete: boolean; naturalWidth: number };
    return i.complete ? i.naturalWidth : 0;
  });

describe('the document view of a routed scan', () => {
  it('is a routed, OCR-read medical declaration on the transfer\'s case', () => {
    expect(declaration).toMatchObject({ status: 'routed', documentType: 'medical_declaration', textSource: 'ocr', caseId: service.seeded.transfer.caseId });
  });

  it('shows a case handler the page image, made from the original on this first opening, beside the text as read', async () => {
    expect(await imageStored()).toBe(false);
    const { page, imageRequests } = await openDocument(service.tokens.caseworker);
    await expect.poll(() => loadedWidth(page), { timeout: 30_000 }).toBeGreaterThan(1000);
    expect(await imageStored()).toBe(true);
    expect(imageRequests).toEqual([`${base}/api/v1/documents/${declaration.documentId}/pages/1/image`]);
    expect(await page.getByRole('heading', { name: 'Lest tekst' }).count()).toBe(1);
    expect(await page.getByLabel('Tekst på side 1').textContent()).toMatch(/LEGEERKL/);
    expect(await page.locator('figcaption').first().textContent()).toMatch(/^Side 1 – OCR, sikkerhet \d+ %/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows an archivist the same page image under the correction forms', async () => {
    const { page } = await openDocument(service.tokens.archivist);
    await page.getByRole('button', { name: 'Lagre korrigering' }).waitFor();
    await expect.poll(() => loadedWidth(page), { timeout: 30_000 }).toBeGreaterThan(1000);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a reader the facts only: no page image is asked for, no text is shown, and nothing fails', async () => {
    const { page, imageRequests } = await openDocument(service.tokens.reader);
    await page.getByText('Journalført og fordelt').waitFor();
    expect(await page.getByRole('heading', { name: 'Sidene' }).count()).toBe(0);
    expect(await page.getByRole('img').count()).toBe(0);
    expect(await page.textContent('main')).not.toMatch(/Diagnose|periodontitt|Noe gikk galt/);
    expect(imageRequests).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
