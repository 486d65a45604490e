import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OutboxList } from '#schemas/outbox';
import { kari } from '../service/fixtures.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { openWatchedPage } from '../support/watched-page.ts';

/**
 * What the QA of session 9 found on the page, in headless Chromium over `serve`'s app: the review's
 * pickers give the keyboard back on Escape; a case handler finds the cases they hold («Mine saker»),
 * releases them and opens an awaiting deadline; the auditor lands on the access log; a held letter's
 * postcode is checked against its place; the status line takes focus after an action; the page asks
 * for nothing its role may not read, and speaks bokmål throughout.
 */
const served = servedTestService();

const openPage = (authorization: string) => openWatchedPage(served, authorization);

const statusLine = (page: Page) => page.locator('#status');
/** The id of what has focus (its tag when it has none): run in the page, typed here without the DOM library. */
const focusedId = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as { document: { activeElement: { id: string; tagName: string } | null } }).document.activeElement;
    return active?.id || active?.tagName;
  });
const transferCase = () => served.service.seeded.transfer.caseId!;
const caseNumber = () => transferCase().replace('-', '/');

describe('the review, keyboard only', () => {
  it('Escape in the type list puts the value back and leaves the field: S, a case number, Enter and A then decide', async () => {
    const { page } = await openPage(served.service.as('archivist').authorization);
    const orphan = served.service.seeded.orphan.documentId;
    await page.goto(`${served.base}/#/review/${orphan}`);
    await page.getByRole('heading', { name: /^Til kontroll: / }).waitFor();
    const type = page.getByRole('combobox', { name: /Dokumenttype/ });
    const before = await type.inputValue();

    await page.keyboard.press('t');
    await page.keyboard.type('Klage');
    await page.keyboard.press('Escape');
    expect(await type.inputValue()).toBe(before);
    expect(await focusedId(page)).not.toBe(await type.getAttribute('id'));
    await page.keyboard.press('s');
    await page.keyboard.type(caseNumber());
    await page.keyboard.press('Enter');
    await page.keyboard.press('a');
    // The seeded declaration names another person than the transfer's: the page asks, and Tab, Enter confirms.
    await page.getByRole('group', { name: /ser ut til å være en annen persons/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect.poll(() => statusLine(page).textContent(), { timeout: 60_000 }).toContain(`på sak ${caseNumber()}`);
    expect(await type.inputValue().catch(() => before)).not.toMatch(/\d{4}\/\d{5}/);
    const doc = (await served.service.app.inject({ method: 'GET', url: `/api/v1/documents/${orphan}`, headers: served.service.as('archivist') })).json();
    expect(doc).toMatchObject({ caseId: transferCase(), status: 'routed' });
    await page.close();
  });
});

describe('a case handler', () => {
  it('takes a case, finds it under «Mine saker», opens a deadline on it and releases it; focus goes to what was said, and nothing is refused', async () => {
    const { page, refused } = await openPage((await served.service.person('Kari Saksbehandler', 'caseworker')).authorization);
    expect(await page.locator('.who').textContent()).toBe('Kari Saksbehandler (saksbehandler)');

    await page.goto(`${served.base}/#/queues?kind=unassigned&area=dental`);
    await page.getByRole('button', { name: `Ta sak ${caseNumber()}` }).click();
    await expect.poll(() => statusLine(page).textContent()).toBe(`Du har tatt sak ${caseNumber()}.`);
    expect(await focusedId(page)).toBe('status');

    await page.getByRole('link', { name: 'Mine saker' }).click();
    await page.getByRole('heading', { name: 'Mine saker' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: caseNumber() }).click();
    await page.getByRole('heading', { name: new RegExp(`Sak ${caseNumber()}`) }).waitFor();
    const facts = (await page.locator('dl.facts').textContent()) ?? '';
    expect(facts).toContain('StatusNy');
    expect(await page.getByText('Du har denne saken.').count()).toBe(1);

    await page.getByLabel('Frist', { exact: true }).selectOption({ label: 'Merknader' });
    await page.getByRole('button', { name: 'Åpne frist' }).click();
    await expect.poll(() => statusLine(page).textContent()).toMatch(/^Frist åpnet: Merknader, innen \d{2}\.\d{2}\.\d{4}\.$/);
    expect(await focusedId(page)).toBe('status');
    expect(await page.locator('main').textContent()).toMatch(/Merknader: \d{2}\.\d{2}\.\d{4} \(åpen\)/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Frigi saken' }).click();
    await expect.poll(() => statusLine(page).textContent()).toBe(`Sak ${caseNumber()} er frigitt og ligger igjen blant ufordelte saker.`);
    expect(await focusedId(page)).toBe('status');
    const queue = (await served.service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/dental', headers: served.service.as('reader') })).json();
    expect(queue.items.map((i: { caseId: string }) => i.caseId)).toContain(transferCase());
    await page.getByRole('link', { name: 'Mine saker' }).click();
    await page.getByText('Du har ingen saker.', { exact: false }).waitFor();
    expect(refused).toEqual([]);
    await page.close();
  });
});

describe('a case handler and a case another holds', () => {
  it('is not offered «Åpne frist» on a case someone else holds; releases from «Mine saker», the button off while it runs', async () => {
    const service = served.service;
    const per = await service.person('Per Saksbehandler', 'caseworker');
    const siri = await service.person('Siri Saksbehandler', 'caseworker');
    const holder = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${transferCase()}`, headers: per })).json().case.handlerId as string | null;
    if (holder) expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${transferCase()}/release`, headers: await service.person(holder, 'caseworker') })).statusCode).toBe(200);
    expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${transferCase()}/claim`, headers: siri })).statusCode).toBe(200);

    const { page, refused } = await openPage(per.authorization);
    await page.goto(`${served.base}/#/cases/${transferCase()}`);
    await page.getByText('Saken er tatt av Siri Saksbehandler.').waitFor();
    expect(await page.getByRole('button', { name: /Åpne frist|Frigi|Ta saken/ }).count()).toBe(0);
    expect(refused).toEqual([]);
    await page.close();

    const own = await openPage(siri.authorization);
    await own.page.goto(`${served.base}/#/mine`);
    const release = own.page.getByRole('button', { name: `Frigi sak ${caseNumber()}` });
    await release.waitFor();
    const row = own.page.getByRole('row').filter({ hasText: caseNumber() });
    expect(await row.textContent()).toContain(new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date()));
    let disabledWhileSent: boolean | null = null;
    await own.page.route('**/release', async (route) => {
      disabledWhileSent = await release.isDisabled();
      await route.continue();
    });
    await release.click();
    await expect.poll(() => statusLine(own.page).textContent()).toBe(`Sak ${caseNumber()} er frigitt og ligger igjen blant ufordelte saker.`);
    expect(disabledWhileSent).toBe(true);
    await own.page.getByText('Du har ingen saker.', { exact: false }).waitFor();
    expect(own.refused).toEqual([]);
    await own.page.close();
  });
});

