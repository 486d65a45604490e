import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failDeadlineWrite } from '../support/failed-deadline-write.ts';
import { CaseView } from '#schemas/api';
import { CorrectionOutcome } from '#schemas/archive-work';
import { OutboxList } from '#schemas/outbox';
import { eventSchemas, type PostmottakEvent } from '#schemas/events';
import { idFor } from '../support/national-ids.ts';
import { appealBy, handInAppeal as handInOne } from './appeal-hand-in.ts';
import { keepPublished, openTestService, type TestService } from './fixtures.ts';

/**
 * Session 12's gap: SPEC.md lets a correction say that a routed document opens its own case
 * (`"case": "new"`), and nothing built it. The new case gets its number, parties, deadlines from the
 * document's received date, its area's unassigned queue and the acknowledgement, as any new case; the
 * case it left is handled as a move is; a repeat makes no second case. And (case13 item 4) a move whose
 * giving up failed halfway is finished by repeating it, the labelled example included.
 */
let service: TestService;
let published: PostmottakEvent[];

beforeAll(async () => {
  service = await openTestService();
  published = keepPublished(service);
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const handInAppeal = (lines: string[], fileName: string) => handInOne(service, lines, fileName);
const inject = (method: 'GET' | 'POST', url: string, payload?: object) => service.app.inject({ method, url, headers: service.as('archivist'), ...(payload ? { payload } : {}) });
const caseView = async (caseId: string) => CaseView.parse((await inject('GET', `/api/v1/cases/${caseId}`)).json());
const lettersOf = async (caseId: string) => OutboxList.parse((await inject('GET', `/api/v1/outbox?case=${caseId}`)).json()).letters;
const unassigned = async (area: string) => ((await inject('GET', `/api/v1/queues/unassigned/${area}`)).json() as { items?: { caseId?: string }[] }).items?.map((i) => i.caseId) ?? [];
const correct = async (documentId: string, body: object) => inject('POST', `/api/v1/documents/${documentId}/correction`, body);

describe('a correction that moves a document to a new case', () => {
  it('opens the case as intake would (number, parties, deadlines, queue, acknowledgement, events) and the case it left is given up', async () => {
    const appeal = await handInAppeal(appealBy('Nora Berg', 'Bogstadveien 9, 0355 Oslo', idFor(3, 4, 88)), 'nora.pdf');
    const left = appeal.caseId!;
    const before = published.length;

    const response = await correct(appeal.documentId, { case: 'new' });
    expect(response.statusCode, response.body).toBe(200);
    const answer = CorrectionOutcome.parse(response.json());
    const opened = answer.case!;
    expect(opened.caseId).not.toBe(left);
    expect(answer.changes.case).toEqual({ from: left.replace('-', '/'), to: opened.caseNumber });
    expect(answer.caseGivenUp).toMatchObject({ caseId: left });

    const view = await caseView(opened.caseId);
    expect(view.case).toMatchObject({ open: true, area: 'dental', status: 'NY' });
    // SPEC.md's deadlines from the received day, Fri 2025-03-21: one month ends on Easter Monday → Tue 22 April; three months on a Saturday → Mon 23 June.
    const due = Object.fromEntries(view.deadlines.filter((d) => d.status !== 'closed').map((d) => [d.kind, d.due]));
    expect(due).toMatchObject({ preliminary_reply: '2025-04-22', case_processing: '2025-06-23' });
    expect(due.appeal_deadline).toBeDefined();
    expect(view.parties).toContainEqual(expect.objectContaining({ role: 'appellant', name: 'Nora Berg' }));
    expect(view.documents).toEqual([expect.objectContaining({ documentId: appeal.documentId, createdCase: true })]);
    expect(await unassigned('dental')).toContain(opened.caseId);
    expect(await lettersOf(opened.caseId)).toEqual([expect.objectContaining({ kind: 'appeal_acknowledgement', status: 'ready' })]);
    // The case it left is given up, as when its opener is moved to an existing case.
    expect((await caseView(left)).case).toMatchObject({ open: false, noarkStatus: 'U', givenUp: { cause: 'moved', movedTo: opened.caseNumber } });

    const events = published.slice(before);
    for (const event of events) expect(eventSchemas[event.type].safeParse(event).success, JSON.stringify(event)).toBe(true);
    expect(events.find((e) => e.type === 'CaseCreated')).toMatchObject({ caseId: opened.caseId, documentId: appeal.documentId });
    expect(events.find((e) => e.type === 'ClassificationCorrected')?.detail).toMatchObject({ movedFrom: left.replace('-', '/'), caseGivenUp: left.replace('-', '/') });
    expect(events.filter((e) => e.type === 'DeadlineOpened' && e.caseId === opened.caseId).length).toBeGreaterThanOrEqual(2);
    expect(events.find((e) => e.type === 'CaseRouted' && e.caseId === opened.caseId)?.detail).toMatchObject({ queue: 'unassigned/dental' });

    // Repeated (a lost answer): the same case answered, no second one, one acknowledgement.
    const again = await correct(appeal.documentId, { case: 'new' });
    expect(again.statusCode, again.body).toBe(200);
    expect(CorrectionOutcome.parse(again.json()).case?.caseId).toBe(opened.caseId);
    expect(await lettersOf(opened.caseId)).toHaveLength(1);
    expect((await unassigned('dental')).filter((id) => id === opened.caseId)).toHaveLength(1);
  });

  it('leaves an existing case it joined by mistake to that case, and the document opens its own', async () => {
    const appeal = await handInAppeal(appealBy('Ola Strand', 'Karl Johans gate 1, 0154 Oslo', idFor(8, 9, 86)), 'ola.pdf');
    const transfer = service.seeded.transfer.caseId!;
    expect((await correct(appeal.documentId, { case: transfer })).statusCode).toBe(200);
    const response = await correct(appeal.documentId, { case: 'new' });
    expect(response.statusCode, response.body).toBe(200);
    const answer = CorrectionOutcome.parse(response.json());
    expect(answer.caseGivenUp).toBeNull();
    expect((await caseView(transfer)).case.open).toBe(true);
    expect((await caseView(transfer)).documents.map((d) => d.documentId)).not.toContain(appeal.documentId);
    const opened = await caseView(answer.case!.caseId);
    // A case of its own, not the one the appeal opened at intake (given up when it was moved to the transfer's).
    expect(opened.case.open).toBe(true);
    expect(opened.documents).toEqual([expect.objectContaining({ documentId: appeal.documentId, createdCase: true })]);
    expect(answer.case!.caseId).not.toBe(appeal.caseId);
    expect(opened.journal.map((l) => l.event)).toContain('CaseCreated');
  });

  it('is refused for a type that must be linked to a case (422), and nothing is made', async () => {
    const appeal = await handInAppeal(appealBy('Per Lie', 'Grensen 3, 0159 Oslo', idFor(21, 2, 84)), 'per.pdf');
    const refused = await correct(appeal.documentId, { case: 'new', documentType: 'medical_declaration' });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await caseView(appeal.caseId!)).case.open).toBe(true);
  });
});

