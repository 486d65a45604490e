import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueEntry } from '#schemas/api';
import { renderTextPdf } from '../../corpus/render.ts';
import { queueLine } from '../../local/case-handler-wording.ts';
import { configuredNames } from '../../domain/wording/names-nb.ts';
import { rejectedAgainNb, rejectedRetryNb } from '../../domain/wording/rejected-retry.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * Review of left10: a second rejected retry overwrote the first (one lastRetry); a rejected attempt could
 * itself be retried (a chain nobody sees in Karantene); two retries of one file at once both handed in
 * a replacement. Now every attempt is kept, an attempt's retry is refused naming the original, and the
 * original is marked (a conditional write) before anything is handed in, so the second retry gets 409.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 180_000);
afterAll(() => service?.close());

const retry = (id: string, payload: Buffer) => service.app.inject({ method: 'POST', url: `/api/v1/quarantine/${id}/retry`, headers: { ...service.as('archivist'), 'content-type': 'application/pdf', 'accept-language': 'nb' }, payload });
const quarantine = async () => (await service.app.inject({ method: 'GET', url: '/api/v1/queues/quarantine', headers: service.as('archivist') })).json<{ items: QueueEntry[] }>().items;

describe('quarantine retries', () => {
  let firstAttempt: string;

  it('keeps every rejected attempt on the original, oldest first, and words each the same on the page and the command line', async () => {
    const original = service.seeded.rejected.documentId;
    const one = await retry(original, Buffer.from('første forsøk, ingen pdf'));
    const two = await retry(original, Buffer.from('andre forsøk, heller ingen pdf'));
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    firstAttempt = one.json().result.documentId;
    const entry = (await quarantine()).find((i) => i.documentId === original)!;
    expect(entry.retries?.map((r) => r.documentId)).toEqual([firstAttempt, two.json().result.documentId]);
    const line = queueLine(entry, configuredNames(service.runtime.context.config));
    for (const tried of entry.retries!) {
      expect(rejectedRetryNb(tried)).toMatch(new RegExp(`^Prøvd igjen \\d\\d\\.\\d\\d\\.\\d{4} av starter-archivist som ${tried.documentId}, også avvist: .+\\.$`));
      expect(line).toContain(rejectedRetryNb(tried));
    }
    expect(rejectedAgainNb('archive.pdf', { reasonNb: `${one.json().reasonNb}`, reason: null })).toMatch(/^avvist igjen – .+[^.]; archive\.pdf ligger fortsatt i karantene$/);
  });

  it('refuses to retry a rejected attempt (409), naming the original to try instead', async () => {
    const answer = await retry(firstAttempt, await renderTextPdf([['Per Hansen', '', 'Ettersendelse', '', 'Vedlagt kvittering for tannbehandling.']]));
    expect(answer.statusCode).toBe(409);
    expect(answer.json<{ detail: string }>().detail).toContain(`prøv ${service.seeded.rejected.documentId} igjen`);
  });

  it('lets one of two retries at once through; the other is refused (409) and hands nothing in', { timeout: 120_000 }, async () => {
    const original = service.seeded.rejected.documentId;
    const a = await renderTextPdf([['Per Hansen', '', 'Ettersendelse', '', 'Vedlagt kvittering for tannbehandling.', 'Hilsen Per Hansen']]);
    const b = await renderTextPdf([['Per Hansen', '', 'Ettersendelse', '', 'Vedlagt kvittering og journal for tannbehandling.', 'Hilsen Per Hansen']]);
    const answers = await Promise.all([retry(original, a), retry(original, b)]);
    expect(answers.map((x) => x.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((x) => x.statusCode === 409)!;
    expect(refused.json<{ detail: string }>().detail).toMatch(/akkurat nå av starter-archivist|allerede prøvd på nytt/);
    const replaced = answers.find((x) => x.statusCode === 200)!.json<{ replaced: string | null; result: { documentId: string } }>();
    expect(replaced.replaced).toBe(original);
    expect((await quarantine()).map((i) => i.documentId)).not.toContain(original);
  });
});
