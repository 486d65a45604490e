import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { uploadScanBytes } from '../../local/intake.ts';
import { machineHeldAt } from '../support/interleaved-stack.ts';
import { stagePorts } from '../../functions/commons/ports.ts';
import { routeStage } from '../../stages/route.ts';
import { declarationOnKarisCase, openTestService, type TestService } from './fixtures.ts';

/**
 * Session 14: Route queued new mail by the case holder Register had read. A release between the two
 * stages moved the case's waiting mail to the unit, without this document (not yet in a queue), which
 * then waited in the former holder's «Ny post» until the next claim or release. Route reads the holder
 * when it routes. The document is held before Route while the case handler releases the case.
 *
 * Review s14 (fix14a M1): a release landing during Route, between its read of the holder and its write
 * of the document's queue, did the same. Route reads the holder again after its write. The second test
 * runs Route with ports whose first `cases.get` releases the case right after answering with the holder;
 * the machine's own Route then finds the document routed (markRouted is conditional on `registered`).
 */
let service: TestService;

beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await service?.close();
});

describe('a release between Register and Route', () => {
  it("sends the new mail to the unit, not to the former holder's queue", { timeout: 180_000 }, async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0 }));
    const caseId = service.seeded.transfer.caseId!;
    const claimed = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: service.as('caseworker') });
    expect(claimed.statusCode, claimed.body).toBe(200);

    const { machine, held, released } = await machineHeldAt('Route');
    const bytes = await renderTextPdf([declarationOnKarisCase]);
    const run = machine.run((await uploadScanBytes(service.runtime.stack.bucket, bytes, 'legeerklaering.pdf', { receivedDate: '2025-03-21', postmarkDate: null })) as never);
    run.catch(() => undefined);
    await held.opened;
    const release = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/release`, headers: service.as('caseworker') });
    released.open();
    expect(release.statusCode, release.body).toBe(200);

    const routed = (await run).output as unknown as ProcessResult;
    expect(routed).toMatchObject({ status: 'routed', caseId });
    expect(routed.queue).toBe('unit-mail/dental');
    const unit = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unit-mail/dental', headers: service.as('archivist') })).json();
    expect(unit.items.map((i: { documentId: string }) => i.documentId)).toContain(routed.documentId);
    const former = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/handler/starter-caseworker', headers: service.as('archivist') })).json();
    expect(former.items.map((i: { documentId: string }) => i.documentId)).not.toContain(routed.documentId);
  });
});

describe('a release during Route (after its read of the holder, before its write)', () => {
  it("sends the new mail to the unit, not to the former holder's queue", { timeout: 180_000 }, async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0 }));
    const caseId = service.seeded.transfer.caseId!;
    const claimed = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: service.as('caseworker') });
    expect(claimed.statusCode, claimed.body).toBe(200);
    let releaseStatus = 0;
    let routedByRace: ProcessResult | null = null;
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({
      waitMs: 0,
      async beforeTask(name, input) {
        if (name !== 'Route' || routedByRace) return;
        const ports = stagePorts();
        const cases = ports.cases;
        const racing = {
          ...ports,
          cases: {
            ...cases,
            get: async (...args: Parameters<typeof cases.get>) => {
              const read = await cases.get(...args);
              if (releaseStatus === 0) {
                const release = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/release`, headers: service.as('caseworker') });
                releaseStatus = release.statusCode;
              }
              return read;
            },
          },
        };
        routedByRace = await routeStage(input as never, racing);
      },
    });
    // Other bytes than the first test's, which would make this upload its duplicate.
    const bytes = await renderTextPdf([declarationOnKarisCase.map((line) => (line === 'Oslo, 14.03.2025' ? 'Oslo, 17.03.2025' : line))]);
    const routed = (await machine.run((await uploadScanBytes(service.runtime.stack.bucket, bytes, 'legeerklaering.pdf', { receivedDate: '2025-03-21', postmarkDate: null })) as never)).output as unknown as ProcessResult;
    expect(releaseStatus).toBe(200);
    expect(routedByRace).toMatchObject({ documentId: routed.documentId, queue: 'unit-mail/dental' });
    const unit = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unit-mail/dental', headers: service.as('archivist') })).json();
    expect(unit.items.map((i: { documentId: string }) => i.documentId)).toContain(routed.documentId);
    const former = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/handler/starter-caseworker', headers: service.as('archivist') })).json();
    expect(former.items.map((i: { documentId: string }) => i.documentId)).not.toContain(routed.documentId);
  });
});
