import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxList } from '#schemas/outbox';
import { openTestService, type TestService } from '../service/fixtures.ts';
import { accessibilityViolations, type Browser } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * QA session 11, HIGH 4, on the page: the release form takes the country of an address abroad, and
 * checks the postcode by that country's rule (the one the service checks by), in bokmål.
 */
let service: TestService;
let served: ServedPage;
let base: string;
let browser: Browser;

beforeAll(async () => {
  service = await openTestService();
  served = await servePage(service);
  ({ base, browser } = served);
});
afterAll(async () => {
  await served?.close();
  await service?.close();
});

const outbox = async () => OutboxList.parse((await service.app.inject({ method: 'GET', url: `/api/v1/outbox?case=${service.seeded.transfer.caseId}`, headers: service.as('archivist') })).json()).letters;

describe('the outbox page, an address abroad', () => {
  it('an archivist releases a held letter to Sweden: the postcode by Sweden’s rule, the country last in capitals', async () => {
    const [held] = await outbox();
    expect(held).toMatchObject({ status: 'held' });
    const token = (await service.person('Anne Arkivar', 'archivist')).authorization.replace('Bearer ', '');
    const page = await browser.context.newPage();
    await signInWithToken(page, base, token);
    await page.goto(`${base}/#/outbox?status=held`);
    const form = page.getByRole('form', { name: /Rett adressen og frigi brevet/ });
    await form.waitFor();
    const message = () => form.getByLabel('Postnummer').evaluate((input) => (input as unknown as { validationMessage: string }).validationMessage);

    await form.getByLabel('Navn').fill('Sven Lindqvist');
    await form.getByLabel('Gate eller postboks').fill('Storgatan 4');
    await form.getByLabel('Poststed').fill('Göteborg');
    await form.getByLabel('Postnummer').fill('411 38');
    // Without a country the address is Norwegian: four digits.
    expect(await message()).toBe('Skriv postnummeret med fire sifre, for eksempel 5006.');
    await form.getByLabel('Land (tomt for Norge)').fill('Sverige');
    expect(await message()).toBe('');
    await form.getByLabel('Postnummer').fill('4113');
    expect(await message()).toBe('Skriv et svensk postnummer med fem sifre, for eksempel 411 38.');
    await form.getByLabel('Postnummer').fill('41138');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Frigi brevet' }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toContain('har fått adresse og er klart til utsending');
    expect((await outbox()).find((l) => l.letterId === held!.letterId)).toMatchObject({ status: 'ready', recipient: { name: 'Sven Lindqvist', address: ['Storgatan 4', '411 38 Göteborg', 'SVERIGE'] } });
    await page.close();
  });
});
