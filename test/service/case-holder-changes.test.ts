import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import type { ProcessResult } from '#schemas/pipeline';
import { expectProblem } from '../support/problem-response.ts';
import { declarationOnKarisCase, keepPublished, openTestService, type TestService } from './fixtures.ts';
import { caseHolderRequests } from './case-holder-requests.ts';

/**
 * QA session 13: who holds a case decides where its new mail waits (SPEC.md "Routing": handler/{id}
 * while a handler holds it, unit-mail/{area} while nobody does). The mail waiting on a case follows a
 * claim and a release; an archivist gives back a case its holder cannot (a handler who has left), and
 * `POST /handlers/{name}/release` gives back all of a person's cases (`users remove` calls it); a
 * handler's queue is found by the person's name in any case, and a name that is nobody's is a 404.
 */
let service: TestService;
let caseId: string;
let declaration: ProcessResult;
const { as, post, get, waiting } = caseHolderRequests(() => service);
const handIn = async (fileName: string, receivedDate: string) => {
  const { handIn: handInScan } = await import('../../service/operations/intake.ts');
  return (await handInScan(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([declarationOnKarisCase]), fileName, receivedDate, postmarkDate: null })) as ProcessResult;
};

beforeAll(async () => {
  service = await openTestService();
  caseId = service.seeded.transfer.caseId!;
  // Mail on the case while nobody holds it: the unit's.
  declaration = await handIn('erklaering.pdf', '2025-03-21');
  expect(declaration).toMatchObject({ status: 'routed', caseId, queue: 'unit-mail/dental' });
}, 120_000);
afterAll(() => service?.close());

describe('the mail waiting on a case follows the case', () => {
  it('moves to the handler who claims the case, and back to the unit when they release it', async () => {
    const { documentId } = declaration;
    expect(await waiting('unit-mail/dental')).toContain(documentId);
    expect((await post(`/cases/${caseId}/claim`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    expect(await waiting('handler/Kari Saksbehandler')).toEqual([documentId]);
    expect(await waiting('unit-mail/dental')).not.toContain(documentId);

    expect((await post(`/cases/${caseId}/release`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    expect(await waiting('handler/Kari Saksbehandler')).toEqual([]);
    expect(await waiting('unit-mail/dental')).toContain(documentId);
  });
});

describe("a handler's queue by name", () => {
  it('finds the person whatever the case of the typed name, and refuses a name that is nobody (404, problem+json)', async () => {
    expect((await post(`/cases/${caseId}/claim`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    try {
      const lower = await get(`/queues/handler/${encodeURIComponent('kari saksbehandler')}`, as('Per Saksbehandler'));
      expect(lower.statusCode).toBe(200);
      expect(lower.json()).toMatchObject({ queue: 'handler/Kari Saksbehandler', items: [{ documentId: declaration.documentId }] });
      expect(expectProblem(await get('/queues/handler/nobody', as('Kari Saksbehandler')), 404).detail).toBe('Det finnes ingen person «nobody», og dermed ingen kø handler/nobody.');
    } finally {
      expect((await post(`/cases/${caseId}/release`, as('Kari Saksbehandler'))).statusCode).toBe(200);
    }
  });
});

describe('a case its holder cannot give back', () => {
  it('is released by an archivist, with the holder named in the journal and the event; another handler is still refused', async () => {
    expect((await post(`/cases/${caseId}/claim`, as('Per Saksbehandler'))).statusCode).toBe(200);
    expect(await waiting('handler/Per Saksbehandler')).toEqual([declaration.documentId]);
    const refused = expectProblem(await post(`/cases/${caseId}/release`, as('Kari Saksbehandler')), 409);
    expect(refused.detail).toBe(`Sak ${caseId.replace('-', '/')} er tatt av Per Saksbehandler; bare de (eller en arkivar) kan frigi den.`);

    const published = keepPublished(service);
    const released = await post(`/cases/${caseId}/release`, as('Ingrid Arkivar', 'archivist'));
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json()).toMatchObject({ claimedBy: null, case: { handlerId: null } });
    expect(await waiting('handler/Per Saksbehandler')).toEqual([]);
    expect(await waiting('unit-mail/dental')).toContain(declaration.documentId);
    expect(published).toEqual([expect.objectContaining({ type: 'CaseReleased', detail: { handlerId: 'Per Saksbehandler', area: 'dental', releasedBy: 'Ingrid Arkivar' } })]);
    const journal = ((await get(`/cases/${caseId}`, as('Ingrid Arkivar', 'archivist'))).json() as { journal: { event: string; actor: string; details?: unknown }[] }).journal;
    expect(journal.filter((l) => l.event === 'CaseReleased').at(-1)).toMatchObject({ actor: 'Ingrid Arkivar', details: { heldBy: 'Per Saksbehandler' } });
    // Nothing to release: the 409 does not say that someone was first.
    const nothing = expectProblem(await post(`/cases/${caseId}/release`, as('Ingrid Arkivar', 'archivist')), 409);
    expect(nothing.title).toBe('Ikke mulig slik det står nå');
  });

  it("gives back every case of a person who left, and the case's next mail goes to the unit", async () => {
    expect((await post(`/cases/${caseId}/claim`, as('Ola Test'))).statusCode).toBe(200);
    expectProblem(await post(`/handlers/${encodeURIComponent('Ola Test')}/release`, as('Kari Saksbehandler')), 403);
    const all = await post(`/handlers/${encodeURIComponent('Ola Test')}/release`, as('Ingrid Arkivar', 'archivist'));
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toMatchObject({ handlerId: 'Ola Test', released: [{ caseId, handlerId: null }] });
    // Run again: nothing left to give back.
    expect((await post(`/handlers/${encodeURIComponent('Ola Test')}/release`, as('Ingrid Arkivar', 'archivist'))).json()).toMatchObject({ released: [] });
    const later = await handIn('ettersendt.pdf', '2025-04-03');
    expect(later).toMatchObject({ status: 'routed', caseId, queue: 'unit-mail/dental' });
  });
});
