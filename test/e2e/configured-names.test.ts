import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownOcr } from '#engines/ocr/index';
import defaults from '../../config/postmottak.json' with { type: 'json' };
import { renderTextPdf } from '../../corpus/render.ts';
import { openBareService, orphanDeclaration, type BareService } from '../service/fixtures.ts';
import { idFor } from '../support/national-ids.ts';
import type { Browser } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * A document type's name is configuration (typeRules[].names.nb), which an administrator edits
 * without a release: renamed in a test configuration (POSTMOTTAK_CONFIG_FILE), and a type added, the
 * page in headless Chromium names them so everywhere — the upload line, the review list beside the
 * reason that quotes the same name, the type picker — with no second list in the page's code.
 */
const renamed = {
  ...defaults,
  typeRules: [
    ...defaults.typeRules.map((r) =>
      r.type === 'appeal' ? { ...r, names: { ...r.names, nb: 'Klage over vedtak' } } : r.type === 'medical_declaration' ? { ...r, names: { ...r.names, nb: 'Legeerklæring/epikrise' } } : r,
    ),
    { type: 'power_of_attorney', names: { nb: 'Fullmakt', en: 'power of attorney' }, caseMode: 'link' },
  ],
};
const appeal = [
  'Ole Hansen', 'Storgata 1, 0155 Oslo', '', 'Oslo, 18.03.2025', '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '', `Fødselsnummer: ${idFor(14, 2, 87)}`, '',
  'Jeg klager på vedtak datert 12.03.2025 der Helfo avslo stønad til tannbehandling.',
  'Jeg er uenig i vedtaket. Behandlingen var nødvendig etter sykdom.', '', 'Med hilsen', 'Ole Hansen',
];

let dir: string;
let service: BareService;
let served: ServedPage;
let browser: Browser;
const previousConfigFile = process.env.POSTMOTTAK_CONFIG_FILE;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-configured-names-'));
  await writeFile(path.join(dir, 'postmottak.json'), JSON.stringify(renamed));
  // Read once by this test file's process, before the service or any stage reads it.
  process.env.POSTMOTTAK_CONFIG_FILE = path.join(dir, 'postmottak.json');
  service = await openBareService();
  const { handIn } = await import('../../service/operations/intake.ts');
  await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([orphanDeclaration]), fileName: 'orphan.pdf', receivedDate: '2025-03-20', postmarkDate: null });
  served = await servePage(service);
  browser = served.browser;
});
afterAll(async () => {
  await served?.close();
  await service?.runtime.close();
  await shutdownOcr();
  if (previousConfigFile === undefined) delete process.env.POSTMOTTAK_CONFIG_FILE;
  else process.env.POSTMOTTAK_CONFIG_FILE = previousConfigFile;
  await rm(dir, { recursive: true, force: true });
});

describe('the page names document types as the configuration in force does', () => {
  it('in the review list, its reason and the type picker, with a type only the configuration knows', async () => {
    const page = await browser.context.newPage();
    await signInWithToken(page, served.base, service.tokens.archivist);
    await page.getByRole('link', { name: 'Til kontroll' }).first().click();
    const row = page.locator('tr').filter({ hasText: 'orphan.pdf' });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells[2]).toContain('Dokumentet (Legeerklæring/epikrise) skal legges til en eksisterende sak');
    expect(cells[3]).toMatch(/^Legeerklæring\/epikrise, /);

    await row.getByRole('link', { name: 'orphan.pdf' }).click();
    // The list has a «Dokumenttype» filter too: wait for the item before taking its type picker.
    await page.getByRole('heading', { name: /^Til kontroll: / }).waitFor();
    const type = page.getByRole('combobox', { name: 'Dokumenttype' });
    await type.waitFor();
    expect(await type.inputValue()).toBe('Legeerklæring/epikrise');
    await type.fill('full');
    expect(await page.getByRole('listbox', { name: 'Dokumenttype' }).getByRole('option').allTextContents()).toEqual(['Fullmakt']);
    await page.close();
  });

  it('on the upload line', async () => {
    const page = await browser.context.newPage();
    await signInWithToken(page, served.base, service.tokens.archivist);
    await page.getByRole('link', { name: 'Last opp' }).click();
    await page.locator('#upload-files').setInputFiles({ name: 'klage.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await renderTextPdf([appeal])) });
    const item = page.locator('li.upload-item').filter({ hasText: 'klage.pdf' });
    await item.and(page.locator('.upload-done')).waitFor({ timeout: 120_000 });
    expect(await item.locator('.upload-state').textContent()).toMatch(/^fordelt \(Klage over vedtak\) → Ufordelte saker – Tannbehandling, sak \d{4}\/\d{5}$/);
    await page.close();
  });
});
