import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { renderPdfPage } from '#engines/pdf/pages';
import { osloDate } from '#domain/calendar';
import { AccessLogPage } from '#schemas/downstream-api';
import { readSheetCode } from '../../engines/sheets/read-sheet-code.ts';
import { updateExpression, updateItem } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { renderCoverSheet, renderSeparatorSheet } from '../../engines/sheets/sheet-pdf.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { signInWithToken } from '../support/page-server.ts';

/**
 * Issue #15 item 3, QA session 10: cover sheets and separator sheets «printable from the CLI and the
 * page». In Debian's Chromium an archivist prints a case's cover sheet from the case view and from the
 * mailroom's view (a case number typed in), and a separator sheet; a case handler from the case view.
 * Each download is the PDF `postmottak coversheet`/`separator` writes for the same facts, and the code
 * the pipeline's barcode reader (zxing-wasm) reads from it at 200 dpi is the one asked for.
 */
const served = servedTestService();

const caseNumber = () => served.service.seeded.transfer.caseId!.replace('-', '/');

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, unknown];
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** Closes (or opens again) the seeded case, as a decided appeal is closed. */
const setOpen = (open: boolean) => updateItem(served.service.runtime.context.db, { Key: keys.case(served.service.seeded.transfer.caseId!), ...updateExpression({ set: { open } }) });

const codeOn = async (pdf: Buffer) => (await readSheetCode(await renderPdfPage(pdf, 0, 200)))?.code;

