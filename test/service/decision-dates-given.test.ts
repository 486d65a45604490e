import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { personId } from '../registry/fixtures.ts';
import { kari, openTestService, type TestService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';
import { unsureInReview } from '../support/in-review.ts';

/**
 * QA review of the decision-date checks (session 9): a decision was refused for a date the machine
 * read on a type no deadline counts from (a medical declaration), with nothing on the page to fix it;
 * a correction was refused for a date it could not change (the day the decision was received); a
 * received day still to come was refused by a correction in other words and status than by the intake.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  service.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const nb = () => ({ ...service.as('archivist'), 'accept-language': 'nb' });

/** A document the machine was unsure of, in review, as the pipeline leaves it (received 20.03.2025). */
const inReview = (overrides: Parameters<typeof unsureInReview>[1]) => unsureInReview(service, overrides);

describe('a decision on a document with a decision date read after the day the mail was received', () => {
  it('is made for a medical declaration: no deadline counts from its date, so the date read does not stop it', async () => {
    const declaration = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [kari], decisionDate: '2025-04-15' } });
    const response = await inject('POST', `/api/v1/review/${declaration.documentId}/decision`, service.as('archivist'), { documentType: 'medical_declaration', area: 'dental', case: service.seeded.transfer.caseId! });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as { result: ProcessResult }).result).toMatchObject({ status: 'routed', caseId: service.seeded.transfer.caseId });
  });

  it('clears the misread date when the archivist gives it as null', async () => {
    const declaration = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [kari], decisionDate: '2025-04-15' } });
    const response = await inject('POST', `/api/v1/review/${declaration.documentId}/decision`, service.as('archivist'), { case: service.seeded.transfer.caseId!, fields: { decisionDate: null } });
    expect(response.statusCode, response.body).toBe(200);
    const doc = (await inject('GET', `/api/v1/documents/${declaration.documentId}`, service.as('archivist'))).json();
    expect(doc.fields.decisionDate).toBeNull();
  });

  it('still refuses a date the archivist gives after the received day, whatever the type', async () => {
    const declaration = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [personId(813)], decisionDate: null } });
    const refused = await inject('POST', `/api/v1/review/${declaration.documentId}/decision`, nb(), { case: service.seeded.transfer.caseId!, fields: { decisionDate: '2025-04-15' } });
    expect(expectProblem(refused, 422).detail).toBe('Vedtaksdatoen 15.04.2025 er etter dagen posten ble mottatt, 20.03.2025.');
  });

  it('is refused for an appeal until the date is put right, since its deadline counts from it', async () => {
    const appeal = await inReview({ documentType: 'appeal', fields: { nationalIds: [personId(814)], decisionDate: '2025-04-15' } });
    const url = `/api/v1/review/${appeal.documentId}/decision`;
    expect(expectProblem(await inject('POST', url, nb(), { documentType: 'appeal', area: 'dental' }), 422).detail).toBe('Vedtaksdatoen 15.04.2025 er etter dagen posten ble mottatt, 20.03.2025.');
    const response = await inject('POST', url, service.as('archivist'), { documentType: 'appeal', area: 'dental', fields: { decisionDate: '2025-02-15' } });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as { result: ProcessResult }).result.deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-03-31', missed: false });
  });

  it('names the deadline of the type: «ankefristen» for a tribunal appeal left without its date', async () => {
    const tribunal = await inReview({ documentType: 'tribunal_appeal', fields: { nationalIds: [personId(815)], decisionDate: null } });
    const url = `/api/v1/review/${tribunal.documentId}/decision`;
    const body = { documentType: 'tribunal_appeal', area: 'dental', case: service.seeded.transfer.caseId! };
    expect(expectProblem(await inject('POST', url, nb(), body), 422).detail).toBe(
      'Anke til Trygderetten trenger datoen for vedtaket den gjelder (Vedtaksdato, eller Vedtak mottatt): ankefristen regnes fra den. Legg inn datoen.',
    );
    expect(expectProblem(await inject('POST', url, service.as('archivist'), body), 422).detail).toMatch(/^The appeal to Trygderetten needs the date .*: the deadline for appealing to Trygderetten counts from it/);
  });
});

describe('a correction of the decision dates', () => {
  let routed: ProcessResult;
  beforeAll(async () => {
    const appeal = await inReview({ documentType: 'appeal', fields: { nationalIds: [personId(821)], decisionDate: '2025-01-10' } });
    routed = (await inject('POST', `/api/v1/review/${appeal.documentId}/decision`, service.as('archivist'), { documentType: 'appeal', area: 'dental' })).json().result;
    expect(routed.deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-02-21', missed: true });
  });

  it('sets the day the decision was received, and the appeal deadline counts from it', async () => {
    const response = await inject('POST', `/api/v1/documents/${routed.documentId}/correction`, service.as('archivist'), { decisionReceivedDate: '2025-02-10' });
    expect(response.statusCode, response.body).toBe(200);
    const corrected = response.json() as { document: { fields: { decisionReceivedDate: string | null }; deadlines?: unknown }; changes: Record<string, unknown> };
    expect(corrected.changes.decisionReceivedDate).toEqual({ from: null, to: '2025-02-10' });
    const doc = (await inject('GET', `/api/v1/documents/${routed.documentId}`, service.as('archivist'))).json();
    expect(doc.fields.decisionReceivedDate).toBe('2025-02-10');
    // 10.02.2025 + 6 weeks = 24.03.2025: the appeal of 20.03.2025 is in time now.
    expect(doc.deadlines).toContainEqual(expect.objectContaining({ kind: 'appeal_deadline', due: '2025-03-24', missed: false }));
  });

  it('refuses a day the decision was received after the mail was (422, en and nb)', async () => {
    const refused = await inject('POST', `/api/v1/documents/${routed.documentId}/correction`, nb(), { decisionReceivedDate: '2025-04-01' });
    expect(expectProblem(refused, 422).detail).toBe('Datoen vedtaket ble mottatt 01.04.2025 er etter dagen posten ble mottatt, 20.03.2025.');
  });

  it('refuses a received day still to come as the intake does (400, the same words)', async () => {
    const correction = await inject('POST', `/api/v1/documents/${routed.documentId}/correction`, nb(), { receivedDate: '2099-01-01' });
    const intake = await service.app.inject({ method: 'POST', url: '/api/v1/intake?fileName=x.pdf&received=2099-01-01', headers: { ...nb(), 'content-type': 'application/pdf' }, payload: service.transferPdf });
    expect(expectProblem(correction, 400).detail).toBe(expectProblem(intake, 400).detail);
  });
});
