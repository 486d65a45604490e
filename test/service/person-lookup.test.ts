import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '#domain/calendar';
import { zipArchive } from '../../corpus/render.ts';
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
  it("lists the person's case, its documents, letters and quarantined file, never the access log, and logs the lookup without the id", async () => {
    const { transfer } = service.seeded;
    await service.app.inject({ method: 'GET', url: `/api/v1/cases/${transfer.caseId}`, headers: service.as('caseworker') });
    const { handIn } = await import('../../service/operations/intake.ts');
    const named = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: zipArchive({ 'klage.pdf': 'named' }), fileName: `${kari.slice(0, 6)} ${kari.slice(6)}-klage.pdf`, receivedDate: '2025-03-20', postmarkDate: null });
    const response = await lookup(kari);
    expect(response.statusCode, response.body).toBe(200);
    const held = response.json();
    expect(held.found).toBe(true);
    expect(held.cases).toEqual([{ caseId: transfer.caseId, open: true }]);
    expect(held.documents.map((d: { documentId: string }) => d.documentId)).toContain(transfer.documentId);
    // SPEC gives the access log to the auditor alone: the archivist is told where it is, not shown it.
    expect(held).not.toHaveProperty('accessLog');
    expect(held.parts.accessLog).toContain('access-log?nationalId=');
    expect(Object.keys(held.parts)).toEqual(expect.arrayContaining(['cases', 'documents', 'reviewItems', 'quarantine', 'letters', 'examples']));
    expect(held.letters).toEqual([expect.objectContaining({ caseId: transfer.caseId, kind: 'appeal_acknowledgement' })]);
    expect(held.quarantine).toEqual([expect.objectContaining({ documentId: named.documentId, fileName: `${kari.slice(0, 6)}*****-klage.pdf` })]);
    expect(held.quarantine.map((q: { documentId: string }) => q.documentId)).not.toContain(service.seeded.rejected.documentId);
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

  it("lists the archivists' examples made of the person's documents", async () => {
    const orphanId = idFor(24, 11, 90);
    const { recordExample } = await import('../../functions/commons/store/examples.ts');
    const documentId = service.seeded.orphan.documentId;
    const answer = { documentType: 'medical_declaration', area: null, caseId: null };
    await recordExample(service.runtime.context.db, { kind: 'decision', documentId, at: '2025-03-21T10:00:00.000Z', by: 'Arkivar Ås', machine: { ...answer, confidence: 0.5, modelVersion: null }, archivist: answer, text: `fnr ${orphanId}`, language: 'nb' });
    const held = (await lookup(orphanId)).json();
    expect(held.examples).toEqual([{ kind: 'decision', documentId, at: '2025-03-21T10:00:00.000Z', by: 'Arkivar Ås' }]);
    expect((await lookup(kari)).json().examples).toEqual([]);
  });

  it('answers a person not found with an empty answer, refuses what is not an id, and only archivists may', async () => {
    const nobody = await lookup(idFor(3, 3, 77));
    expect(nobody.statusCode).toBe(200);
    expect(nobody.json()).toMatchObject({ found: false, cases: [], documents: [], reviewItems: [], quarantine: [], letters: [], examples: [] });
    expect((await lookup('12345')).statusCode).toBe(400);
    expect((await lookup(kari, 'caseworker')).statusCode).toBe(403);
    expect((await lookup(kari, 'auditor')).statusCode).toBe(403);
  });
});