describe('a move whose giving up failed halfway', () => {
  it('is finished by repeating it: the case it left given up, the feed told, the labelled example written', async () => {
    const appeal = await handInAppeal(appealBy('Rita Moe', 'Pilestredet 4, 0164 Oslo', idFor(6, 7, 83)), 'rita.pdf');
    const left = appeal.caseId!;
    const transfer = service.seeded.transfer.caseId!;
    // The move's own rewrite of the case's book is the first write; the giving up's is the second.
    failDeadlineWrite(service, left, 2);
    const body = { case: transfer, documentType: 'appeal_deadline_interrupting' };
    expect((await correct(appeal.documentId, body)).statusCode).toBe(500);
    expect((await caseView(left)).journal.map((l) => l.event)).not.toContain('CaseGivenUp');

    const before = published.length;
    // The retry names only the case, as the page sends it again.
    const retried = await correct(appeal.documentId, { case: transfer });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(CorrectionOutcome.parse(retried.json()).caseGivenUp).toMatchObject({ caseId: left });
    const leftView = await caseView(left);
    expect(leftView.case).toMatchObject({ open: false, noarkStatus: 'U' });
    expect(leftView.journal.filter((l) => l.event === 'CaseGivenUp')).toHaveLength(1);
    expect(published.slice(before).find((e) => e.type === 'ClassificationCorrected')?.detail).toMatchObject({ movedFrom: left.replace('-', '/'), caseGivenUp: left.replace('-', '/'), documentType: 'appeal_deadline_interrupting' });
    const { listExamples } = await import('../../functions/commons/store/examples.ts');
    const examples = await listExamples(service.runtime.context.db, { kind: 'correction', limit: 100, withText: false });
    expect(examples.filter((e) => e.documentId === appeal.documentId)).toEqual([expect.objectContaining({ archivist: expect.objectContaining({ documentType: 'appeal_deadline_interrupting', caseId: transfer }) })]);
    // Finished: nothing is left, and the same correction once more changes nothing.
    expect((await correct(appeal.documentId, { case: transfer })).statusCode).toBe(400);
  });
});