describe('sheets printed from the page', () => {
  it("an archivist prints a case's cover sheet from the case view and from the mailroom's view, and a separator sheet", async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await page.goto(`${served.base}/#/cases/${served.service.seeded.transfer.caseId}`);
    const cover = page.getByRole('form', { name: `Førsteside for sak ${caseNumber()}` });
    // The type is asked as what the clerk knows, and the hint says what choosing one does (session 10, "Left, noticed").
    const type = cover.getByLabel('Dokumentet under arket er');
    expect(await type.evaluate((select) => select.ownerDocument.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
      'Velger du en type, registreres dokumentet som den. Ellers avgjøres typen ut fra innholdet.',
    );
    await type.selectOption({ label: 'Legeerklæring' });
    const fromCase = await downloaded(page, () => cover.getByRole('button', { name: 'Skriv ut førsteside (PDF)' }).click());
    expect(fromCase.name).toBe(`forside-${served.service.seeded.transfer.caseId}.pdf`);
    // The CLI's sheet for the same facts, byte for byte: the case's area printed and in the code, with the type.
    expect(fromCase.bytes.equals(await renderCoverSheet({ caseNumber: caseNumber(), documentType: 'medical_declaration', area: 'dental', documentTypeName: 'Legeerklæring', areaName: 'Tannbehandling' }))).toBe(true);
    expect(await codeOn(fromCase.bytes)).toEqual({ kind: 'cover', caseNumber: caseNumber(), documentType: 'medical_declaration', area: 'dental' });
    await expect.poll(() => page.locator('#status').textContent()).toContain(`Førstesiden for sak ${caseNumber()} er lastet ned`);
    expect(await accessibilityViolations(page), 'case view').toEqual([]);

    await page.getByRole('link', { name: 'Last opp' }).click();
    const sheets = page.getByRole('region', { name: 'Ark til skanning' });
    await sheets.waitFor();
    // Each sheet says what it does, as the case view's does.
    expect(await sheets.getByRole('form', { name: 'Førsteside' }).textContent()).toContain('Post med førstesiden øverst registreres på saken du skriver inn.');
    // A case number that is none is said in a sentence; one with no case is the service's sentence.
    await sheets.getByLabel('Saksnummer').fill('25/1');
    await sheets.getByRole('button', { name: 'Vis saken' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('«25/1» er ikke et saksnummer. Skriv det som 2025/00001.');
    await sheets.getByLabel('Saksnummer').fill('2025/09999');
    await sheets.getByRole('button', { name: 'Vis saken' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Det finnes ingen sak 2025/09999.');
    expect(await sheets.getByRole('button', { name: 'Skriv ut førsteside (PDF)' }).count()).toBe(0);

    // The case typed is shown by its area and appellant before any sheet is made for it.
    await sheets.getByLabel('Saksnummer').fill(served.service.seeded.transfer.caseId!);
    await sheets.getByRole('button', { name: 'Vis saken' }).click();
    const confirm = sheets.getByRole('group', { name: `Sak ${caseNumber()}: Tannbehandling, klager Kari Nordmann` });
    await confirm.waitFor();
    // Focus goes to it, so a screen reader reads the case before the button that prints its sheet.
    expect(await confirm.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    // Another number typed takes the shown case away: its button would print the case no longer in the field.
    await sheets.getByLabel('Saksnummer').fill('2025/00003');
    expect(await confirm.count()).toBe(0);
    await sheets.getByLabel('Saksnummer').fill(served.service.seeded.transfer.caseId!);
    await sheets.getByRole('button', { name: 'Vis saken' }).click();
    const fromMailroom = await downloaded(page, () => confirm.getByRole('button', { name: 'Skriv ut førsteside (PDF)' }).click());
    expect(await codeOn(fromMailroom.bytes)).toEqual({ kind: 'cover', caseNumber: caseNumber(), documentType: null, area: 'dental' });
    expect(fromMailroom.bytes.equals(await renderCoverSheet({ caseNumber: caseNumber(), documentType: null, area: 'dental', areaName: 'Tannbehandling' }))).toBe(true);

    const separator = await downloaded(page, () => sheets.getByRole('button', { name: 'Skriv ut skilleark (PDF)' }).click());
    expect(separator.name).toBe('skilleark.pdf');
    expect(separator.bytes.equals(await renderSeparatorSheet())).toBe(true);
    expect(await codeOn(separator.bytes)).toEqual({ kind: 'separator' });
    await expect.poll(() => page.locator('#status').textContent()).toContain('Skillearket er lastet ned som skilleark.pdf');
    expect(await accessibilityViolations(page), 'upload view with its sheets').toEqual([]);

    // The sheet's case read is in the access log, under the person who printed it.
    const today = osloDate(new Date());
    const log = AccessLogPage.parse((await served.service.app.inject({ method: 'GET', url: `/api/v1/access-log?from=${today}&to=${today}&case=${served.service.seeded.transfer.caseId}`, headers: served.service.as('auditor') })).json());
    // The case view's own read, one for each cover sheet, and the mailroom's two looks at the case before its sheet, with why.
    const reads = log.records.filter((r) => r.action === 'case:read' && r.role === 'archivist');
    expect(reads).toHaveLength(5);
    expect(reads.filter((r) => r.why === 'Førsteside til skanning')).toHaveLength(2);
    await page.close();
  }, 120_000);

  it('a case handler prints one from the case view; a reader is offered none and refused by the service', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.caseworker);
    await page.goto(`${served.base}/#/cases/${served.service.seeded.transfer.caseId}`);
    const sheet = await downloaded(page, () => page.getByRole('button', { name: 'Skriv ut førsteside (PDF)' }).click());
    expect(await codeOn(sheet.bytes)).toEqual({ kind: 'cover', caseNumber: caseNumber(), documentType: null, area: 'dental' });

    const reader = await served.browser.context.newPage();
    await signInWithToken(reader, served.base, served.service.tokens.reader);
    await reader.goto(`${served.base}/#/cases/${served.service.seeded.transfer.caseId}`);
    await reader.getByRole('heading', { name: new RegExp(`Sak ${caseNumber()}`) }).waitFor();
    expect(await reader.getByRole('button', { name: 'Skriv ut førsteside (PDF)' }).count()).toBe(0);
    for (const url of [`/api/v1/sheets/cover?case=${served.service.seeded.transfer.caseId}`, '/api/v1/sheets/separator']) {
      const refused = await served.service.app.inject({ method: 'GET', url, headers: { ...served.service.as('reader'), 'accept-language': 'nb' } });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().detail).toBe('Rollen leser kan ikke skrive ut førstesider og skilleark.');
    }
    await page.close();
    await reader.close();
  }, 120_000);

  it('a closed case is offered no cover sheet, in the case view nor from the mailroom', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await setOpen(false);
    try {
      await page.goto(`${served.base}/#/cases/${served.service.seeded.transfer.caseId}`);
      await page.getByRole('heading', { name: new RegExp(`Sak ${caseNumber()}`) }).waitFor();
      expect(await page.getByRole('button', { name: 'Skriv ut førsteside (PDF)' }).count()).toBe(0);

      await page.getByRole('link', { name: 'Last opp' }).click();
      const sheets = page.getByRole('region', { name: 'Ark til skanning' });
      await sheets.getByLabel('Saksnummer').fill(caseNumber());
      await sheets.getByRole('button', { name: 'Vis saken' }).click();
      const confirm = sheets.getByRole('group', { name: `Sak ${caseNumber()}: Tannbehandling, klager Kari Nordmann` });
      await confirm.getByText('Saken er avsluttet og tar ikke imot mer post; det skrives ingen førsteside til den.').waitFor();
      expect(await confirm.getByRole('button', { name: 'Skriv ut førsteside (PDF)' }).count()).toBe(0);
    } finally {
      await setOpen(true);
    }
    await page.close();
  }, 120_000);

  it('a sheet or a PDF of the outbox that comes after the archivist moved on is not said over the next view', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    // Each answer is held until the archivist is on another view, then let through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/sheets/separator', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${served.base}/#/upload`);
    await page.getByRole('button', { name: 'Skriv ut skilleark (PDF)' }).click();
    await page.getByRole('link', { name: 'Til kontroll' }).click();
    await page.getByRole('heading', { name: 'Til kontroll' }).first().waitFor();
    const download = page.waitForEvent('download');
    release();
    // The file is still saved (it was asked for); the line that it was goes with the view it was asked from.
    expect((await download).suggestedFilename()).toBe('skilleark.pdf');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await page.locator('#status').textContent()).toBe('');

    let releasePrint = () => {};
    const heldPrint = new Promise<void>((resolve) => (releasePrint = resolve));
    await page.route('**/api/v1/outbox/print*', async (route) => {
      await heldPrint;
      await route.fulfill({ status: 200, contentType: 'application/pdf', body: await renderSeparatorSheet() });
    });
    await page.getByRole('link', { name: 'Utgående post' }).click();
    await page.getByRole('button', { name: 'Skriv ut klare brev (PDF)' }).click();
    await page.getByRole('link', { name: 'Last opp' }).click();
    await page.getByRole('heading', { name: 'Last opp post' }).waitFor();
    const popup = page.waitForEvent('popup');
    releasePrint();
    await (await popup).close();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await page.locator('#status').textContent()).toBe('');
    await page.close();
  }, 120_000);
});
