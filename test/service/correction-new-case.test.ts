import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
/** The case numbered `step` after `caseId` (2025-00004, 1 → 2025-00005). */
const caseAfter = (caseId: string, step: number) => {
  const [year, n] = caseId.split('-').map(Number) as [number, number];
  return `${year}-${String(n + step).padStart(5, '0')}`;
};
const caseExists = async (caseId: string) => (await inject('GET', `/api/v1/cases/${caseId}`)).statusCode === 200;

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
    // No number was taken: the next case number is still free.
    expect(await caseExists(caseAfter(appeal.caseId!, 1))).toBe(false);
  });

  it('after moving on to an existing case, a new "case": "new" opens a fresh case, not the given-up one (rv H1)', async () => {
    const appeal = await handInAppeal(appealBy('Siri Holm', 'Thereses gate 7, 0358 Oslo', idFor(4, 5, 87)), 'siri.pdf');
    const transfer = service.seeded.transfer.caseId!;
    const first = CorrectionOutcome.parse((await correct(appeal.documentId, { case: 'new' })).json()).case!.caseId;
    expect((await correct(appeal.documentId, { case: transfer })).statusCode).toBe(200);
    expect((await caseView(first)).case.open).toBe(false);
    const again = await correct(appeal.documentId, { case: 'new' });
    expect(again.statusCode, again.body).toBe(200);
    const opened = CorrectionOutcome.parse(again.json()).case!.caseId;
    expect(opened).not.toBe(first);
    const view = await caseView(opened);
    expect(view.case).toMatchObject({ open: true, queue: 'unassigned/dental' });
    expect(view.documents.map((d) => d.documentId)).toEqual([appeal.documentId]);
    expect((await caseView(first)).case).toMatchObject({ open: false, noarkStatus: 'U' });
  });

  it('sent twice at once makes one case: the second writes nothing (rv H2)', async () => {
    const appeal = await handInAppeal(appealBy('Kari Nes', 'Munkegata 1, 7013 Trondheim', idFor(2, 2, 82)), 'kari.pdf');
    const answers = await Promise.all([correct(appeal.documentId, { case: 'new' }), correct(appeal.documentId, { case: 'new' })]);
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect([200, 409]).toContain(statuses[1]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) expect(refused.headers['content-type']).toContain('application/problem+json');
    const opened = ((await inject('GET', `/api/v1/documents/${appeal.documentId}`)).json() as { caseId: string }).caseId;
    expect((await caseView(opened)).case.open).toBe(true);
    // No second case beside it, with running deadlines and no document.
    expect(await caseExists(caseAfter(opened, 1))).toBe(false);
  });

  it('a failure between taking the number and recording it: the repeat takes that number, no empty case is left (rv M1)', async () => {
    const appeal = await handInAppeal(appealBy('Eva Lund', 'Torggata 5, 0181 Oslo', idFor(14, 6, 80)), 'eva.pdf');
    const client = service.runtime.context.db.client;
    const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
    const spy = vi.spyOn(client, 'send').mockImplementation(((command: unknown) => {
      if (command instanceof UpdateCommand && JSON.stringify(command.input).includes('newCaseByCorrection')) {
        spy.mockRestore();
        return Promise.reject(Object.assign(new Error('connection lost'), { name: 'TimeoutError' }));
      }
      return send(command);
    }) as never);
    expect((await correct(appeal.documentId, { case: 'new' })).statusCode).toBe(500);
    const retried = await correct(appeal.documentId, { case: 'new' });
    expect(retried.statusCode, retried.body).toBe(200);
    // The number the failed attempt took is the one answered: the next after the intake case.
    expect(CorrectionOutcome.parse(retried.json()).case!.caseId).toBe(caseAfter(appeal.caseId!, 1));
    expect(await caseExists(caseAfter(appeal.caseId!, 2))).toBe(false);
  });

  it('a lost answer repeated writes the labelled example once (rv M2)', async () => {
    const appeal = await handInAppeal(appealBy('Tone Vik', 'Kongens gate 3, 7011 Trondheim', idFor(9, 9, 79)), 'tone.pdf');
    const body = { case: 'new', documentType: 'appeal_deadline_interrupting' };
    for (const repeat of [body, body, { case: 'new' }]) expect((await correct(appeal.documentId, repeat)).statusCode).toBe(200);
    const lines = (await readFile(path.join(service.dataDir, 'examples', 'decisions.jsonl'), 'utf8')).split('\n').filter((l) => l.includes(appeal.documentId));
    expect(lines).toHaveLength(1);
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
    // The retry is the same request, the type included, as the page resubmits its form (rv H3).
    const retried = await correct(appeal.documentId, body);
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
    expect((await correct(appeal.documentId, body)).statusCode).toBe(400);
  });

  it('to a new case, with the type in the same request: the same request again finishes it (rv H3)', async () => {
    const appeal = await handInAppeal(appealBy('Nina Dahl', 'Storgata 2, 0155 Oslo', idFor(11, 5, 81)), 'nina.pdf');
    const left = appeal.caseId!;
    failDeadlineWrite(service, left, 2);
    const body = { case: 'new', documentType: 'appeal_deadline_interrupting' };
    expect((await correct(appeal.documentId, body)).statusCode).toBe(500);
    const retried = await correct(appeal.documentId, body);
    expect(retried.statusCode, retried.body).toBe(200);
    const answer = CorrectionOutcome.parse(retried.json());
    expect(answer.caseGivenUp).toMatchObject({ caseId: left });
    const leftView = await caseView(left);
    expect(leftView.case).toMatchObject({ open: false, noarkStatus: 'U' });
    expect(leftView.journal.filter((l) => l.event === 'CaseGivenUp')).toHaveLength(1);
    // One acknowledgement goes out: the new case's; the left case's is withdrawn.
    expect((await lettersOf(left)).map((l) => l.status)).toEqual(['withdrawn']);
    expect(await lettersOf(answer.case!.caseId)).toEqual([expect.objectContaining({ status: 'ready' })]);
  });
});
