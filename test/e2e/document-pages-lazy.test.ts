import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProcessResult } from '#schemas/pipeline';
import { renderPageImage, toScannedPdf } from '../../corpus/render.ts';
import { pageImageKey } from '../../domain/page-keys.ts';
import { s3Client } from '../../functions/commons/clients.ts';
import { kari, openTestService, type TestService } from '../service/fixtures.ts';
import type { Browser } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * The document view of a scan of several pages, in headless Chromium: the facts and the forms are
 * drawn without waiting for a page image; only the first page's image is asked for (and so made and
 * stored) on opening, the next when it is scrolled into view. A failing /text costs the pages alone.
 */
let service: TestService;
let served: ServedPage;
let base: string;
let browser: Browser;
let scan: ProcessResult;

// One letter: "Side n av 3" and sentences running on keep the three pages one document (domain/bundles/split.ts).
const pages = [
  ['Tannlegesenteret Bryn', '', 'LEGEERKLÆRING', '', `Pasient: Kari Nordmann, fødselsnummer ${kari}`, '', 'Diagnose: K05.3 Kronisk periodontitt (ICD-10).', 'Pasienten trenger omfattende tannbehandling, og', '', 'Side 1 av 3'],
  ['har vært til behandling siden januar 2024. Tannkjøttet blør ved', 'puss, og flere tenner er løse. Røntgen viser benstøtte under', 'halvparten av rotlengden, og funksjonsevnen er nedsatt, slik at', '', 'Side 2 av 3'],
  ['tilstanden må regnes som varig og krever omfattende behandling.', '', 'Oslo, 14.03.2025', 'Eva Holm, lege', '', 'Side 3 av 3'],
];

beforeAll(async () => {
  service = await openTestService();
  const { handIn } = await import('../../service/operations/intake.ts');
  const images = await Promise.all(pages.map((lines) => renderPageImage(lines)));
  scan = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await toScannedPdf(images), fileName: 'skannet-tre-sider.pdf', receivedDate: '2025-03-21', postmarkDate: null });
  served = await servePage(service);
  ({ base, browser } = served);
}, 180_000);
afterAll(async () => {
  await served?.close();
  await service?.close();
});

/** Opens a document as the archivist, noting every page-image request and every error the page leaves uncaught. */
async function open(documentId: string, before?: (page: Page) => Promise<unknown>): Promise<{ page: Page; imageRequests: number[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const imageRequests: number[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const match = /\/pages\/(\d+)\/image$/.exec(request.url());
    if (match) imageRequests.push(Number(match[1]));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await before?.(page);
  await signInWithToken(page, base, service.tokens.archivist);
  await page.goto(`${base}/#/documents/${documentId}`);
  return { page, imageRequests, errors };
}

const stored = (pageIndex: number) =>
  s3Client()
    .send(new HeadObjectCommand({ Bucket: service.runtime.context.files.bucket, Key: pageImageKey(scan.documentId, pageIndex) }))
    .then(
      () => true,
      (error: { name?: string }) => {
        if (error.name === 'NotFound') return false;
        throw error;
      },
    );

const loaded = (page: Page, number: number) =>
  page.getByRole('img', { name: `Side ${number} slik den ble skannet` }).evaluateAll((images) => images.some((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth > 0));

describe('the document view of a scan of three pages', () => {
  it('is one routed, OCR-read document of three pages', () => {
    expect(scan).toMatchObject({ status: 'routed', textSource: 'ocr', pages: 3 });
  });

  it("asks for the first page's image only on opening, and for the next when it is scrolled into view", async () => {
    const { page, imageRequests, errors } = await open(scan.documentId);
    await page.getByRole('button', { name: 'Lagre korrigering' }).waitFor();
    expect(await page.locator('figure.page').count()).toBe(3);
    await expect.poll(() => loaded(page, 1), { timeout: 30_000 }).toBe(true);
    expect(imageRequests).toEqual([1]);
    expect(await Promise.all([0, 1, 2].map(stored))).toEqual([true, false, false]);

    await page.locator('figure.page[data-page="2"]').scrollIntoViewIfNeeded();
    await expect.poll(() => loaded(page, 2), { timeout: 30_000 }).toBe(true);
    expect(imageRequests.slice(0, 2)).toEqual([1, 2]);
    expect(await stored(1)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the facts and the correction forms when the text fails, and says the pages could not be shown', async () => {
    const { page, imageRequests, errors } = await open(scan.documentId, (p) => p.route(/\/documents\/[^/]+\/text$/, (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Internal', status: 500, detail: 'Something broke.' }) })));
    await page.getByRole('button', { name: 'Lagre korrigering' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Sidene kunne ikke vises' }).count()).toBe(1);
    expect(await page.getByText('Journalført og fordelt').count()).toBeGreaterThan(0);
    expect(imageRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves no request unhandled for a document that does not exist', async () => {
    let textAnswered: Promise<unknown> = Promise.resolve();
    const { page, errors } = await open('doc-does-not-exist', async (p) => {
      textAnswered = p.waitForResponse(/\/documents\/doc-does-not-exist\/text$/, { timeout: 30_000 });
    });
    await page.getByRole('heading', { name: 'Noe gikk galt' }).waitFor();
    expect(((await textAnswered) as { status(): number }).status()).toBe(404);
    // An unhandled rejection is reported once the task that rejected has ended: let a few go by.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(errors).toEqual([]);
    await page.close();
  });
});
