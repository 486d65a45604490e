import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderTextPdf } from '../../corpus/render.ts';
import { handIn } from '../../service/operations/intake.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { signInWithToken } from '../support/page-server.ts';

/**
 * QA session 14 e's findings on the page for keyboard, screen-reader and zoomed users, in Debian's
 * Chromium: the skip link keeps the view; nothing scrolls sideways at 320 px; recognised text carries its
 * language; the focus ring stands out 3:1; a field's error is tied to it; Esc from a review item goes back
 * to its row.
 */
const served = servedTestService();

const caseId = () => served.service.seeded.transfer.caseId!;
const caseNumber = () => caseId().replace('-', '/');
const status = (page: Page) => page.locator('#status').textContent();
/** What has the focus, said by its id, or its text (the root tsc has no DOM lib: a string the page evaluates). */
const focused = (page: Page) => page.evaluate<string>("document.activeElement.id || document.activeElement.textContent.trim()");

/** WCAG's contrast ratio of two `rgb(…)` colours as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('the page for keyboard, screen-reader and zoomed users (QA s14 e)', () => {
  it('the skip link moves focus to the content and leaves the view and its address as they were; Back still goes back', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.caseworker);
    await page.getByRole('heading', { name: /Ufordelte saker/ }).waitFor();
    await page.goto(`${served.base}/#/cases/${caseId()}`);
    await page.locator('#view-title', { hasText: `Sak ${caseNumber()}` }).waitFor();
    const address = page.url();

    await page.getByRole('link', { name: 'Hopp til innholdet' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('main');
    // A redraw would have come by now; the case is still shown at its own address.
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(address);
    expect(await page.locator('#view-title').textContent()).toContain(`Sak ${caseNumber()}`);

    await page.goBack();
    await page.getByRole('heading', { name: /Ufordelte saker/ }).waitFor();
    expect(page.url()).toMatch(/#\/queues$/);
    await page.close();
  }, 60_000);

  it('at 320 px (400 % zoom) neither the case view nor «Karantene» scrolls sideways', async () => {
    const page = await served.browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    for (const [hash, title, widest] of [
      [`#/cases/${caseId()}`, `Sak ${caseNumber()}`, 'select#cover-type'],
      ['#/quarantine', 'Karantene', 'input[type=file]'],
    ] as const) {
      await page.goto(`${served.base}/${hash}`);
      await page.locator('#view-title', { hasText: title }).waitFor();
      await page.locator(widest).first().waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      const width = await page.locator('html').evaluate((html) => html.scrollWidth);
      expect(width, `${hash} is ${width} px wide`).toBeLessThanOrEqual(320);
    }
    await page.close();
  }, 60_000);

  it("recognised text is marked with the document's language, not the page's bokmål", async () => {
    const english = await handIn(
      served.service.runtime.context,
      { person: 'mailroom', role: 'archivist' },
      {
        bytes: await renderTextPdf([
          ['John Smith', '12 High Street', 'London SW1A 1AA', 'United Kingdom', '', 'To the appeals body', '', 'Further information in my case', '',
            'Please find enclosed further information about my treatment abroad. I had dental treatment in London in October and I am sending the receipts later.', '', 'Yours sincerely', 'John Smith'],
        ]),
        fileName: 'english.pdf',
        receivedDate: '2025-03-20',
        postmarkDate: null,
      },
    );
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await page.goto(`${served.base}/#/documents/${english.documentId}`);
    await page.getByRole('heading', { name: 'Lest tekst' }).waitFor();
    expect(await page.locator('dt:text-is("Språk") + dd').first().textContent()).toBe('engelsk');
    expect(await page.locator('.recognised pre').first().getAttribute('lang')).toBe('en');
    // The view's own words stay bokmål.
    expect(await page.locator('.recognised').getAttribute('lang')).toBeNull();
    await page.close();
  }, 120_000);

  it('the focus ring has 3:1 or more against the header and the body it sits on', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await page.getByRole('heading', { name: 'Til kontroll' }).waitFor();
    const ring = async (name: string) => {
      await page.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      return page.evaluate<{ outline: string; style: string; header: string; body: string }>(
        "({ outline: getComputedStyle(document.activeElement).outlineColor, style: getComputedStyle(document.activeElement).outlineStyle, header: getComputedStyle(document.querySelector('header')).backgroundColor, body: getComputedStyle(document.body).backgroundColor })",
      );
    };
    const inHeader = await ring('Logg ut');
    expect(inHeader.style).toBe('solid');
    expect(contrast(inHeader.outline, inHeader.header)).toBeGreaterThanOrEqual(3);
    const inBody = await ring('Vis');
    expect(inBody.style).toBe('solid');
    expect(contrast(inBody.outline, inBody.body)).toBeGreaterThanOrEqual(3);
    await page.close();
  }, 60_000);

  it("a date the access log cannot read is tied to its field", async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.auditor);
    await page.getByRole('heading', { name: 'Tilgangslogg' }).waitFor();
    const from = page.getByLabel('Fra', { exact: true });
    await from.fill('31.02.2026');
    await from.press('Enter');
    await expect.poll(() => status(page)).toContain('Fra: «31.02.2026» er ingen dato');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(await from.getAttribute('aria-describedby')).toBe('status');
    await from.fill('01.02.2026');
    expect(await from.getAttribute('aria-invalid')).toBeNull();
    expect(await from.getAttribute('aria-describedby')).toBeNull();
    await page.close();
  }, 60_000);

  it('in review, Esc goes back to the row the item was opened from, and a case that is none is said at «Sak»', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await page.getByRole('heading', { name: 'Til kontroll' }).waitFor();
    await page.getByRole('link', { name: 'orphan.pdf' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Til kontroll: orphan.pdf' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Til kontroll', exact: true }).waitFor();
    await expect.poll(() => focused(page)).toBe('orphan.pdf');

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Til kontroll: orphan.pdf' }).waitFor();
    const item = page.url();
    await page.keyboard.press('s');
    await page.keyboard.type('2026/09999');
    await page.keyboard.press('Enter');
    await page.keyboard.press('a');
    await expect.poll(() => status(page)).toContain('Det finnes ingen sak 2026/09999');
    const sak = page.getByRole('combobox', { name: /^Sak \(tom/ });
    expect(await sak.getAttribute('aria-invalid')).toBe('true');
    expect(await sak.getAttribute('aria-describedby')).toBe('status');
    expect(await sak.evaluate((input) => (input as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === input)).toBe(true);
    // Nothing was decided: the item is still there to decide.
    expect(page.url()).toBe(item);
    expect(await page.getByRole('heading', { name: 'Til kontroll: orphan.pdf' }).count()).toBe(1);
    await sak.fill('');
    expect(await sak.getAttribute('aria-invalid')).toBeNull();
    await page.close();
  }, 90_000);
});
