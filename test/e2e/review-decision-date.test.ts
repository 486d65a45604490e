import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { openTestService, type TestService } from '../service/fixtures.ts';
import { undatedAppeal } from '../support/undated-appeal.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * QA session 9: an appeal in review for want of its decision date had no date field on the page, and
 * pressing A registered it with no appeal deadline. The review form shows Vedtaksdato (and Vedtak
 * mottatt) for a type whose appeal deadline counts from them, keeps the decision until one is given,
 * and sends the day typed dd.mm.åååå; for a type that needs none the fields are not shown.
 */
let service: TestService;
let served: ServedPage;
let undated: ProcessResult;


beforeAll(async () => {
  service = await openTestService();
  const { handIn } = await import('../../service/operations/intake.ts');
  undated = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([undatedAppeal]), fileName: 'klage-uten-dato.pdf', receivedDate: '2025-03-21', postmarkDate: null });
  served = await servePage(service);
}, 120_000);
afterAll(async () => {
  await served?.close();
  await service?.close();
});

const stored = async (documentId: string) => (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}`, headers: service.as('archivist') })).json();

describe('the review form of an appeal without its decision date', () => {
  it('asks for Vedtaksdato, keeps the decision until it is given, and registers the appeal deadline counted from it', async () => {
    expect(undated).toMatchObject({ status: 'review', documentType: 'appeal' });
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, service.tokens.archivist);
    await page.goto(`${served.base}/#/review/${undated.documentId}`);
    await page.getByRole('heading', { name: 'Til kontroll: klage-uten-dato.pdf' }).waitFor();
    const form = page.getByRole('form', { name: 'Arkivarens valg' });
    const decisionDate = form.getByLabel('Vedtaksdato');
    await decisionDate.waitFor();
    expect(await decisionDate.isVisible()).toBe(true);
    expect(await decisionDate.inputValue()).toBe('');
    expect(await form.getByLabel('Vedtak mottatt').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A with no date: told at the field, nothing decided.
    await page.getByRole('heading', { name: 'Til kontroll: klage-uten-dato.pdf' }).focus();
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Vedtaksdato: skriv datoen for vedtaket/);
    expect(await decisionDate.evaluate((input) => (input as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === input)).toBe(true);
    expect((await stored(undated.documentId)).status).toBe('review');

    // A type that needs no decision date hides the fields; back to an appeal, they are there again.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Til kontroll: klage-uten-dato.pdf' }).focus();
    await page.keyboard.press('t');
    await page.keyboard.type('legeerkl');
    await page.keyboard.press('Enter');
    expect(await decisionDate.isVisible()).toBe(false);
    await page.keyboard.press('t');
    await page.keyboard.type('Klage på vedtak');
    await page.keyboard.press('Enter');
    expect(await decisionDate.isVisible()).toBe(true);

    await decisionDate.fill('10.01.2025');
    await form.getByRole('button', { name: /Godta og send videre/ }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toMatch(/^Sendt videre på sak \d{4}\/\d{5}/);
    const doc = await stored(undated.documentId);
    expect(doc).toMatchObject({ status: 'routed', documentType: 'appeal', fields: { decisionDate: '2025-01-10' } });
    // 10.01.2025 + 6 weeks = 21.02.2025, a month before the appeal arrived: missed.
    expect(doc.deadlines).toContainEqual(expect.objectContaining({ kind: 'appeal_deadline', due: '2025-02-21', missed: true }));
    await page.close();
  });
});
