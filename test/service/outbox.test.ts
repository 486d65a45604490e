import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseView, type Role } from '#schemas/api';
import { OutboxItem, OutboxList } from '#schemas/outbox';
import type { PostmottakEvent } from '#schemas/events';
import { kari, keepPublished, openTestService, type TestService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';
import { s3BlobStore } from '../../functions/commons/blob-store.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import { PDFDocument } from 'pdf-lib';
import { defaultLettersConfig } from '../../config/letters.ts';
import { dayNb } from '../../service/problem-words-nb.ts';

/**
 * The outbox and the case's parties through the real app over the embedded stack (issue #16). The
 * seeded Helfo transfer names Kari Nordmann without her address, so its acknowledgement is held:
 * an archivist gives it the address, it is re-rendered, becomes ready and is announced; then it is
 * printed and marked sent. Each route for each role.
 */
let service: TestService;
let published: PostmottakEvent[];

beforeAll(async () => {
  service = await openTestService();
  published = keepPublished(service);
});
afterAll(async () => {
  await service?.close();
});

const allRoles: Role[] = ['archivist', 'caseworker', 'reader', 'system', 'auditor'];
const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) => service.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const text = (await parser.getText()).text.replace(/\s+/g, ' ');
  await parser.destroy();
  return text;
}

async function heldLetter(): Promise<OutboxItem> {
  const list = OutboxList.parse((await inject('GET', '/api/v1/outbox?status=held', service.as('archivist'))).json());
  const held = list.letters.find((l) => l.caseId === service.seeded.transfer.caseId);
  expect(held, JSON.stringify(list)).toBeDefined();
  return held!;
}

