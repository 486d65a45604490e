import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProcessResult } from '#schemas/pipeline';
import { addPerson } from '../../service/auth/local-tokens.ts';
import { openTestService, type TestService } from '../service/fixtures.ts';
import { renderPageImage } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import { accessibilityViolations, type Browser } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * The page as archivists and case handlers use it, in headless Chromium against `serve`'s app over
 * the embedded stack: review with the keyboard only, the case in its unassigned queue, a claim that
 * only one of two handlers wins, a reclassification after the fact; axe-core (WCAG 2.1 A and AA)
 * finds no violation on any view visited.
 */
let service: TestService;
let served: ServedPage;
let base: string;
let browser: Browser;
let scanned: ProcessResult;
const visited: string[] = [];

const scannedLetter = [
  'Tannlegesenteret Bryn', '', 'LEGEERKLÆRING', '',
  `Pasient: Nils Berg, fødselsnummer ${idFor(9, 5, 66)}`, '',
  'Diagnose: K05.3 Kronisk periodontitt.',
  'Pasienten trenger omfattende tannbehandling. Funksjonsevnen er nedsatt.', '',
  'Oslo, 11.03.2025', 'Eva Holm, lege',
];

beforeAll(async () => {
  service = await openTestService();
  const { handIn } = await import('../../service/operations/intake.ts');
  scanned = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderPageImage(scannedLetter), fileName: 'skannet-brev.png', receivedDate: '2025-03-21', postmarkDate: null });
  served = await servePage(service);
  ({ base, browser } = served);
});
afterAll(async () => {
  await served?.close();
  await service?.close();
});

const signIn = (page: Page, token: string) => signInWithToken(page, base, token);

