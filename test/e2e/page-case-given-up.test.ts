import { describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import { servedTestService } from '../support/served-test-service.ts';
import { signInWithToken } from '../support/page-server.ts';

/**
 * QA s11 HIGH 1 on the page, in Debian's Chromium: the archivist moves an appeal to the case it belongs
 * to with «Flytt til sak»; the status line says the case it opened is given up and its letter withdrawn;
 * the case view says why, and a case handler is offered no «Ta saken» on it.
 */
const served = servedTestService();

const appeal = [
  'Per Hansen', 'Storgata 5, 0155 Oslo', '', 'Oslo, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${idFor(14, 2, 77)}`, '', 'Jeg klager på vedtak datert 03.03.2025 fra Helfo. Jeg mener vedtaket er feil.', '', 'Med hilsen', 'Per Hansen',
];

describe('a case given up, on the page', () => {
  it('«Flytt til sak» on the opening appeal: the status line, the case view and the case handler all see the case closed', async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const moved = await handIn(served.service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([appeal]), fileName: 'feil-sak.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(moved.status).toBe('routed');
    const emptied = moved.caseId!.replace('-', '/');
    const target = served.service.seeded.transfer.caseId!.replace('-', '/');

    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await page.goto(`${served.base}/#/documents/${moved.documentId}`);
    await page.getByRole('heading', { name: 'Dokument feil-sak.pdf' }).waitFor();
    await page.keyboard.press('s');
    await page.keyboard.type(target);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lagre korrigering' }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 60_000 }).toBe(`Lagret. Sak ${emptied} er avsluttet som opprettet ved feil; 1 brev trukket tilbake.`);

    await page.goto(`${served.base}/#/cases/${moved.caseId}`);
    await page.getByRole('heading', { name: new RegExp(`^Sak ${emptied}`) }).waitFor();
    expect(await page.locator('dd.given-up').textContent()).toBe(`Avsluttet – opprettet ved feil: dokumentet som opprettet den, er flyttet til sak ${target}`);
    const journal = (await page.locator('ol.journal').textContent()) ?? '';
    expect(journal).toContain('Sak avsluttet – opprettet ved feil');
    expect(journal).toMatch(/Sak opprettet – postmottak.*senere flyttet til sak/);
    await page.close();

    const handler = await served.browser.context.newPage();
    await signInWithToken(handler, served.base, (await served.service.person('Kari Saksbehandler', 'caseworker')).authorization.replace('Bearer ', ''));
    await handler.goto(`${served.base}/#/cases/${moved.caseId}`);
    await handler.locator('dd.given-up').waitFor();
    expect(await handler.getByRole('button', { name: 'Ta saken' }).count()).toBe(0);
    await handler.close();
  });

  it('«Ny sak» in «Flytt til sak»: the appeal opens a case of its own, and the case it opened first is given up (case13)', async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const lines = appeal.map((line) => line.replace('Per Hansen', 'Siv Holm').replace(idFor(14, 2, 77), idFor(19, 3, 87)));
    const moved = await handIn(served.service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([lines]), fileName: 'egen-sak.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(moved.status).toBe('routed');
    const first = moved.caseId!.replace('-', '/');

    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, served.service.tokens.archivist);
    await page.goto(`${served.base}/#/documents/${moved.documentId}`);
    await page.getByRole('heading', { name: 'Dokument egen-sak.pdf' }).waitFor();
    await page.keyboard.press('s');
    await page.keyboard.type('Ny sak');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lagre korrigering' }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 60_000 }).toBe(`Lagret. Sak ${first} er avsluttet som opprettet ved feil; 1 brev trukket tilbake.`);
    const { getDocument } = await import('../../functions/commons/store/documents.ts');
    const now = await getDocument(served.service.runtime.context.db, moved.documentId);
    expect(now?.caseId).not.toBe(moved.caseId);
    expect(now?.item.createdCase).toBe(true);
    await page.close();
  });
});
