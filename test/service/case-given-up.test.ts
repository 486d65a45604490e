import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failDeadlineWrite } from '../support/failed-deadline-write.ts';
import { CaseView } from '#schemas/api';
import { CorrectionOutcome, OutcomeView } from '#schemas/archive-work';
import { OutboxList } from '#schemas/outbox';
import { eventSchemas, type PostmottakEvent } from '#schemas/events';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import { auditTrail } from '../../functions/commons/store/audit.ts';
import { appealBy, handInAppeal as handInOne } from './appeal-hand-in.ts';
import { keepPublished, openTestService, type TestService } from './fixtures.ts';

/**
 * QA s11 HIGH 1–3 and MEDIUM 7: a case whose opening document leaves it (moved to another case, marked
 * as mail for another body or as a duplicate) is given up as opened in error — out of every queue, its
 * deadlines closed, its unsent acknowledgement withdrawn, a posted one pointed out — and every
 * consequence reaches the event feed; the journal of the case it left keeps its registration.
 */
let service: TestService;
let published: PostmottakEvent[];
const mailroom = { person: 'mailroom', role: 'archivist' as const };

const handInAppeal = (lines: string[], fileName: string) => handInOne(service, lines, fileName);

beforeAll(async () => {
  service = await openTestService();
  published = keepPublished(service);
});
afterAll(async () => {
  await service?.close();
});

const inject = (method: 'GET' | 'POST', url: string, payload?: object) => service.app.inject({ method, url, headers: service.as('archivist'), ...(payload ? { payload } : {}) });
const caseView = async (caseId: string) => CaseView.parse((await inject('GET', `/api/v1/cases/${caseId}`)).json());
const lettersOf = async (caseId: string) => OutboxList.parse((await inject('GET', `/api/v1/outbox?case=${caseId}`)).json()).letters;
const unassigned = async (area: string) => ((await inject('GET', `/api/v1/queues/unassigned/${area}`)).json() as { items?: { caseId?: string }[] }).items?.map((i) => i.caseId) ?? [];

function expectGivenUp(view: CaseView, cause: string) {
  expect(view.case).toMatchObject({ open: false, noarkStatus: 'U', queue: null, handlerId: null, givenUp: { reason: 'opened_in_error', cause } });
  expect(view.deadlines.filter((d) => d.status === 'open')).toEqual([]);
  expect(view.journal.map((l) => l.event)).toContain('CaseGivenUp');
}

