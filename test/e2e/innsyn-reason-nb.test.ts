import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../corpus/render.ts';
import { handIn } from '../../service/operations/intake.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { openWatchedPage } from '../support/watched-page.ts';
import { kari } from '../service/fixtures.ts';

/**
 * QA s17: «Innsyn» listed a quarantined file's reason in English («The file is a ZIP archive …») on a
 * bokmål page. It says it in bokmål, as the quarantine view does (domain/reasons/wording.ts). In headless Chromium.
 */
const served = servedTestService();

describe('«Innsyn»: why a file was rejected', () => {
  it('is said in bokmål, in the words the quarantine view uses', async () => {
    const { service } = served;
    const named = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: zipArchive({ 'klage.pdf': 'innsyn' }), fileName: `${kari.slice(0, 6)} ${kari.slice(6)}-klage.pdf`, receivedDate: '2025-03-20', postmarkDate: null });
    expect(named.status).toBe('rejected');
    const queue = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/quarantine', headers: service.as('archivist') })).json() as { items: { documentId: string; reasonNb: string | null }[] };
    const reasonNb = queue.items.find((item) => item.documentId === named.documentId)?.reasonNb;
    expect(reasonNb).toMatch(/ZIP-arkiv/);

    const { page } = await openWatchedPage(served, service.as('archivist').authorization);
    await page.getByRole('link', { name: 'Innsyn' }).click();
    await page.getByRole('heading', { name: 'Innsyn', level: 2 }).waitFor();
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(kari);
    await page.keyboard.press('Enter');
    const quarantine = page.getByRole('region', { name: /^Avviste filer \(karantene\) \(\d+\)$/ });
    await quarantine.waitFor();
    const row = quarantine.getByRole('row').filter({ has: page.getByRole('link', { name: `${kari.slice(0, 6)}*****-klage.pdf` }) });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.at(-1)).toBe(reasonNb);
    expect(await quarantine.textContent()).not.toContain(named.reason!);
    await page.close();
  });
});
