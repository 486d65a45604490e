import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBareService, type BareService } from '../service/fixtures.ts';
import { handIn } from '../../service/operations/intake.ts';
import { reasonWords } from '../../service/operations/reason-words.ts';
import { findDocument } from '../../service/operations/documents.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * QA session 9: an empty file uploaded on the page was refused by the upload slot («size: minst 0»)
 * and so was neither processed nor quarantined. On the page, as with `process` and POST /intake, it
 * ends in quarantine with its reason.
 */
let service: BareService;
let served: ServedPage;

beforeAll(async () => {
  service = await openBareService();
  served = await servePage(service);
});
afterAll(async () => {
  await served?.close();
  await service?.runtime.close();
});

describe('an empty file uploaded from the page', () => {
  it('is rejected into quarantine with the reason the command line gives', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, service.tokens.archivist);
    await page.goto(`${served.base}/#/upload`);
    await page.getByRole('heading', { name: 'Last opp post' }).waitFor();
    await page.locator('#upload-files').setInputFiles({ name: 'tom.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });

    const item = page.locator('li.upload-item').filter({ hasText: 'tom.pdf' });
    await item.and(page.locator('.upload-done')).waitFor({ timeout: 60_000 });
    // What the same empty file gets from the intake `process` uses, in the page's words.
    const ctx = service.runtime.context;
    const cli = await handIn(ctx, { person: 'mailroom', role: 'archivist' }, { bytes: new Uint8Array(0), fileName: 'tom-cli.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(cli.status).toBe('rejected');
    const reasonNb = reasonWords((await findDocument(ctx, cli.documentId)).reasonCode, ctx.config).reasonNb;
    expect(reasonNb).toBeTruthy();
    expect(await item.locator('.upload-state').textContent()).toBe(`avvist – ${reasonNb}`);

    const quarantine = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/quarantine', headers: { authorization: `Bearer ${service.tokens.archivist}` } })).json() as { items: { fileName: string }[] };
    expect(quarantine.items.map((i) => i.fileName)).toContain('tom.pdf');
    await page.close();
  });
});