describe('a case whose opening document is moved to another case', () => {
  it('is given up: out of the queue, deadlines closed, acknowledgement withdrawn; the feed hears each consequence; the journal keeps the registration', async () => {
    const appeal = await handInAppeal(appealBy('Per Hansen', 'Storgata 5, 0155 Oslo', idFor(14, 2, 77)), 'feil-sak.pdf');
    const emptied = appeal.caseId!;
    const target = service.seeded.transfer.caseId!;
    expect(await unassigned('dental')).toContain(emptied);
    const [ack] = await lettersOf(emptied);
    expect(ack).toMatchObject({ kind: 'appeal_acknowledgement', status: 'ready' });
    const before = published.length;

    const response = await inject('POST', `/api/v1/documents/${appeal.documentId}/correction`, { case: target });
    expect(response.statusCode, response.body).toBe(200);
    const answer = CorrectionOutcome.parse(response.json());
    expect(answer.caseGivenUp).toMatchObject({ caseId: emptied, withdrawnLetters: [{ letterId: ack!.letterId, kind: 'appeal_acknowledgement' }], sentLetters: [], note: null });

    const left = await caseView(emptied);
    expectGivenUp(left, 'moved');
    expect(left.case.givenUp?.movedTo).toBe(answer.case?.caseNumber);
    // MEDIUM 7: the case it left keeps «Sak opprettet» from the registration, with the move beside it.
    const history = left.journal.find((l) => l.event === 'DocumentRegisteredBeforeMove');
    expect(history).toMatchObject({ documentId: appeal.documentId, details: { createdCase: true, documentType: 'appeal' } });
    expect(left.journal.map((l) => l.event)).toContain('DocumentMovedOut');
    // The case it went to registers it at the move, not at its first registration.
    const joined = await caseView(target);
    const line = joined.journal.find((l) => l.documentId === appeal.documentId && l.event === 'DocumentRegistered');
    expect(line!.at > left.journal.find((l) => l.event === 'DocumentRegisteredBeforeMove')!.at).toBe(true);

    expect(await unassigned('dental')).not.toContain(emptied);
    expect(await lettersOf(emptied)).toEqual([expect.objectContaining({ letterId: ack!.letterId, status: 'withdrawn', withdrawnReason: expect.stringContaining('opprettet ved feil') })]);
    expect(OutboxList.parse((await inject('GET', '/api/v1/outbox?status=ready')).json()).letters.map((l) => l.letterId)).not.toContain(ack!.letterId);
    // A closed case takes no more mail: nothing can be moved to it.
    expect((await inject('POST', `/api/v1/documents/${appeal.documentId}/correction`, { case: emptied })).statusCode).toBe(422);

    // HIGH 3: the feed follows.
    const events = published.slice(before);
    for (const event of events) expect(eventSchemas[event.type].safeParse(event).success, JSON.stringify(event)).toBe(true);
    expect(events.find((e) => e.type === 'ClassificationCorrected')?.detail).toMatchObject({ movedFrom: left.case.caseNumber, caseGivenUp: left.case.caseNumber });
    const closedOnLeft = events.filter((e) => e.type === 'DeadlineClosed' && e.caseId === emptied).map((e) => (e.detail as { kind: string }).kind).sort();
    // The preliminary reply was met by the acknowledgement; the processing time was still open, and closes.
    expect(closedOnLeft).toEqual(['case_processing']);
    const openedOnTarget = events.filter((e) => e.type === 'DeadlineOpened' && e.caseId === target).map((e) => (e.detail as { kind: string }).kind);
    expect(openedOnTarget).toEqual(expect.arrayContaining(['preliminary_reply', 'case_processing']));
    expect(events.find((e) => e.type === 'CaseRouted' && e.caseId === target)?.detail).toMatchObject({ queue: answer.document.queue });
    expect(events.find((e) => e.type === 'LetterReady' && e.caseId === emptied)?.detail).toMatchObject({ letterId: ack!.letterId, status: 'withdrawn' });
  });
});

