import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import type { CaseView, DocumentView } from '#schemas/api';
import { dynamoDocuments } from '../../functions/commons/store/repositories.ts';
import { personId } from '../registry/fixtures.ts';
import { kari, openTestService, type TestService } from './fixtures.ts';
import { auditTrail } from '../../functions/commons/store/audit.ts';
import { expectProblem } from '../support/problem-response.ts';
import { unsureInReview } from '../support/in-review.ts';

/**
 * QA session 12, M2: an archivist's decision was recorded under the document only, and the
 * registration replaced the review record that held it, so the case's journal said «– postmottak»
 * and GET /documents/{id} had `decision: null`. The person who decided, and the dates they typed,
 * must be on the record where the archivist and the case handler look.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const inReview = (overrides: Parameters<typeof unsureInReview>[1]) => unsureInReview(service, overrides);

describe("an archivist's decision on the record", () => {
  it('names the archivist and the dates they typed on the document and in the journal of the case it opened', async () => {
    const anna = await service.person('Anna Arkivar', 'archivist');
    const appeal = await inReview({ documentType: 'appeal', fields: { nationalIds: [personId(821)], decisionDate: null } });
    const decided = await service.app.inject({
      method: 'POST',
      url: `/api/v1/review/${appeal.documentId}/decision`,
      headers: anna,
      payload: { documentType: 'appeal', area: 'dental', fields: { decisionDate: '2025-03-03', decisionReceivedDate: '2025-03-05' } },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const caseId = (decided.json() as { result: ProcessResult }).result.caseId!;

    const doc = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${appeal.documentId}`, headers: anna })).json() as DocumentView;
    expect(doc.decision).toMatchObject({ archivist: 'Anna Arkivar', documentType: 'appeal', area: 'dental', decisionDate: '2025-03-03', decisionReceivedDate: '2025-03-05' });

    const view = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: anna })).json() as CaseView;
    expect(view.journal).toContainEqual(
      expect.objectContaining({ event: 'ArchivistDecision', actor: 'Anna Arkivar', documentId: appeal.documentId, details: expect.objectContaining({ caseId, decisionDate: '2025-03-03', decisionReceivedDate: '2025-03-05' }) }),
    );
  });

  it('names the archivist in the journal of the existing case they put the document on', async () => {
    const bjorn = await service.person('Bjørn Arkivar', 'archivist');
    const caseId = service.seeded.transfer.caseId!;
    const declaration = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [personId(822)] } });
    const decided = await service.app.inject({ method: 'POST', url: `/api/v1/review/${declaration.documentId}/decision`, headers: bjorn, payload: { documentType: 'medical_declaration', area: 'dental', case: caseId, confirmOtherPerson: true } });
    expect(decided.statusCode, decided.body).toBe(200);
    const view = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: bjorn })).json() as CaseView;
    const lines = view.journal.filter((line) => line.documentId === declaration.documentId && line.event === 'ArchivistDecision');
    expect(lines).toEqual([expect.objectContaining({ actor: 'Bjørn Arkivar', details: expect.objectContaining({ documentType: 'medical_declaration', caseId }) })]);
    // The case's people differed and Bjørn confirmed it: the audit line says so, and names no one's id (case13 item 2).
    expect(lines[0]!.details).toMatchObject({ confirmedOtherPerson: true });
    expect(JSON.stringify(lines[0])).not.toContain(personId(822));
    const own = await auditTrail(service.runtime.context.db, { documentId: declaration.documentId });
    expect(own.find((entry) => entry.event === 'ArchivistDecision')?.details).toMatchObject({ confirmedOtherPerson: true });
  });

  it('does not say a case was confirmed as another person’s when the archivist confirmed one that was not', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const karis = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [kari] } });
    const decided = await service.app.inject({ method: 'POST', url: `/api/v1/review/${karis.documentId}/decision`, headers: service.as('archivist'), payload: { documentType: 'medical_declaration', area: 'dental', case: caseId, confirmOtherPerson: true } });
    expect(decided.statusCode, decided.body).toBe(200);
    const view = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: service.as('archivist') })).json() as CaseView;
    const line = view.journal.find((entry) => entry.documentId === karis.documentId && entry.event === 'ArchivistDecision');
    expect(line?.details).toBeDefined();
    expect(line!.details).not.toHaveProperty('confirmedOtherPerson');
  });

  it('tells a second archivist who decided first, naming the document by its file name as well (QA s12 L5)', async () => {
    const bjorn = await service.person('Berit Arkivar', 'archivist');
    const declaration = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [personId(823)] } });
    // Anna's decision is recorded and its execution is still under way: the document is still in review.
    expect(await dynamoDocuments(service.runtime.context.db).recordDecision({ documentId: declaration.documentId, archivist: 'Anna Arkivar', decidedAt: new Date().toISOString() }, null)).toBe(true);
    const body = { documentType: 'medical_declaration', area: 'dental', case: service.seeded.transfer.caseId! };
    const url = `/api/v1/review/${declaration.documentId}/decision`;
    const second = await service.app.inject({ method: 'POST', url, headers: { ...bjorn, 'accept-language': 'nb' }, payload: body });
    expect(expectProblem(second, 409).detail).toBe(`Dokument ${declaration.documentId} (${declaration.file}) er allerede avgjort av Anna Arkivar.`);
  });
});
