import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import type { ProcessResult } from '#schemas/pipeline';
import { releaseCase } from '../../functions/commons/store/case-work.ts';
import { moveCaseMail } from '../../functions/commons/store/case-mail.ts';
import { declarationOnKarisCase, openTestService, type TestService } from './fixtures.ts';
import { caseHolderRequests } from './case-holder-requests.ts';

/**
 * Review s13 (fixC H1, M1, M4): a release is several writes, and a process can stop between them or
 * another claim land between them. Every claim and release puts the case's waiting mail where the
 * case's holder is *now*, so a retry or the next holder change repairs what a stopped one left.
 * The stopped release and the interleaving are made by the store calls the release itself makes.
 */
let service: TestService;
let caseId: string;
let declaration: ProcessResult;
const { as, post, waiting } = caseHolderRequests(() => service);
const stoppedAfterCaseWrite = (handlerId: string) => releaseCase(service.runtime.context.db, { caseId, handlerId, at: new Date().toISOString() });

beforeAll(async () => {
  service = await openTestService();
  caseId = service.seeded.transfer.caseId!;
  const { handIn } = await import('../../service/operations/intake.ts');
  declaration = (await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([declarationOnKarisCase]), fileName: 'e.pdf', receivedDate: '2025-03-21', postmarkDate: null })) as ProcessResult;
  expect(declaration).toMatchObject({ status: 'routed', caseId, queue: 'unit-mail/dental' });
}, 120_000);
afterAll(() => service?.close());

describe('a release that stopped after its case write', () => {
  it("is repaired by the holder's retry: the mail goes back to the unit though the case was already released", async () => {
    expect((await post(`/cases/${caseId}/claim`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    expect(await waiting('handler/Kari Saksbehandler')).toEqual([declaration.documentId]);
    expect((await stoppedAfterCaseWrite('Kari Saksbehandler')).released).toBe(true);
    expect((await post(`/cases/${caseId}/release`, as('Kari Saksbehandler'))).statusCode).toBe(409);
    expect(await waiting('handler/Kari Saksbehandler')).toEqual([]);
    expect(await waiting('unit-mail/dental')).toEqual([declaration.documentId]);
  });

  it("is repaired by the next claim: the mail left in the former holder's queue goes to the new holder", async () => {
    expect((await post(`/cases/${caseId}/claim`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    expect((await stoppedAfterCaseWrite('Kari Saksbehandler')).released).toBe(true);
    expect((await post(`/cases/${caseId}/claim`, as('Per Saksbehandler'))).statusCode).toBe(200);
    expect(await waiting('handler/Kari Saksbehandler')).toEqual([]);
    expect(await waiting('handler/Per Saksbehandler')).toEqual([declaration.documentId]);
    expect((await post(`/cases/${caseId}/release`, as('Per Saksbehandler'))).statusCode).toBe(200);
  });
});

describe('a claim between a release and its mail move', () => {
  it("leaves the mail in the unit's queue until the next holder change, which moves it to whoever holds the case then", async () => {
    expect((await post(`/cases/${caseId}/claim`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    expect((await stoppedAfterCaseWrite('Kari Saksbehandler')).released).toBe(true);
    expect((await post(`/cases/${caseId}/claim`, as('Per Saksbehandler'))).statusCode).toBe(200);
    // The interrupted release's mail move runs late, after Per's claim.
    await moveCaseMail(service.runtime.context.db, { caseId, from: (q) => q.startsWith('handler/'), to: 'unit-mail/dental' });
    // Per's retried claim (or any later claim or release) puts it where the case's holder is now.
    expect((await post(`/cases/${caseId}/claim`, as('Per Saksbehandler'))).statusCode).toBe(409);
    expect(await waiting('unit-mail/dental')).toEqual([]);
    expect(await waiting('handler/Per Saksbehandler')).toEqual([declaration.documentId]);
  });
});

describe('POST /handlers/{name}/release', () => {
  it('finds the person whatever the case of the typed name, and a name that is nobody is a 404', async () => {
    const lower = await post(`/handlers/${encodeURIComponent('per saksbehandler')}/release`, as('Ingrid Arkivar', 'archivist'));
    expect(lower.statusCode).toBe(200);
    expect(lower.json()).toMatchObject({ handlerId: 'Per Saksbehandler', released: [{ caseId }] });
    expect(await waiting('unit-mail/dental')).toEqual([declaration.documentId]);
    const nobody = await post('/handlers/nobody/release', as('Ingrid Arkivar', 'archivist'));
    expect(nobody.statusCode).toBe(404);
    expect(nobody.headers['content-type']).toContain('application/problem+json');
  });
});

describe("giving back a person's cases (users remove)", () => {
  it('finishes a release of theirs that stopped after its case write: the mail goes back to the unit', async () => {
    expect((await post(`/cases/${caseId}/claim`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    expect((await stoppedAfterCaseWrite('Kari Saksbehandler')).released).toBe(true);
    const all = await post(`/handlers/${encodeURIComponent('Kari Saksbehandler')}/release`, as('Ingrid Arkivar', 'archivist'));
    expect(all.json()).toEqual({ handlerId: 'Kari Saksbehandler', released: [] });
    expect(await waiting('handler/Kari Saksbehandler')).toEqual([]);
    expect(await waiting('unit-mail/dental')).toEqual([declaration.documentId]);
  });
});
