import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseView, type Role } from '#schemas/api';
import { OutboxList } from '#schemas/outbox';
import { AccessLogPage, EventsPage } from '#schemas/downstream-api';
import { osloDate } from '#domain/calendar';
import { openTestService, type TestService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';

/**
 * QA session 11, MEDIUM 6: the letters postmottak writes are journaled on the case as outgoing entries
 * (Noark 5 U, SPEC.md), yet `GET /cases/{id}` showed only the incoming ones, and only archivists (through
 * the outbox) saw the letters at all. Now the case view lists its letters and journals them in time
 * order with the rest, for every role that reads cases; the PDF is for the roles that read documents'
 * originals (archivist, case handler) through the case's own route, in the access log. The seeded Helfo
 * transfer's acknowledgement is held (Kari Nordmann's address is not in the letter).
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) => service.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const caseOf = async (role: Role) => {
  const response = await inject('GET', `/api/v1/cases/${service.seeded.transfer.caseId}`, service.as(role));
  expect(response.statusCode, response.body).toBe(200);
  return CaseView.parse(response.json());
};

describe("a case's outgoing letters", () => {
  it('are listed on the case and journaled (U) in time order with the incoming entries, with the PDF route for archivist and case handler only', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const view = await caseOf('caseworker');
    expect(view.letters).toHaveLength(1);
    const [letter] = view.letters;
    expect(letter).toMatchObject({ kind: 'appeal_acknowledgement', title: 'Bekreftelse på mottatt klage', status: 'held', sentOn: null, pdf: `/api/v1/cases/${caseId}/letters/${letter!.letterId}/pdf` });
    expect(letter!.heldReasonNb).toBeTruthy();
    const out = view.journal.find((l) => l.event === 'LetterReady');
    expect(out).toMatchObject({ at: letter!.writtenAt, actor: 'postmottak', details: { letterId: letter!.letterId, kind: 'appeal_acknowledgement', status: 'held', journalType: 'U' } });
    // In time order: the case was created by the transfer before its acknowledgement was written.
    const at = view.journal.map((l) => l.at);
    expect(at).toEqual([...at].sort());
    expect(view.journal.findIndex((l) => l.event === 'CaseCreated')).toBeLessThan(view.journal.indexOf(out!));

    // Every role that reads cases sees the letter; a reader and a system get no route to its PDF.
    for (const role of ['archivist', 'reader', 'system'] as const) {
      const seen = await caseOf(role);
      expect(seen.letters.map((l) => l.letterId), role).toEqual([letter!.letterId]);
      expect(seen.letters[0]!.pdf, role).toBe(role === 'archivist' ? letter!.pdf : null);
      expect(seen.journal.some((l) => l.event === 'LetterReady'), role).toBe(true);
    }
  });

  it("gives the case handler the letter's PDF through the case, in the access log; refuses the others; a letter of another case is not there", async () => {
    const caseId = service.seeded.transfer.caseId!;
    const [letter] = (await caseOf('caseworker')).letters;
    const hanne = await service.person('Hanne Handler', 'caseworker');
    const pdf = await inject('GET', letter!.pdf!, hanne);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    for (const role of ['reader', 'system', 'auditor'] as const) {
      // The refusal names what was asked for, a letter, not «a document's original» (QA s13 c #8).
      expect(expectProblem(await inject('GET', letter!.pdf!, service.as(role)), 403).detail).toBe(`The ${role} role may not fetch a letter postmottak wrote on a case.`);
    }
    const nb = await inject('GET', letter!.pdf!, { ...service.as('reader'), 'accept-language': 'nb' });
    expect(expectProblem(nb, 403).detail).toBe('Rollen leser kan ikke hente et brev postmottak har skrevet i en sak.');
    expectProblem(await inject('GET', `/api/v1/cases/2025-09999/letters/${letter!.letterId}/pdf`, service.as('caseworker')), 404);
    expectProblem(await inject('GET', `/api/v1/cases/${caseId}/letters/no-such-letter/pdf`, service.as('caseworker')), 404);
    const today = osloDate(new Date());
    const log = AccessLogPage.parse((await inject('GET', `/api/v1/access-log?from=${today}&to=${today}&case=${caseId}&person=Hanne`, service.as('auditor'))).json());
    expect(log.records.map((r) => r.action)).toContain('letter:read');
  });

  it("lists a notice written today for a day gone by after the acknowledgement, dated that day, and the feed's times do not go back (QA s11)", async () => {
    const caseId = service.seeded.transfer.caseId!;
    // The seeded case was received 20.03.2025: its case_processing deadline (20.06.2025) is within the lead time on 10.06.2025.
    const notices = await inject('POST', '/api/v1/outbox/notices', service.as('archivist'), { today: '2025-06-10' });
    expect(notices.statusCode, notices.body).toBe(200);
    const view = await caseOf('caseworker');
    expect(view.letters.map((l) => [l.kind, l.letterDate === '2025-06-10'])).toEqual([['appeal_acknowledgement', false], ['extended_processing_time', true]]);
    expect(view.letters[1]!.writtenAt > view.letters[0]!.writtenAt).toBe(true);
    const journal = view.journal.filter((l) => l.event === 'LetterReady').map((l) => l.details?.kind);
    expect(journal).toEqual(['appeal_acknowledgement', 'extended_processing_time']);

    const feed = EventsPage.parse((await inject('GET', '/api/v1/events?limit=1000', service.as('system'))).json()).events;
    const times = feed.map((e) => e.time);
    expect(times).toEqual([...times].sort());
    const notice = feed.find((e) => e.type === 'LetterReady' && e.caseId === caseId && e.detail.kind === 'extended_processing_time');
    expect(notice?.detail).toMatchObject({ letterDate: '2025-06-10' });
    expect(notice!.time.slice(0, 10)).toBe(view.letters[1]!.writtenAt.slice(0, 10));
  });

  it('shows the letter released and sent, with the lines for each after the U entry', async () => {
    const held = (await caseOf('archivist')).letters.find((l) => l.kind === 'appeal_acknowledgement');
    const released = await inject('POST', `/api/v1/outbox/${held!.letterId}/release`, service.as('archivist'), { name: 'Kari Nordmann', street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' });
    expect(released.statusCode, released.body).toBe(200);
    const ready = OutboxList.parse((await inject('GET', `/api/v1/outbox?case=${service.seeded.transfer.caseId}`, service.as('archivist'))).json()).letters.find((l) => l.letterId === held!.letterId);
    const sent = await inject('POST', `/api/v1/outbox/${held!.letterId}/sent`, service.as('archivist'), { on: ready!.letterDate });
    expect(sent.statusCode, sent.body).toBe(200);
    const view = await caseOf('caseworker');
    // Who gave it its address, as the outbox shows it (review s11: the case's list left it out).
    expect(ready!.releasedBy).toBeTruthy();
    expect(view.letters[0]).toMatchObject({ letterId: held!.letterId, status: 'sent', sentOn: ready!.letterDate, heldReasonNb: null, releasedBy: ready!.releasedBy, withdrawnReason: null });
    const events = view.journal.filter((l) => l.details?.letterId === held!.letterId).map((l) => l.event);
    // The U entry says what was written then (held); the release and the posting are lines of their own.
    expect(events).toEqual(['LetterReady', 'LetterReleased', 'LetterSent']);
    expect(view.journal.find((l) => l.event === 'LetterReady')?.details).toMatchObject({ status: 'held' });

    // The address an archivist typed is the letter's, read through the outbox and the PDF: the roles
    // that read cases without originals (reader, system) see the letter's standing, never whom it went to.
    for (const role of ['reader', 'system'] as const) {
      // The body as sent, not as CaseView.parse would strip it: a field the schema lacks is still shown.
      const response = await inject('GET', `/api/v1/cases/${service.seeded.transfer.caseId}`, service.as(role));
      expect(response.statusCode, response.body).toBe(200);
      const { letters, journal } = response.json() as { letters: { letterId: string }[]; journal: unknown[] };
      expect(letters.map((l) => l.letterId), role).toContain(held!.letterId);
      const shown = JSON.stringify({ letters, journal });
      for (const personal of ['Kari Nordmann', 'Fjellveien 3', 'Fjellveien']) expect(shown, `${role}: ${personal}`).not.toContain(personal);
    }
  });
});