describe('a reader', () => {
  it('opens a case and one of its documents without asking for letters or text it may not read', async () => {
    const { page, refused } = await openPage((await served.service.person('Liv Leser', 'reader')).authorization);
    expect(await page.locator('.who').textContent()).toBe('Liv Leser (leser)');
    await page.goto(`${served.base}/#/cases/${transferCase()}`);
    await page.getByRole('heading', { name: new RegExp(`Sak ${caseNumber()}`) }).waitFor();
    expect(await page.getByRole('button', { name: /Frigi|Ta saken|Åpne frist/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'transfer.pdf' }).first().click();
    await page.getByRole('heading', { name: 'Dokument transfer.pdf' }).waitFor();
    expect(refused).toEqual([]);
    await page.close();
  });
});

describe('the auditor', () => {
  it('lands on the access log: who read what and when, filtered by person, a national id in a «why» masked', async () => {
    const reader = await served.service.person('Lars Leser', 'reader');
    await served.service.app.inject({ method: 'GET', url: `/api/v1/cases/${transferCase()}?why=${encodeURIComponent(`klage fra ${kari}`)}`, headers: reader });
    const { page, refused } = await openPage((await served.service.person('Rita Revisor', 'auditor')).authorization);
    await page.getByRole('heading', { name: 'Tilgangslogg' }).waitFor();
    expect(await page.locator('.who').textContent()).toBe('Rita Revisor (revisor)');
    const row = page.getByRole('row').filter({ hasText: 'Lars Leser' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(new RegExp(`\\d{2}\\.\\d{2}\\.\\d{4} kl\\. \\d{2}\\.\\d{2}Lars LeserleserLeste saken${caseNumber()}`));
    expect(await row.textContent()).toContain(`klage fra ${kari.slice(0, 6)}*****`);
    expect(await page.content()).not.toContain(kari);

    await page.getByLabel('Person').fill('Lars Leser');
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });
});

describe('the archivist', () => {
  it('is refused a held letter\'s postcode that is not its place\'s, in bokmål, and the browser\'s own check speaks bokmål too', async () => {
    const [held] = OutboxList.parse((await served.service.app.inject({ method: 'GET', url: `/api/v1/outbox?case=${transferCase()}`, headers: served.service.as('archivist') })).json()).letters.filter((l) => l.status === 'held');
    expect(held).toBeTruthy();
    const { page } = await openPage(served.service.as('archivist').authorization);
    expect(await page.locator('.who').textContent()).toMatch(/\(arkivar\)$/);
    await page.goto(`${served.base}/#/outbox?status=held`);
    const form = page.getByRole('form', { name: /Rett adressen og frigi brevet/ });
    await form.waitFor();
    const postcode = form.getByLabel('Postnummer');
    await postcode.fill('01');
    expect(await postcode.evaluate((input) => (input as unknown as { validationMessage: string }).validationMessage)).toBe('Skriv postnummeret med fire sifre, for eksempel 5006.');
    await form.getByLabel('Gate eller postboks').fill('Bakkeveien 4');
    await postcode.fill('0150');
    await form.getByLabel('Poststed').fill('Bergen');
    await form.getByRole('button', { name: 'Frigi brevet' }).click();
    await expect.poll(() => statusLine(page).textContent()).toBe('Postnummer 0150 hører ikke til Bergen (0150 er Oslo): postnummer og poststed stemmer ikke overens. Skriv postnummer og poststed slik de står på konvolutten.');
    expect(await focusedId(page)).toBe('status');
    const after = OutboxList.parse((await served.service.app.inject({ method: 'GET', url: `/api/v1/outbox?case=${transferCase()}`, headers: served.service.as('archivist') })).json()).letters.find((l) => l.letterId === held!.letterId);
    expect(after?.status).toBe('held');

    // The code's own place releases it; «Marker sendt» then leaves focus on what it said too.
    await form.getByLabel('Poststed').fill('Oslo');
    await form.getByRole('button', { name: 'Frigi brevet' }).click();
    // A release renders the letter again: on a busy machine that takes more than the poll's default second.
    await expect.poll(() => statusLine(page).textContent(), { timeout: 30_000 }).toContain('har fått adresse og er klart til utsending');
    expect(await focusedId(page)).toBe('status');
    await page.goto(`${served.base}/#/outbox?status=ready`);
    const row = page.locator(`tr[data-letter="${held!.letterId}"]`);
    // Sent on the letter's own date: a day before it was written is refused (test/e2e/outbox-page.test.ts).
    const dated = held!.letterDate.split('-').reverse().join('.');
    await row.getByLabel('Sendt dato').fill(dated);
    await row.getByRole('button', { name: 'Marker sendt' }).click();
    await expect.poll(() => statusLine(page).textContent(), { timeout: 30_000 }).toContain(`er markert sendt ${dated}`);
    expect(await focusedId(page)).toBe('status');
    await page.close();
  });

  it('is told an unknown case by its number, and a retried file\'s outcome ends in one full stop with focus on it; a rejected replacement leaves the file in Karantene with the attempt beside it', async () => {
    const { page, refused } = await openPage(served.service.as('archivist').authorization);
    await page.getByRole('searchbox', { name: 'Åpne sak med saksnummer' }).fill('2025/09999');
    await page.getByRole('button', { name: 'Åpne sak' }).click();
    await page.getByRole('heading', { name: 'Fant ingen sak 2025/09999' }).waitFor();
    expect(refused.filter((r) => !r.includes('404'))).toEqual([]);

    await page.goto(`${served.base}/#/quarantine`);
    const row = page.getByRole('row').filter({ hasText: 'archive.pdf' });
    await row.waitFor();
    await row.locator('input[type=file]').setInputFiles({ name: 'erstatning.pdf', mimeType: 'application/pdf', buffer: Buffer.from('dette er ingen pdf, bare tekst') });
    const retryButton = row.getByRole('button', { name: 'Prøv igjen' });
    // While the retry runs the button cannot be pressed again (a second retry would be refused, 409).
    let disabledWhileSent: boolean | null = null;
    await page.route('**/retry', async (route) => {
      disabledWhileSent = await retryButton.isDisabled();
      await route.continue();
    });
    await retryButton.click();
    await expect.poll(() => statusLine(page).textContent(), { timeout: 30_000 }).toMatch(/^Lest på nytt: /);
    expect(await statusLine(page).textContent()).not.toMatch(/\.\.$/);
    expect(await statusLine(page).textContent()).toMatch(/[^.]\.$/);
    expect(await focusedId(page)).toBe('status');
    expect(disabledWhileSent).toBe(true);
    // The replacement was rejected too: it replaced nothing, so the file stays, the attempt beside it.
    expect(await statusLine(page).textContent()).toMatch(/^Lest på nytt: avvist igjen – .+; archive\.pdf ligger fortsatt i karantene\.$/);
    await expect.poll(() => row.locator('.last-retry').textContent()).toMatch(/^Prøvd igjen \d\d\.\d\d\.\d{4} av starter-archivist som doc-[0-9a-f]+, også avvist: Filen er ikke PDF/);
    await page.close();
  });
});