describe('the outbox routes, for each role', () => {
  // Mutations name a letter that does not exist: the allowed role gets 404, never 403, and nothing changes.
  const routes: { name: string; method: 'GET' | 'POST'; url: string; body?: object }[] = [
    { name: 'the list', method: 'GET', url: '/api/v1/outbox' },
    { name: "a letter's PDF", method: 'GET', url: '/api/v1/outbox/no-such-letter/pdf' },
    { name: "the day's post", method: 'GET', url: '/api/v1/outbox/print?date=1999-01-01' },
    { name: 'marking sent', method: 'POST', url: '/api/v1/outbox/no-such-letter/sent', body: { on: '2025-03-24' } },
    { name: 'a release', method: 'POST', url: '/api/v1/outbox/no-such-letter/release', body: { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' } },
  ];
  it.each(routes)('$name: archivists only', async (route) => {
    for (const role of allRoles) {
      const response = await inject(route.method, route.url, service.as(role), route.body);
      if (role !== 'archivist') {
        expect(expectProblem(response, 403).detail).toContain(`The ${role} role may not work the outbox`);
      } else if (route.url === '/api/v1/outbox') {
        expect(response.statusCode).toBe(200);
      } else {
        expectProblem(response, 404);
      }
    }
    expectProblem(await inject(route.method, route.url, {}, route.body), 401);
  });
});

describe('a held letter', () => {
  it('is listed with its reason and cannot be marked sent', async () => {
    const held = await heldLetter();
    expect(held).toMatchObject({ kind: 'appeal_acknowledgement', status: 'held', sentOn: null, releasedBy: null });
    expect(held.heldReason).toMatch(/address/);
    expect(held.heldReasonNb).toMatch(/adresse/);
    const refused = expectProblem(await inject('POST', `/api/v1/outbox/${held.letterId}/sent`, service.as('archivist'), { on: '2025-03-24' }), 409);
    expect(refused.detail).toContain('held');
  });

  it('refuses an address that is not name, street, four-digit postcode and place, and changes nothing', async () => {
    const held = await heldLetter();
    const good = { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' };
    for (const [bad, field] of [[{ ...good, postcode: '506' }, 'postcode'], [{ ...good, postcode: 'NO-5006' }, 'postcode'], [{ ...good, place: '5006' }, 'place'], [{ ...good, street: '' }, 'street'], [{ name: 'Kari' }, 'street']] as const) {
      const problem = expectProblem(await inject('POST', `/api/v1/outbox/${held.letterId}/release`, service.as('archivist'), bad), 400);
      expect(problem.detail).toContain(field);
    }
    expect((await heldLetter()).status).toBe('held');
  });

  it('an archivist gives it the address: re-rendered, journaled, ready, LetterReady, preliminary reply met; a second release is refused', async () => {
    const held = await heldLetter();
    const caseId = service.seeded.transfer.caseId!;
    const before = CaseView.parse((await inject('GET', `/api/v1/cases/${caseId}`, service.as('archivist'))).json());
    expect(before.deadlines.find((d) => d.kind === 'preliminary_reply')).toMatchObject({ status: 'open' });
    const anne = await service.person('Anne Arkivar', 'archivist');
    const eventsBefore = published.length;

    const response = await inject('POST', `/api/v1/outbox/${held.letterId}/release`, anne, { name: ' Kari  Nordmann ', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' });
    expect(response.statusCode, response.body).toBe(200);
    const released = OutboxItem.parse(response.json());
    expect(released).toMatchObject({ status: 'ready', heldReason: null, heldReasonNb: null, releasedBy: 'Anne Arkivar', recipient: { role: 'appellant', name: 'Kari Nordmann', address: ['Fjellveien 3', '5006 Bergen'] } });

    const pdf = await inject('GET', `/api/v1/outbox/${held.letterId}/pdf`, service.as('archivist'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Fjellveien 3');
    expect(text).toContain('5006 Bergen');
    expect(text).toContain(released.caseNumber);

    const after = CaseView.parse((await inject('GET', `/api/v1/cases/${caseId}`, service.as('archivist'))).json());
    expect(after.deadlines.find((d) => d.kind === 'preliminary_reply')).toMatchObject({ status: 'met', closedBy: `letter:${held.letterId}` });
    expect(after.journal.find((j) => j.event === 'LetterReleased')).toMatchObject({ actor: 'Anne Arkivar', details: { letterId: held.letterId } });
    const ready = published.slice(eventsBefore).filter((e) => e.type === 'LetterReady');
    expect(ready).toMatchObject([{ caseId, detail: { letterId: held.letterId, status: 'ready' } }]);
    expect(JSON.stringify(published)).not.toContain('Fjellveien');

    const again = expectProblem(await inject('POST', `/api/v1/outbox/${held.letterId}/release`, service.as('archivist'), { name: 'Someone Else', street: 'Annen vei 1', postcode: '0150', place: 'Oslo' }), 409);
    expect(again.detail).toContain('Anne Arkivar');
    const still = OutboxList.parse((await inject('GET', `/api/v1/outbox?case=${caseId}`, service.as('archivist'))).json()).letters;
    expect(still.map((l) => [l.letterId, l.status, l.recipient?.address])).toEqual([[held.letterId, 'ready', ['Fjellveien 3', '5006 Bergen']]]);
    expect(new Set(published.filter((e) => e.type === 'LetterReady' && e.detail.status === 'ready').map((e) => e.id)).size).toBe(1);
  });

  it("is printed in the day's post and marked sent with its date, once", async () => {
    const [letter] = OutboxList.parse((await inject('GET', `/api/v1/outbox?case=${service.seeded.transfer.caseId}`, service.as('archivist'))).json()).letters;
    // The post is the letter as written and journaled in outbox/, not one composed again with the
    // templates in force today: stored wording that today's templates do not have is what is printed.
    const stored = (await inject('GET', `/api/v1/outbox/${letter!.letterId}/pdf`, service.as('archivist'))).rawPayload;
    const written = `${await pdfText(stored)} Skrevet med malen som gjaldt da`;
    await s3BlobStore(service.runtime.context.files.bucket).put(letter!.path, await renderTextPdf([[written]]), 'application/pdf');
    const print = await inject('GET', `/api/v1/outbox/print?date=${letter!.letterDate}`, service.as('archivist'));
    expect(print.statusCode).toBe(200);
    expect(print.headers['content-type']).toBe('application/pdf');
    const printed = await pdfText(print.rawPayload);
    expect(printed).toContain('Fjellveien 3');
    expect(printed).toContain('Skrevet med malen som gjaldt da');
    // The print says it is the appeals body's day's post, not the first stored letter's own metadata.
    const joined = await PDFDocument.load(print.rawPayload, { updateMetadata: false });
    expect([joined.getAuthor(), joined.getTitle()]).toEqual([defaultLettersConfig().letterhead.name, `Utgående post med brevdato ${dayNb(letter!.letterDate)}: 1 brev`]);

    // Sent the day it is dated (a day before it is refused: test/service/days-before-existence.test.ts).
    const on = letter!.letterDate;
    const sent = await inject('POST', `/api/v1/outbox/${letter!.letterId}/sent`, service.as('archivist'), { on });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(OutboxItem.parse(sent.json())).toMatchObject({ status: 'sent', sentOn: on });
    expect(expectProblem(await inject('POST', `/api/v1/outbox/${letter!.letterId}/sent`, service.as('archivist'), { on }), 409).detail).toContain(on);
    expect(OutboxList.parse((await inject('GET', '/api/v1/outbox?status=sent', service.as('archivist'))).json()).letters.map((l) => l.letterId)).toContain(letter!.letterId);
    expectProblem(await inject('GET', `/api/v1/outbox/print?date=${on}`, service.as('archivist')), 404);
    expectProblem(await inject('POST', `/api/v1/outbox/${letter!.letterId}/sent`, service.as('archivist'), { on: '24.03.2025' }), 400);
  });
});

describe("the case's parties", () => {
  it('appellant and first instance on the case read; the national id in full for archivists, masked for readers, its HMAC never', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const asArchivist = await inject('GET', `/api/v1/cases/${caseId}`, service.as('archivist'));
    const asReader = await inject('GET', `/api/v1/cases/${caseId}`, service.as('reader'));
    const full = CaseView.parse(asArchivist.json()).parties;
    const masked = CaseView.parse(asReader.json()).parties;
    expect(full.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Kari Nordmann', identified: true, nationalId: kari });
    expect(full.find((p) => p.role === 'first_instance')?.name).toMatch(/Helfo/);
    expect(masked.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Kari Nordmann', nationalId: `${kari.slice(0, 6)}*****` });
    for (const body of [asArchivist.body, asReader.body]) {
      expect(body).not.toMatch(/[0-9a-f]{64}/);
      expect(body).not.toContain('nationalIdHash');
    }
    expect(asReader.body).not.toContain(kari);
    // The document read (what the review item shows) carries the letter's parties without the HMAC too.
    const doc = await inject('GET', `/api/v1/documents/${service.seeded.transfer.documentId}`, service.as('archivist'));
    expect(doc.body).toContain('Kari Nordmann');
    expect(doc.body).not.toMatch(/[0-9a-f]{64}/);
  });
});
