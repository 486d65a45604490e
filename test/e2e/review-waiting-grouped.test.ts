import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classification, personId, runPipeline, stateFor } from '../registry/fixtures.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { sealingOf } from '../../functions/commons/store/sealed-national-ids.ts';
import { openBareService, type BareService } from '../service/fixtures.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * QA session 12 M4: a follow-up waiting for its opener was its own row naming the opener by id, the
 * opener's item never mentioned it, and after «Godta» the status line said nothing of what went on with
 * it; the list had no filters. The follow-up now stands under its opener, named by file, the opener's
 * item lists it, the status line names it, and the list filters by reason (and type, area, day).
 */
let service: BareService;
let served: ServedPage;
let opener: string;
let followUp: string;
let other: string;

beforeAll(async () => {
  service = await openBareService();
  const ctx = service.runtime.context;
  const sealing = sealingOf(ctx.db);
  const deps = dynamoStagePorts(ctx.db, { config: ctx.config, idHashKey: sealing.hashKey, now: ctx.now, nationalIdKey: sealing.wrapper });
  const person = personId(4343);
  const run = (fileName: string, c: Parameters<typeof classification>[0], receivedDate: string) => runPipeline({ ...stateFor(classification(c), { receivedDate }), fileName }, deps);
  // Another document in review, received between them, so the list's plain order would part the two.
  other = (await run('annet-brev.pdf', { documentType: 'appeal', area: 'dental', confidence: 0.3, typeConfidence: 0.3, fields: { nationalIds: [personId(5151)] } }, '2025-03-19')).result.documentId;
  opener = (await run('klage-opener.pdf', { documentType: 'appeal', area: 'medical', confidence: 0.3, typeConfidence: 0.3, fields: { nationalIds: [person] } }, '2025-03-18')).result.documentId;
  const waiting = await run('legeerklaering-etter.pdf', { documentType: 'medical_declaration', area: 'medical', confidence: 0.95, typeConfidence: 0.95, fields: { nationalIds: [person], decisionDate: null } }, '2025-03-20');
  expect(waiting.link.waitsFor).toBe(opener);
  followUp = waiting.result.documentId;
  served = await servePage(service);
}, 120_000);
afterAll(async () => {
  await served?.close();
  await service?.app.close();
  await service?.runtime.close();
});

describe('the review queue with a follow-up waiting for its opener', () => {
  it('groups the follow-up under its opener by file name, filters by reason, and names what was carried on after «Godta»', async () => {
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, service.tokens.archivist);
    await page.goto(`${served.base}/#/review`);
    const rows = page.locator('table.list tbody tr');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('klage-opener.pdf');
    expect(texts[0]).toContain('Ett dokument venter på dette.');
    expect(texts[1]).toContain('legeerklaering-etter.pdf');
    expect(texts[1]).toContain('Venter på klage-opener.pdf');
    expect(texts[1]).not.toContain(opener);
    expect(texts[2]).toContain('annet-brev.pdf');

    // Only what waits for a case.
    await page.getByLabel('Hvorfor').selectOption('waiting_for_case');
    // Choosing changes nothing until the filters are applied (WCAG 3.2.2: no change of view on a select).
    expect(new URL(page.url()).hash).not.toContain('reason=');
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/review?reason=waiting_for_case');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('legeerklaering-etter.pdf')]);
    await page.getByLabel('Hvorfor').selectOption('');
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => rows.count()).toBe(3);

    await page.goto(`${served.base}/#/review/${opener}`);
    await page.getByRole('heading', { name: 'Til kontroll: klage-opener.pdf' }).waitFor();
    const waitingList = page.getByRole('region', { name: 'Venter på dette dokumentet' });
    expect(await waitingList.textContent()).toContain('legeerklaering-etter.pdf');
    await page.getByRole('form', { name: 'Arkivarens valg' }).getByRole('button', { name: /Godta og send videre/ }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 60_000 }).toMatch(/^Sendt videre på sak (\d{4}\/\d{5}).*Fulgte med: legeerklaering-etter\.pdf sendt videre på sak \1\.$/);
    const stored = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${followUp}`, headers: { authorization: `Bearer ${service.tokens.archivist}` } })).json();
    expect(stored.status).toBe('routed');
    expect(other).toBeTruthy();
    await page.close();
  }, 180_000);
});