describe('a document left on a case given up', () => {
  it('can only be moved on: a type correction is refused (422) and opens no deadline on the closed case', async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const id = idFor(11, 9, 74);
    const appeal = await handInAppeal(appealBy('Nils Moe', 'Ullevålsveien 4, 0165 Oslo', id), 'nils.pdf');
    const declarationLines = ['Tannlegesenteret Bryn', '', 'LEGEERKLÆRING', '', `Pasient: Nils Moe, fødselsnummer ${id}`, '', 'Diagnose: K05.3 Kronisk periodontitt (ICD-10).', 'Pasienten trenger omfattende tannbehandling. Funksjonsevnen er nedsatt.', '', 'Oslo, 14.03.2025', 'Eva Holm, lege'];
    const declaration = await handIn(service.runtime.context, mailroom, { bytes: await renderTextPdf([declarationLines]), fileName: 'nils-erklaering.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(declaration).toMatchObject({ status: 'routed', caseId: appeal.caseId });
    const target = service.seeded.transfer.caseId!;
    const moved = CorrectionOutcome.parse((await inject('POST', `/api/v1/documents/${appeal.documentId}/correction`, { case: target })).json());
    expect(moved.caseGivenUp?.documentsLeft).toEqual([declaration.documentId]);

    const before = published.length;
    const refused = await inject('POST', `/api/v1/documents/${declaration.documentId}/correction`, { documentType: 'appeal', decisionDate: '2025-03-03' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().detail).toMatch(/given up as opened in error.*moved to the right case/);
    expect(published.length).toBe(before);
    expectGivenUp(await caseView(appeal.caseId!), 'moved');
    // Moving it to the right case is what the archivist is told to do, and it is allowed.
    expect((await inject('POST', `/api/v1/documents/${declaration.documentId}/correction`, { case: target })).statusCode).toBe(200);
  });
});

describe('a case whose opening appeal is marked as forwarded or as a duplicate', () => {
  it('forwarded: given up; an acknowledgement already posted is pointed out to the archivist, not withdrawn', async () => {
    const appeal = await handInAppeal(appealBy('Anne Aas', 'Kirkeveien 2, 0368 Oslo', idFor(9, 6, 71)), 'til-nav.pdf');
    const [ack] = await lettersOf(appeal.caseId!);
    expect((await inject('POST', `/api/v1/outbox/${ack!.letterId}/sent`, { on: ack!.letterDate })).statusCode).toBe(200);
    const before = published.length;
    const response = await inject('POST', `/api/v1/documents/${appeal.documentId}/forwarded`, { recipient: 'NAV Klageinstans' });
    expect(response.statusCode, response.body).toBe(200);
    const answer = OutcomeView.parse(response.json());
    expect(answer.caseGivenUp).toMatchObject({ caseId: appeal.caseId, withdrawnLetters: [], sentLetters: [{ letterId: ack!.letterId, sentOn: ack!.letterDate }] });
    expect(answer.caseGivenUp?.note).toContain('allerede sendt');
    const view = await caseView(appeal.caseId!);
    expectGivenUp(view, 'forwarded');
    // The follow-up stays in the case's journal, where the archivist finds it after the answer is gone.
    expect(view.journal.find((l) => l.event === 'CaseGivenUp')?.details).toMatchObject({ note: answer.caseGivenUp?.note });
    expect((await lettersOf(appeal.caseId!))[0]?.status).toBe('sent');
    const events = published.slice(before);
    expect(events.find((e) => e.type === 'ClassificationCorrected')?.detail).toMatchObject({ outcome: 'forwarded', caseGivenUp: answer.caseGivenUp?.caseNumber });
    expect(events.some((e) => e.type === 'DeadlineClosed' && e.caseId === appeal.caseId)).toBe(true);
  });

  it('duplicate: given up, its acknowledgement withdrawn; while another appeal carries the case, it stays open', async () => {
    const first = await handInAppeal(appealBy('Ola Dahl', 'Bygdøy allé 9, 0257 Oslo', idFor(3, 4, 66)), 'forste.pdf');
    // A rescan (other bytes, the same letter) joins the same case by the national id.
    const rescan = await handInAppeal([...appealBy('Ola Dahl', 'Bygdøy allé 9, 0257 Oslo', idFor(3, 4, 66)), 'Kopi.'], 'andre.pdf');
    expect(rescan.caseId).toBe(first.caseId);
    // The opener marked a duplicate of the rescan: the rescan, an appeal, still carries the case.
    const kept = OutcomeView.parse((await inject('POST', `/api/v1/documents/${first.documentId}/duplicate`, { of: rescan.documentId })).json());
    expect(kept.caseGivenUp ?? null).toBeNull();
    expect((await caseView(first.caseId!)).case).toMatchObject({ open: true, noarkStatus: 'B' });

    const lone = await handInAppeal(appealBy('Lise Berg', 'Parkveien 1, 0350 Oslo', idFor(22, 8, 80)), 'lise.pdf');
    const marked = OutcomeView.parse((await inject('POST', `/api/v1/documents/${lone.documentId}/duplicate`, { of: first.documentId })).json());
    expect(marked.caseGivenUp).toMatchObject({ caseId: lone.caseId, withdrawnLetters: [expect.objectContaining({ kind: 'appeal_acknowledgement' })], note: null });
    expectGivenUp(await caseView(lone.caseId!), 'duplicate');
    expect((await lettersOf(lone.caseId!))[0]).toMatchObject({ status: 'withdrawn', withdrawnReason: expect.stringContaining('duplikat') });
  });

  it('carried by two appeals: the opener moved away first, then the other forwarded, the case is given up', async () => {
    const lines = appealBy('Kari Lie', 'Sognsveien 3, 0451 Oslo', idFor(5, 7, 72));
    const opener = await handInAppeal(lines, 'kari-a.pdf');
    const rescan = await handInAppeal([...lines, 'Kopi.'], 'kari-b.pdf');
    expect(rescan.caseId).toBe(opener.caseId);
    const moved = CorrectionOutcome.parse((await inject('POST', `/api/v1/documents/${opener.documentId}/correction`, { case: service.seeded.transfer.caseId! })).json());
    expect(moved.caseGivenUp ?? null).toBeNull();
    // A handler holds the case meanwhile: the giving up ends the claim, and the feed hears it released.
    const claim = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${opener.caseId}/claim`, headers: service.as('caseworker') });
    expect(claim.statusCode, claim.body).toBe(200);
    const before = published.length;
    const response = await inject('POST', `/api/v1/documents/${rescan.documentId}/forwarded`, { recipient: 'NAV Klageinstans' });
    expect(response.statusCode, response.body).toBe(200);
    expect(OutcomeView.parse(response.json()).caseGivenUp).toMatchObject({ caseId: opener.caseId, withdrawnLetters: [expect.objectContaining({ kind: 'appeal_acknowledgement' })] });
    expectGivenUp(await caseView(opener.caseId!), 'forwarded');
    expect(await unassigned('dental')).not.toContain(opener.caseId);
    const released = published.slice(before).find((e) => e.type === 'CaseReleased');
    expect(released).toMatchObject({ caseId: opener.caseId, detail: { handlerId: claim.json().claimedBy, area: 'dental' } });
    expect(eventSchemas.CaseReleased.safeParse(released).success).toBe(true);
  });
});

describe('a giving up that fails halfway', () => {
  /**
   * The giving up's write of the case's deadline book fails, as a lost connection would: the case is closed
   * by then, its deadlines not. (The mark itself writes the book first, taking the document's effect out.)
   */
  const failGivingUpDeadlineWrite = (caseId: string) => failDeadlineWrite(service, caseId, 2);

  it('is finished by repeating the mark: acknowledgement withdrawn, no deadline open, one journal line, the feed hears it; a third repeat is refused', async () => {
    const appeal = await handInAppeal(appealBy('Siri Vik', 'Thereses gate 8, 0358 Oslo', idFor(17, 10, 79)), 'siri.pdf');
    const caseId = appeal.caseId!;
    const [ack] = await lettersOf(caseId);
    failGivingUpDeadlineWrite(caseId);
    const forwarded = { recipient: 'NAV Klageinstans' };
    const failed = await inject('POST', `/api/v1/documents/${appeal.documentId}/forwarded`, forwarded);
    expect(failed.statusCode).toBe(500);
    // Halfway: the case is closed, its acknowledgement still ready to post, no journal line yet.
    const halfway = await caseView(caseId);
    expect(halfway.case).toMatchObject({ open: false, noarkStatus: 'U' });
    expect(halfway.journal.map((l) => l.event)).not.toContain('CaseGivenUp');
    expect((await lettersOf(caseId))[0]?.status).toBe('ready');

    const before = published.length;
    const retried = await inject('POST', `/api/v1/documents/${appeal.documentId}/forwarded`, forwarded);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(OutcomeView.parse(retried.json()).caseGivenUp).toMatchObject({ caseId, withdrawnLetters: [{ letterId: ack!.letterId }] });
    const view = await caseView(caseId);
    expectGivenUp(view, 'forwarded');
    expect(view.journal.filter((l) => l.event === 'CaseGivenUp')).toHaveLength(1);
    expect((await lettersOf(caseId))[0]).toMatchObject({ status: 'withdrawn' });
    const events = published.slice(before);
    expect(events.find((e) => e.type === 'ClassificationCorrected')?.detail).toMatchObject({ outcome: 'forwarded', caseGivenUp: view.case.caseNumber });
    expect(events.find((e) => e.type === 'LetterReady' && e.caseId === caseId)?.detail).toMatchObject({ letterId: ack!.letterId, status: 'withdrawn' });
    // Finished: the same mark once more has nothing left to do, and is refused as before.
    expect((await inject('POST', `/api/v1/documents/${appeal.documentId}/forwarded`, forwarded)).statusCode).toBe(409);
  });

  it('a mark finished on retry publishes the DeadlineClosed of the deadlines the mark closed, and writes the document\'s audit line once', async () => {
    const ok = await handInAppeal(appealBy('Liv Dahl', 'Kirkeveien 5, 0368 Oslo', idFor(5, 5, 75)), 'liv.pdf');
    let before = published.length;
    expect((await inject('POST', `/api/v1/documents/${ok.documentId}/forwarded`, { recipient: 'NAV Klageinstans' })).statusCode).toBe(200);
    const closedKinds = (caseId: string) => published.slice(before).filter((e) => e.type === 'DeadlineClosed' && e.caseId === caseId).map((e) => (e.detail as { kind: string }).kind).sort();
    const once = closedKinds(ok.caseId!);
    expect(once).toEqual(['case_processing']);
    const appeal = await handInAppeal(appealBy('Tor Aas', 'Markveien 2, 0554 Oslo', idFor(12, 6, 82)), 'tor.pdf');
    failGivingUpDeadlineWrite(appeal.caseId!);
    before = published.length;
    expect((await inject('POST', `/api/v1/documents/${appeal.documentId}/forwarded`, { recipient: 'NAV Klageinstans' })).statusCode).toBe(500);
    expect((await inject('POST', `/api/v1/documents/${appeal.documentId}/forwarded`, { recipient: 'NAV Klageinstans' })).statusCode).toBe(200);
    // The mark's own (case_processing) beside those the giving up closed, each heard once.
    const retried = closedKinds(appeal.caseId!);
    expect(retried).toEqual(expect.arrayContaining(once));
    expect(new Set(retried).size).toBe(retried.length);
    const trail = await auditTrail(service.runtime.context.db, { documentId: appeal.documentId });
    expect(trail.filter((entry) => entry.event === 'MailForwarded')).toHaveLength(1);
  });

  it('a ready letter of a case closed halfway is not marked sent (422 naming the case)', async () => {
    const appeal = await handInAppeal(appealBy('Eva Lund', 'Parkveien 3, 0350 Oslo', idFor(9, 11, 81)), 'eva.pdf');
    const caseId = appeal.caseId!;
    const [ack] = await lettersOf(caseId);
    failGivingUpDeadlineWrite(caseId);
    expect((await inject('POST', `/api/v1/documents/${appeal.documentId}/forwarded`, { recipient: 'NAV Klageinstans' })).statusCode).toBe(500);
    expect((await lettersOf(caseId))[0]?.status).toBe('ready');
    const refused = await inject('POST', `/api/v1/outbox/${ack!.letterId}/sent`, { on: ack!.letterDate });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().detail).toContain((await caseView(caseId)).case.caseNumber);
    expect((await lettersOf(caseId))[0]?.status).toBe('ready');
  });
});

describe('the feed and the case after a type or an area correction', () => {
  it('a type correction closes the deadlines the old type opened, on the feed too', async () => {
    const appeal = await handInAppeal(appealBy('Kari Holm', 'Torggata 3, 0181 Oslo', idFor(11, 5, 70)), 'engelsk.pdf');
    const before = published.length;
    const response = await inject('POST', `/api/v1/documents/${appeal.documentId}/correction`, { documentType: 'reopening_request' });
    expect(response.statusCode, response.body).toBe(200);
    const closed = published.slice(before).filter((e) => e.type === 'DeadlineClosed' && e.caseId === appeal.caseId).map((e) => (e.detail as { kind: string }).kind);
    expect(closed).toEqual(['case_processing']);
    const view = await caseView(appeal.caseId!);
    expect(view.deadlines.filter((d) => d.kind === 'case_processing')).toEqual([]);
    // The first journal line says what happened then: the case was opened by an appeal; the correction has its own line.
    expect(view.journal.find((l) => l.event === 'CaseCreated')?.details).toMatchObject({ documentType: 'appeal' });
    expect(view.documents.find((d) => d.documentId === appeal.documentId)).toMatchObject({ documentType: 'reopening_request', registeredDocumentType: 'appeal' });
    expect(view.journal.map((l) => l.event)).toContain('ClassificationCorrected');
  });

  it("refuses an area correction on a linked document (it takes its case's area); on the opener the whole case moves, on the feed too", async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const { declarationOnKarisCase } = await import('./fixtures.ts');
    const transfer = service.seeded.transfer;
    const declaration = await handIn(service.runtime.context, mailroom, { bytes: await renderTextPdf([declarationOnKarisCase]), fileName: 'erklaering.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(declaration).toMatchObject({ status: 'routed', caseId: transfer.caseId });
    const refused = await inject('POST', `/api/v1/documents/${declaration.documentId}/correction`, { area: 'sick_pay' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain(transfer.documentId);
    expect((await caseView(transfer.caseId!)).case.area).toBe('dental');

    const before = published.length;
    const moved = CorrectionOutcome.parse((await inject('POST', `/api/v1/documents/${transfer.documentId}/correction`, { area: 'sick_pay' })).json());
    expect(moved.case).toMatchObject({ area: 'sick_pay', queue: 'unassigned/sick_pay' });
    expect(moved.case!.title).toContain('Sykepenger');
    expect(moved.case!.keywords).toContain('sykepenger');
    expect(moved.case!.keywords).not.toContain('tannbehandling');
    expect(published.slice(before).find((e) => e.type === 'CaseRouted')?.detail).toMatchObject({ queue: 'unassigned/sick_pay', area: 'sick_pay' });
  });
});
