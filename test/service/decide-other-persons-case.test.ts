import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { personId } from '../registry/fixtures.ts';
import { unsureInReview } from '../support/in-review.ts';
import { kari, openTestService, type TestService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';
import { otherPersonsCaseProblem } from '#schemas/problem-types';

/**
 * QA session 12 M3: `review decide … --case C` put one person's appeal on another person's case without
 * a word. A chosen case whose people's ids do not include the document's, or whose references are none
 * of the document's, is refused (422) unless the archivist confirms it.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const decide = (documentId: string, payload: Record<string, unknown>, language = 'en') =>
  service.app.inject({ method: 'POST', url: `/api/v1/review/${documentId}/decision`, headers: { ...service.as('archivist'), 'accept-language': language }, payload });

const inReview = (overrides: Parameters<typeof unsureInReview>[1]) => unsureInReview(service, overrides);

describe("a decision onto another person's case", () => {
  it('is refused, naming the national id that is none of the case people’s, and nothing is written; confirmed, it is made', async () => {
    const transfer = service.seeded.transfer;
    const other = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [personId(931)] } });
    const refused = expectProblem(await decide(other.documentId, { case: transfer.caseId! }), 422);
    expect(refused.detail).toMatch(/^Case \d{4}\/\d{5} looks like another person's: the national id read from the document is none of the case's people's\./);
    expect(refused.detail).not.toContain(personId(931));
    // Its own type, so a client (the page) can offer the confirmation rather than only show the sentence.
    expect(refused.type).toBe(otherPersonsCaseProblem);
    const nb = expectProblem(await decide(other.documentId, { case: transfer.caseId! }, 'nb'), 422);
    expect(nb.detail).toContain('fødselsnummeret i dokumentet er ikke noen av sakens parters');
    // Nothing was recorded: the document still waits, undecided.
    const item = await service.app.inject({ method: 'GET', url: `/api/v1/review/${other.documentId}`, headers: service.as('archivist') });
    expect(item.statusCode).toBe(200);
    const confirmed = await decide(other.documentId, { case: transfer.caseId!, confirmOtherPerson: true });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((confirmed.json() as { result: ProcessResult }).result).toMatchObject({ status: 'routed', caseId: transfer.caseId });
  });

  it('is refused when the document’s references are none of the case’s, and made when they are', async () => {
    const transfer = service.seeded.transfer;
    const otherReference = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [], caseReferences: ['2024/11774'] } });
    const refused = expectProblem(await decide(otherReference.documentId, { case: transfer.caseId! }), 422);
    expect(refused.detail).toContain("its references (2024/11774) are none of the case's");
    const sameReference = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [], caseReferences: ['24/113188'] } });
    expect((await decide(sameReference.documentId, { case: transfer.caseId! })).statusCode).toBe(200);
  });

  it('is made without a question when the document names the case’s person', async () => {
    const transfer = service.seeded.transfer;
    const karis = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [kari] } });
    const decided = await decide(karis.documentId, { case: transfer.caseId!.replace('-', '/') });
    expect(decided.statusCode, decided.body).toBe(200);
  });
});
