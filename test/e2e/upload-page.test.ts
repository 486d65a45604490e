import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { shutdownOcr } from '#engines/ocr/index';
import { renderTextPdf } from '../../corpus/render.ts';
import { openBareService, type BareService } from '../service/fixtures.ts';
import { idFor } from '../support/national-ids.ts';
import { accessibilityViolations, type Browser } from '../support/browser.ts';
import { servePage, type ServedPage } from '../support/page-server.ts';

/**
 * The mailroom's drag-and-drop upload in headless Chromium against `serve`'s app over the embedded
 * stack: files dropped on the zone (and picked with the file dialog) go through the whole pipeline,
 * and each file's line says what became of it, a separator-sheet batch one line per part.
 */
const ole = idFor(14, 2, 87);
const eva = idFor(2, 6, 90);
const appeal = (name: string, id: string, date: string) => [
  name, 'Storgata 1, 0155 Oslo', '', `Oslo, ${date}`, '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '', `Fødselsnummer: ${id}`, '',
  'Jeg klager på vedtak datert 12.03.2025 der Helfo avslo stønad til tannbehandling.',
  'Jeg er uenig i vedtaket. Behandlingen var nødvendig etter sykdom.', '', 'Med hilsen', name,
];
const separator = ['SKILLEARK', encodeSheetCode({ kind: 'separator' })];

let service: BareService;
let served: ServedPage;
let base: string;
let browser: Browser;

beforeAll(async () => {
  service = await openBareService();
  served = await servePage(service);
  ({ base, browser } = served);
});
afterAll(async () => {
  await served?.close();
  await service?.runtime.close();
  await shutdownOcr();
});

describe('the mailroom uploads from the page', () => {
  it('drops a batch and picks a letter; each file shows its outcome, the batch one line per part', async () => {
    const batch = await renderTextPdf([appeal('Ole Hansen', ole, '18.03.2025'), separator, appeal('Eva Lund', eva, '17.03.2025')]);
    const single = await renderTextPdf([appeal('Eva Lund', eva, '19.03.2025').map((l) => l.replace('Jeg er uenig', 'Jeg er fortsatt uenig'))]);
    const page = await browser.context.newPage();
    await page.goto(base);
    await page.getByLabel('Tilgangsnøkkel').fill(service.tokens.archivist);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Last opp' }).click();
    await page.getByRole('heading', { name: 'Last opp post' }).waitFor();
    expect(await accessibilityViolations(page), 'upload view').toEqual([]);

    // A drop as the browser delivers it: a DataTransfer holding the file.
    await page.evaluate(
      ({ name, bytes }) => {
        // Runs in the page: the browser's DOM classes, which this test's Node types do not declare.
        const dom = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } };
          DragEvent: new (type: string, init: object) => unknown;
          File: new (parts: unknown[], name: string, options: object) => unknown;
          document: { getElementById(id: string): { dispatchEvent(event: unknown): void } };
        };
        const transfer = new dom.DataTransfer();
        transfer.items.add(new dom.File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
        const zone = dom.document.getElementById('drop-zone');
        zone.dispatchEvent(new dom.DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new dom.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name: 'bunke.pdf', bytes: [...batch] },
    );
    // Picked with the page's own button (bokmål; the file input's button would be the browser's, in its language).
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Velg filer …' }).click()]);
    await chooser.setFiles({ name: 'brev.pdf', mimeType: 'application/pdf', buffer: single });
    // And a file the intake does not take, refused on the page before anything is sent.
    await page.locator('#upload-files').setInputFiles({ name: 'notat.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('not a scan') });

    const batchItem = page.locator('li.upload-item').filter({ hasText: 'bunke.pdf' });
    await batchItem.and(page.locator('.upload-done')).waitFor({ timeout: 120_000 });
    expect(await batchItem.locator('.upload-state').textContent()).toBe('Delt i 2 dokumenter:');
    const parts = await batchItem.locator('ul li').allTextContents();
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^Del 1 av 2 \(side 1–1\): fordelt \(Klage på vedtak\) → Ufordelte saker – Tannbehandling, sak \d{4}\/\d{5}$/);
    expect(parts[1]).toMatch(/^Del 2 av 2 \(side 3–3\): fordelt \(Klage på vedtak\)/);

    const singleItem = page.locator('li.upload-item').filter({ hasText: 'brev.pdf' });
    await singleItem.and(page.locator('.upload-done')).waitFor({ timeout: 120_000 });
    // Eva's second letter about the same decision joins the case her first opened.
    const evaCase = /sak (\d{4}\/\d{5})/.exec(parts[1]!)![1];
    expect(await singleItem.locator('.upload-state').textContent()).toMatch(new RegExp(`^fordelt \\(Klage på vedtak\\) → Min enhets innkommende post uten saksbehandler – Tannbehandling, sak ${evaCase}$`));

    const refused = page.locator('li.upload-item').filter({ hasText: 'notat.docx' });
    await refused.and(page.locator('.upload-failed')).waitFor();
    expect(await refused.locator('.upload-state').textContent()).toContain('bare PDF, TIFF, JPEG og PNG');
    expect(await accessibilityViolations(page), 'upload view with outcomes').toEqual([]);
    await page.close();
  });
});
