import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '#domain/calendar';
import { idFor } from '../support/national-ids.ts';
import { kari, openTestService, type TestService } from './fixtures.ts';

/**
 * Innsyn (GDPR art. 15, QA s14 e M1): an archivist finds what the register holds about one person by
 * national id, over the local stack; the lookup is logged with the id's hash only.
 */
let service: TestService;
const lookup = (nationalId: string, role: 'archivist' | 'caseworker' | 'auditor' = 'archivist') =>
  service.app.inject({ method: 'POST', url: '/api/v1/persons/lookup', headers: service.as(role), payload: { nationalId } });

beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
});

describe('person lookup', () => {
  it("lists the person's case, its documents and the reads of them, and logs the lookup without the id", async () => {
    const { transfer } = service.seeded;
    await service.app.inject({ method: 'GET', url: `/api/v1/cases/${transfer.caseId}`, headers: service.as('caseworker') });
    const response = await lookup(kari);
    expect(response.statusCode, response.body).toBe(200);
    const held = response.json();
    expect(held.found).toBe(true);
    expect(held.cases).toEqual([{ caseId: transfer.caseId, open: true }]);
    expect(held.documents.map((d: { documentId: string }) => d.documentId)).toContain(transfer.documentId);
    expect(held.accessLog.some((r: { action: string; caseId?: string }) => r.action === 'case:read' && r.caseId === transfer.caseId)).toBe(true);
    const day = osloDate(new Date());
    const logged = await service.runtime.context.accessLog.list!({ from: day, to: day });
    const entry = logged.find((r) => r.action === 'person:lookup');
    expect(entry).toMatchObject({ role: 'archivist', filter: expect.stringMatching(/^nationalIdHash=[0-9a-f]{64}$/) });
    expect(JSON.stringify(logged)).not.toContain(kari);
  });

  it('finds a document waiting in review by the id it carries', async () => {
    const orphanId = idFor(24, 11, 90);
    const held = (await lookup(orphanId)).json();
    expect(held.found).toBe(true);
    expect(held.reviewItems).toEqual([expect.objectContaining({ documentId: service.seeded.orphan.documentId, status: 'review' })]);
  });

  it('answers a person not found with an empty answer, refuses what is not an id, and only archivists may', async () => {
    const nobody = await lookup(idFor(3, 3, 77));
    expect(nobody.statusCode).toBe(200);
    expect(nobody.json()).toMatchObject({ found: false, cases: [], documents: [], reviewItems: [], accessLog: [] });
    expect((await lookup('12345')).statusCode).toBe(400);
    expect((await lookup(kari, 'caseworker')).statusCode).toBe(403);
    expect((await lookup(kari, 'auditor')).statusCode).toBe(403);
  });
});
