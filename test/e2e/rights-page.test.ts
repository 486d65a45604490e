import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { idFor } from '../support/national-ids.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { openWatchedPage } from '../support/watched-page.ts';
import { kari } from '../service/fixtures.ts';

/**
 * The person's rights on the page, in headless Chromium over `serve`'s app: an archivist's «Innsyn»
 * (a national id typed, sent in a POST body, never in the address; the answer in sections with links;
 * a malformed id refused before any request; other roles told the API's 403) and «Endre» on a case's
 * appellant (the refusals beside the field, the letters that follow said after success). By keyboard.
 */
const served = servedTestService();
const personalNumber = kari.slice(6);

/** Every request the page sends, with its body: the id may be in a POST body and nowhere else. */
function keepRequests(page: Page): { url: string; body: string | null }[] {
  const sent: { url: string; body: string | null }[] = [];
  page.on('request', (request) => sent.push({ url: request.url(), body: request.postData() }));
  return sent;
}

/** The focused element by its aria-label, else its id (evaluated in the page, as a string: the tests' types have no DOM). */
const focusedLabel = (page: Page) => page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? ''");

describe('«Innsyn» on the page', () => {
  it('an archivist types a national id, by keyboard, and reads what is held in sections, the id never in the address', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const { page, refused } = await openWatchedPage(served, served.service.as('archivist').authorization);
    const sent = keepRequests(page);
    await page.getByRole('link', { name: 'Innsyn' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Innsyn', level: 2 }).waitFor();
    expect(await page.title()).toBe('Innsyn – postmottak');
    const field = page.getByLabel('Fødselsnummer eller D-nummer');

    // Malformed: refused on the page, in bokmål, beside the field, and nothing asked.
    await field.focus();
    await page.keyboard.type(`${kari.slice(0, 6)} ${personalNumber.slice(0, 4)}`);
    await page.keyboard.press('Enter');
    const fieldError = page.locator('#innsyn-national-id-error');
    await expect.poll(() => fieldError.textContent()).toBe('Et fødselsnummer har 11 siffer; det du skrev, har 10 siffer.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('innsyn-national-id-error');
    // Eleven digits whose check digits are wrong.
    await field.fill(`${kari.slice(0, 10)}${(Number(kari[10]) + 1) % 10}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => fieldError.textContent()).toContain('kontrollsifrene stemmer ikke');
    expect(sent.filter((r) => r.url.includes('/persons/lookup'))).toEqual([]);

    await field.fill(`${kari.slice(0, 6)} ${personalNumber}`);
    await page.keyboard.press('Enter');
    const answer = page.getByRole('region', { name: 'Dette er lagret om personen' });
    await answer.waitFor();
    expect(await fieldError.textContent()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => focusedLabel(page)).toBe('innsyn-answer-title');
    const cases = page.getByRole('region', { name: 'Saker (1)' });
    expect(await cases.getByRole('link', { name: displayCaseNumber(caseId) }).getAttribute('href')).toBe(`#/cases/${caseId}`);
    const documents = page.getByRole('region', { name: /^Dokumenter \(\d+\)$/ });
    expect(await documents.getByRole('link', { name: served.service.seeded.transfer.documentId }).count()).toBe(1);
    for (const name of [/^Dokumenter til kontroll \(\d+\)$/, /^Avviste filer \(karantene\) \(\d+\)$/, /^Treningseksempler \(\d+\)$/, 'Hvem som har lest opplysningene']) {
      expect(await page.getByRole('region', { name }).count(), String(name)).toBe(1);
    }
    const letters = page.getByRole('region', { name: 'Utgående brev (1)' });
    expect(await letters.textContent()).toContain('Bekreftelse på mottatt klage');
    expect(await letters.textContent()).toContain('Holdt tilbake');
    expect(await letters.textContent()).toContain('Kari Nordmann');

    const lookups = sent.filter((r) => r.url.includes('/persons/lookup'));
    expect(lookups).toHaveLength(1);
    expect(JSON.parse(lookups[0]!.body!)).toEqual({ nationalId: kari });
    expect(sent.filter((r) => r.url.includes(personalNumber))).toEqual([]);
    expect(page.url()).not.toContain(personalNumber);
    expect(await page.title()).not.toContain(personalNumber);
    expect(await accessibilityViolations(page)).toEqual([]);

    // To the case and Back: the answer again, and still no id in the address.
    await cases.getByRole('link', { name: displayCaseNumber(caseId) }).click();
    await page.getByRole('heading', { name: new RegExp(`^Sak ${displayCaseNumber(caseId)}`) }).waitFor();
    await page.goBack();
    await page.getByRole('region', { name: 'Saker (1)' }).waitFor();
    expect(await field.inputValue()).toBe(`${kari.slice(0, 6)} ${personalNumber}`);
    expect(page.url()).not.toContain(personalNumber);

    // The person of the declaration waiting in review (the seeded orphan): no case, one review item.
    await field.fill(idFor(24, 11, 90));
    await page.keyboard.press('Enter');
    const review = page.getByRole('region', { name: 'Dokumenter til kontroll (1)' });
    await review.waitFor();
    expect(await review.getByRole('link', { name: served.service.seeded.orphan.documentId }).getAttribute('href')).toBe(`#/review/${served.service.seeded.orphan.documentId}`);
    expect(await review.textContent()).toContain('Til kontroll');
    expect(await page.getByRole('region', { name: 'Saker (0)' }).textContent()).toContain('Ingen.');

    // Nobody: said so, with no sections.
    await field.fill(idFor(3, 4, 71));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ingenting i registeret har dette fødselsnummeret.' }).waitFor();
    expect(await page.getByRole('region', { name: /^Saker/ }).count()).toBe(0);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('forgets the typed national id when the page asks for a sign-in again and on «Logg ut»: the next person finds the field empty and nothing looked up in their name', async () => {
    const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
    const sent = keepRequests(page);
    const lookUp = async () => {
      await page.getByRole('link', { name: 'Innsyn' }).click();
      await page.getByLabel('Fødselsnummer eller D-nummer').fill(kari);
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Dette er lagret om personen' }).waitFor();
    };
    const signInAs = async (authorization: string) => {
      await page.getByLabel('Tilgangsnøkkel').fill(authorization.replace('Bearer ', ''));
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: 'Innsyn' }).waitFor();
    };
    const fieldAfterSignIn = async () => {
      await page.getByRole('link', { name: 'Innsyn' }).click();
      const field = page.getByLabel('Fødselsnummer eller D-nummer');
      await field.waitFor();
      return field.inputValue();
    };

    // The key stops being accepted: the page asks for a sign-in, and another archivist signs in on the tab.
    await lookUp();
    await page.evaluate("sessionStorage.setItem('postmottak.token', 'expired')");
    await page.evaluate(`location.hash = '#/cases/${served.service.seeded.transfer.caseId}'`);
    await page.getByLabel('Tilgangsnøkkel').waitFor();
    await signInAs((await served.service.person('Berit Arkiv', 'archivist')).authorization);
    expect(await fieldAfterSignIn()).toBe('');
    expect(await page.getByRole('region', { name: 'Dette er lagret om personen' }).count()).toBe(0);

    // «Logg ut», and in again.
    await lookUp();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await signInAs(served.service.as('archivist').authorization);
    expect(await fieldAfterSignIn()).toBe('');
    expect(sent.filter((r) => r.url.includes('/persons/lookup'))).toHaveLength(2);
    await page.close();
  });

  it('is not in the menu of other roles, and a case handler who goes there is told the API’s refusal in bokmål', async () => {
    for (const role of ['caseworker', 'reader', 'auditor'] as const) {
      const { page } = await openWatchedPage(served, served.service.as(role).authorization);
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Innsyn' }).count(), role).toBe(0);
      await page.close();
    }
    const { page } = await openWatchedPage(served, served.service.as('caseworker').authorization);
    await page.goto(`${served.base}/#/innsyn`);
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(kari);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Rollen saksbehandler kan ikke slå opp hva som er lagret om en person.' }).waitFor();
    expect(page.url()).not.toContain(personalNumber);
    await page.close();
  });
});

describe('correcting a party on the case view', () => {
  it('an archivist corrects the appellant by keyboard: a wrong town refused beside the postcode, then the new value and the released letter', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const number = displayCaseNumber(caseId);
    const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
    await page.goto(`${served.base}/#/cases/${caseId}`);
    const edit = page.getByRole('button', { name: 'Endre klager: Kari Nordmann' });
    await edit.focus();
    await page.keyboard.press('Enter');
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    const form = page.getByRole('form', { name: 'Rett klagers navn og adresse' });
    await expect.poll(() => focusedLabel(page)).toBe('name-party-0');
    expect(await form.getByLabel('Navn').inputValue()).toBe('Kari Nordmann');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Kari Nordmo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fjellveien 3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5006');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tromsø');
    await page.keyboard.press('Enter');
    const refusal = form.getByRole('alert');
    await refusal.filter({ hasText: 'Postnummer 5006 hører ikke til Tromsø' }).waitFor();
    const postcode = form.getByLabel('Postnummer');
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await postcode.getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    await expect.poll(() => focusedLabel(page)).toBe('postcode-party-0');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A place with digits: the API's validation (400), beside «Poststed».
    await form.getByLabel('Poststed').fill('Bergen 2');
    expect(await refusal.count()).toBe(0);
    await page.keyboard.press('Enter');
    await refusal.filter({ hasText: 'et poststed er et navn, uten sifre' }).waitFor();
    expect(await refusal.textContent()).toBe('Poststed: et poststed er et navn, uten sifre.');
    expect(await form.getByLabel('Poststed').getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    expect(await postcode.getAttribute('aria-invalid')).toBeNull();

    await form.getByLabel('Poststed').fill('Bergen');
    expect(await refusal.count()).toBe(0);
    await page.keyboard.press('Enter');
    const status = page.locator('#status');
    await status.filter({ hasText: 'er rettet' }).waitFor();
    expect(await status.textContent()).toMatch(new RegExp(`^Klager i sak ${number} er rettet: Kari Nordmo, Fjellveien 3, 5006 Bergen\\. Bekreftelse på mottatt klage datert \\d\\d\\.\\d\\d\\.\\d{4} var holdt tilbake og er frigitt, klart til utsending\\.$`));
    await expect.poll(() => focusedLabel(page)).toBe('status');
    const parties = page.getByRole('list', { name: 'Sakens parter' });
    expect(await parties.getByRole('listitem').filter({ hasText: 'Klager:' }).textContent()).toMatch(/^Klager: Kari Nordmo – .*Fjellveien 3, 5006 Bergen Endre/);

    // Again: the letter is ready now, and is written anew to the new address.
    await page.getByRole('button', { name: 'Endre klager: Kari Nordmo' }).click();
    expect(await form.getByLabel('Gate eller postboks').inputValue()).toBe('Fjellveien 3');
    expect(await form.getByLabel('Postnummer').inputValue()).toBe('5006');
    await form.getByLabel('Gate eller postboks').fill('Postboks 44');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await status.filter({ hasText: 'Postboks 44' }).waitFor();
    expect(await status.textContent()).toMatch(/Postboks 44, 5006 Bergen\. Bekreftelse på mottatt klage datert \S+ er skrevet på nytt til den nye adressen\.$/);
    await page.close();
  });

  it('Escape closes the form and gives focus back to «Endre»; a case handler is offered no «Endre»', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
    await page.goto(`${served.base}/#/cases/${caseId}`);
    const edit = page.getByRole('button', { name: /^Endre klager: / });
    await edit.click();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('form', { name: 'Rett klagers navn og adresse' }).count()).toBe(0);
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => focusedLabel(page)).toMatch(/^Endre klager: /);
    await page.close();
    const handler = await openWatchedPage(served, served.service.as('caseworker').authorization);
    await handler.page.goto(`${served.base}/#/cases/${caseId}`);
    await handler.page.getByRole('list', { name: 'Sakens parter' }).waitFor();
    expect(await handler.page.getByRole('button', { name: /^Endre/ }).count()).toBe(0);
    expect(handler.refused).toEqual([]);
    await handler.page.close();
  });

  it('on a case with two appellants, the API’s 409 is said beside the name; the representative is corrected as the appellant is', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const letters = dynamoLetterRepository(served.service.runtime.context.db);
    await letters.changeParties(caseId, 'moved-doc', (known) => ({ parties: [...known!.parties, { role: 'appellant', name: 'Ola Hansen', address: ['Storgata 9', '0155 Oslo'] }, { role: 'representative', name: 'Advokat Berg', address: ['Postboks 7', '5804 Bergen'] }], language: known!.language }));
    const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
    await page.goto(`${served.base}/#/cases/${caseId}`);
    await page.getByRole('button', { name: 'Endre klager: Ola Hansen' }).click();
    const form = page.getByRole('form', { name: 'Rett klagers navn og adresse' });
    await form.getByLabel('Navn').fill('Ola Hansen-Berg');
    await form.getByRole('button', { name: 'Lagre' }).click();
    const refusal = form.getByRole('alert');
    await refusal.filter({ hasText: 'har 2 parter som klager; en retting her kan ikke si hvem av dem den gjelder' }).waitFor();
    expect(await form.getByLabel('Navn').getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    expect(await page.getByRole('list', { name: 'Sakens parter' }).textContent()).toContain('Ola Hansen – Storgata 9, 0155 Oslo');

    await page.getByRole('button', { name: 'Endre fullmektig: Advokat Berg' }).click();
    const representative = page.getByRole('form', { name: 'Rett fullmektigs navn og adresse' });
    expect(await representative.getByLabel('Postnummer').inputValue()).toBe('5804');
    await representative.getByLabel('Navn').fill('Advokatfirmaet Berg');
    await representative.getByRole('button', { name: 'Lagre' }).click();
    const status = page.locator('#status');
    await status.filter({ hasText: 'er rettet' }).waitFor();
    expect(await status.textContent()).toBe(`Fullmektig i sak ${displayCaseNumber(caseId)} er rettet: Advokatfirmaet Berg, Postboks 7, 5804 Bergen. Ingen brev som venter på utsending, går til fullmektig.`);
    expect(await page.getByRole('list', { name: 'Sakens parter' }).textContent()).toContain('Fullmektig: Advokatfirmaet Berg – Postboks 7, 5804 Bergen');
    await page.close();
  });

  it('a representative abroad: the form says the address must be typed again whole, and the country is sent with the correction', async () => {
    const caseId = served.service.seeded.transfer.caseId!;
    const letters = dynamoLetterRepository(served.service.runtime.context.db);
    await letters.changeParties(caseId, 'abroad-doc', (known) => ({ parties: [...known!.parties.filter((p) => p.role !== 'representative'), { role: 'representative', name: 'Advokat Lind', address: ['Storgatan 4', '411 38 Göteborg', 'SVERIGE'] }], language: known!.language }));
    const { page } = await openWatchedPage(served, served.service.as('archivist').authorization);
    const sent = keepRequests(page);
    await page.goto(`${served.base}/#/cases/${caseId}`);
    await page.getByRole('button', { name: 'Endre fullmektig: Advokat Lind' }).click();
    const form = page.getByRole('form', { name: 'Rett fullmektigs navn og adresse' });
    expect(await form.textContent()).toContain('Adressen i saken er «Storgatan 4, 411 38 Göteborg, SVERIGE». Den er ikke en norsk adresse på to linjer: skriv hele adressen, med land.');
    await form.getByLabel('Gate eller postboks').fill('Storgatan 4');
    await form.getByLabel('Postnummer').fill('411 38');
    await form.getByLabel('Poststed').fill('Göteborg');
    await form.getByLabel('Land (tomt for Norge)').fill('Sverige');
    await form.getByLabel('Navn').fill('Advokatbyrån Lind');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await page.locator('#status').filter({ hasText: 'er rettet' }).waitFor();
    const puts = sent.filter((r) => r.url.endsWith('/parties/representative'));
    expect(puts).toHaveLength(1);
    expect(JSON.parse(puts[0]!.body!)).toMatchObject({ name: 'Advokatbyrån Lind', country: 'Sverige' });
    expect(await page.getByRole('list', { name: 'Sakens parter' }).textContent()).toContain('Fullmektig: Advokatbyrån Lind – Storgatan 4, 411 38 Göteborg, SVERIGE');
    await page.close();
  });
});
