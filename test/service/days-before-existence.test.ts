import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-response.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * QA session 10 (HIGH 1): a letter marked sent before the day it is dated, and a deadline opened on a
 * case before the case was received, were taken and journaled. Both are refused with a 422 in words
 * that need no field label (the page shows the detail under «Sendt dato» as it is), and nothing changes.
 * A correction that makes the mail received before its postmark is refused the same way.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(() => service?.close());

const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  service.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

type Letter = { letterId: string; status: string; letterDate: string; caseId: string };

describe('a day before the thing existed', () => {
  it('refuses marking a letter sent before its date (422, en and nb) and leaves it ready; its own date is taken', async () => {
    // The seeded transfer's acknowledgement is held for an address: released, it is ready to send.
    const held = ((await inject('GET', '/api/v1/outbox?status=held', service.as('archivist'))).json().letters as Letter[])[0]!;
    expect(held, 'the seeded cases have a held letter').toBeDefined();
    const released = await inject('POST', `/api/v1/outbox/${held.letterId}/release`, service.as('archivist'), { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' });
    expect(released.statusCode, released.body).toBe(200);
    const letter = released.json() as Letter;
    expect(letter.status).toBe('ready');
    const dayBefore = new Date(Date.parse(`${letter.letterDate}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const nb = await inject('POST', `/api/v1/outbox/${letter.letterId}/sent`, { ...service.as('archivist'), 'accept-language': 'nb' }, { on: dayBefore });
    const [y, m, d] = letter.letterDate.split('-');
    const [by, bm, bd] = dayBefore.split('-');
    expect(expectProblem(nb, 422).detail).toBe(`Brevet er datert ${d}.${m}.${y}; det kan ikke være sendt ${bd}.${bm}.${by}, før det ble skrevet.`);
    const en = await inject('POST', `/api/v1/outbox/${letter.letterId}/sent`, service.as('archivist'), { on: '2020-01-01' });
    expect(expectProblem(en, 422).detail).toBe(`The letter is dated ${letter.letterDate}; it cannot have been sent on 2020-01-01, before it was written.`);
    const after = (await inject('GET', '/api/v1/outbox', service.as('archivist'))).json().letters as Letter[];
    expect(after.find((l) => l.letterId === letter.letterId)?.status).toBe('ready');
    const sent = await inject('POST', `/api/v1/outbox/${letter.letterId}/sent`, service.as('archivist'), { on: letter.letterDate });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', sentOn: letter.letterDate });
  });

  it('refuses opening a deadline before the case was received (422), opens nothing, and opens one on the received day', async () => {
    const { caseId } = service.seeded.transfer;
    const erik = { ...(await service.person('Erik Tidlig', 'caseworker')), 'accept-language': 'nb' };
    const received = (await inject('GET', `/api/v1/cases/${caseId}`, erik)).json().case.receivedDate as string;
    expect(received).toBe('2025-03-20');
    const refused = await inject('POST', `/api/v1/cases/${caseId}/deadlines`, erik, { kind: 'comments', openedOn: '2020-01-01' });
    expect(expectProblem(refused, 422).detail).toBe('Saken ble mottatt 20.03.2025; en frist kan ikke åpnes 01.01.2020, før saken ble mottatt.');
    const deadlines = async () => ((await inject('GET', `/api/v1/cases/${caseId}`, erik)).json().deadlines as { kind: string; openedBy: string }[]).filter((d) => d.openedBy === 'handler:Erik Tidlig');
    expect(await deadlines()).toEqual([]);
    const opened = await inject('POST', `/api/v1/cases/${caseId}/deadlines`, erik, { kind: 'comments', openedOn: received });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(await deadlines()).toHaveLength(1);
  });

  it('refuses a correction that puts the postmark after the received day, or the received day before the postmark', async () => {
    const { transfer } = service.seeded;
    const nb = { ...service.as('archivist'), 'accept-language': 'nb' };
    const postmark = await inject('POST', `/api/v1/documents/${transfer.documentId}/correction`, nb, { postmarkDate: '2025-03-25' });
    expect(expectProblem(postmark, 422).detail).toBe('Poststempelet er 25.03.2025; posten kan ikke være mottatt 20.03.2025, før den ble poststemplet.');
    const both = await inject('POST', `/api/v1/documents/${transfer.documentId}/correction`, nb, { postmarkDate: '2025-03-18', receivedDate: '2025-03-17' });
    expect(expectProblem(both, 422).detail).toContain('før den ble poststemplet');
    const doc = (await inject('GET', `/api/v1/documents/${transfer.documentId}`, service.as('archivist'))).json();
    expect(doc.receivedDate).toBe('2025-03-20');
  });
});