/** axe on the view as it stands; every view a test visits must pass. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  visited.push(view);
  expect(await accessibilityViolations(page), view).toEqual([]);
}

describe('the archivist', () => {
  it('opens a review item, sees the page image with the driving words marked, corrects type and area with the keyboard only, and finds the case in the right unassigned queue', async () => {
    expect(scanned.status).toBe('review');
    const page = await browser.context.newPage();
    await page.goto(base);
    await page.getByLabel('Tilgangsnøkkel').waitFor();
    await expectAccessible(page, 'sign-in');
    await signIn(page, service.tokens.archivist);

    await page.getByRole('heading', { name: 'Til kontroll' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'skannet-brev.png' });
    await expect.poll(() => row.count()).toBe(1);
    // Why it is here, in bokmål: the words the service made from the stored reason code, not the pipeline's English.
    const stored = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${scanned.documentId}`, headers: service.as('archivist') })).json();
    expect(stored.reasonNb).toMatch(/skal legges til en eksisterende sak|Maskinen er usikker/);
    expect(await row.textContent()).toContain(stored.reasonNb);
    expect(await row.textContent()).not.toContain(stored.reason);
    await expectAccessible(page, 'review list');

    // Keyboard only from here: focus the item's link and open it.
    await page.getByRole('link', { name: 'skannet-brev.png' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Til kontroll: skannet-brev.png' }).waitFor();
    const image = page.getByRole('img', { name: 'Side 1 slik den ble skannet' });
    await expect.poll(() => image.evaluate((img) => { const i = img as unknown as { complete: boolean; naturalWidth: number }; return i.complete ? i.naturalWidth : 0; })).toBeGreaterThan(1000);
    const marks = page.locator('mark.drove');
    expect(await marks.count()).toBeGreaterThan(0);
    const marked = await marks.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('title') ?? ''));
    expect(marked.some((t) => t.includes('dokumenttypen'))).toBe(true);
    await expect.poll(() => page.getByText('Utslagsgivende ord').count()).toBeGreaterThan(0);
    expect(await page.locator('p.reason').textContent()).toBe(`Hvorfor til kontroll: ${stored.reasonNb}`);
    await expectAccessible(page, 'review item');

    await page.keyboard.press('t');
    await page.keyboard.type('oversend');
    await page.keyboard.press('Enter');
    await page.keyboard.press('o');
    await page.keyboard.type('tannbeh');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: /Dokumenttype/ }).inputValue()).toBe('Oversendelse av klagesak');
    expect(await page.getByRole('combobox', { name: /Saksområde/ }).inputValue()).toMatch(/^Tannbehandling/);
    await page.keyboard.press('a');

    const status = page.locator('#status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/Sendt videre på sak \d{4}\/\d{5} til køen «Ufordelte saker – Tannbehandling»/);
    const caseNumber = (await status.textContent())!.match(/\d{4}\/\d{5}/)![0];
    expect(await service.app.inject({ method: 'GET', url: `/api/v1/documents/${scanned.documentId}`, headers: service.as('archivist') }).then((r) => r.json())).toMatchObject({ status: 'routed', documentType: 'case_transfer', area: 'dental' });

    await page.goto(`${base}/#/queues?kind=unassigned&area=dental`);
    await page.getByRole('heading', { name: /Ufordelte saker – Tannbehandling/ }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: caseNumber }).count()).toBe(1);
    await expectAccessible(page, 'unassigned queue');
    await page.close();
  });
});

describe('case handlers', () => {
  it('step through the queue filters with the arrow keys without the view redrawing under them; «Vis» applies them (WCAG 3.2.2)', async () => {
    const page = await browser.context.newPage();
    await signIn(page, service.tokens.caseworker);
    await page.goto(`${base}/#/queues?kind=unassigned&area=dental`);
    await page.getByRole('heading', { name: /Ufordelte saker – Tannbehandling/ }).waitFor();
    const areaPicker = page.getByRole('combobox', { name: /Saksområde/ });
    await areaPicker.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Focus stays on the select and the view is the one asked for until the person applies the filters.
    expect(await areaPicker.evaluate((el) => (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el)).toBe(true);
    expect(new URL(page.url()).hash).toBe('#/queues?kind=unassigned&area=dental');
    const chosen = await areaPicker.inputValue();
    expect(chosen).not.toBe('dental');
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => new URL(page.url()).hash).toContain(`area=${chosen}`);
    await page.close();
  });

  it('claim a case from the unassigned queue: of two handlers at once, one gets it and the other is told who was first', async () => {
    const queue = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/dental', headers: service.as('reader') })).json();
    const caseNumber: string = queue.items[0].caseNumber;
    const kari = await addPerson(service.dataDir, 'Kari Saksbehandler', 'caseworker');
    const ola = await addPerson(service.dataDir, 'Ola Saksbehandler', 'caseworker');
    const pages = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
    await Promise.all([signIn(pages[0]!, kari), signIn(pages[1]!, ola)]);
    for (const page of pages) {
      await page.goto(`${base}/#/queues?kind=unassigned&area=dental`);
      await page.getByRole('button', { name: `Ta sak ${caseNumber}` }).waitFor();
    }
    await expectAccessible(pages[0]!, 'unassigned queue as a case handler');
    await Promise.all(pages.map((page) => page.getByRole('button', { name: `Ta sak ${caseNumber}` }).click()));
    const statuses = await Promise.all(
      pages.map(async (page) => {
        await expect.poll(() => page.locator('#status').textContent()).toMatch(/Du har tatt sak|ble tatt av/);
        return (await page.locator('#status').textContent())!;
      }),
    );
    const won = statuses.filter((s) => s === `Du har tatt sak ${caseNumber}.`);
    expect(won).toHaveLength(1);
    const winner = statuses[0] === won[0] ? 'Kari Saksbehandler' : 'Ola Saksbehandler';
    expect(statuses).toContain(`Sak ${caseNumber} ble tatt av ${winner} først.`);

    const mine = pages[statuses[0] === won[0] ? 0 : 1]!;
    await mine.goto(`${base}/#/queues?kind=mine`);
    await mine.getByRole('heading', { name: 'Mine saker med ny post' }).waitFor();
    await expectAccessible(mine, 'own cases');
    await Promise.all(pages.map((p) => p.close()));
  });
});

describe('corrections after the fact', () => {
  it('reclassifies a routed document: the case moves to the corrected area, and the journal says who did it', async () => {
    // The scan the archivist sent on above made a case still waiting in unassigned/dental (the handlers claimed the older one).
    const { documentId, caseId } = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${scanned.documentId}`, headers: service.as('archivist') })).json();
    expect(caseId).toBeTruthy();
    const page = await browser.context.newPage();
    const ingrid = await addPerson(service.dataDir, 'Ingrid Arkivar', 'archivist');
    await signIn(page, ingrid);
    await page.goto(`${base}/#/documents/${documentId}`);
    await page.getByRole('heading', { name: 'Dokument skannet-brev.png' }).waitFor();
    await expectAccessible(page, 'document');
    await page.keyboard.press('o');
    await page.keyboard.type('fysio');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lagre korrigering' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Lagret.');
    const queue = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/physiotherapy', headers: service.as('reader') })).json();
    expect(queue.items.map((i: { caseId: string }) => i.caseId)).toContain(caseId);
    const dental = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/dental', headers: service.as('reader') })).json();
    expect(dental.items.map((i: { caseId: string }) => i.caseId)).not.toContain(caseId);

    await page.goto(`${base}/#/cases/${caseId}`);
    // The journal as an archivist reads it: in bokmål, details worded, no event names or raw JSON.
    const correction = page.locator('ol.journal li').filter({ hasText: 'Klassifisering korrigert – Ingrid Arkivar' });
    await correction.waitFor();
    expect(await correction.textContent()).toMatch(/saksområde Tannbehandling → Fysioterapi/);
    const journal = (await page.locator('ol.journal').textContent()) ?? '';
    expect(journal).toMatch(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2} Sak opprettet – postmottak/);
    expect(journal).not.toMatch(/ClassificationCorrected|CaseCreated|DocumentRegistered|[{}"]/);
    await expectAccessible(page, 'case');
    await page.goto(`${base}/#/quarantine`);
    await page.getByRole('heading', { name: 'Karantene' }).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'archive.pdf' }).count()).toBe(1);
    await expectAccessible(page, 'quarantine');
    await page.close();
  });

  it('checked every view it visited with axe', () => {
    expect(new Set(visited)).toEqual(new Set(['sign-in', 'review list', 'review item', 'unassigned queue', 'unassigned queue as a case handler', 'own cases', 'document', 'case', 'quarantine']));
  });
});
