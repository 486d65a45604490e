import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * «Mine saker» (GET /api/v1/me/cases): a claimed case is in no queue, so the handler finds it here;
 * another handler does not; a release takes it off; a role that cannot claim is refused.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const mine = async (authorization: { authorization: string }) => service.app.inject({ method: 'GET', url: '/api/v1/me/cases', headers: authorization });
const caseIds = async (authorization: { authorization: string }) => ((await mine(authorization)).json() as { cases: { caseId: string }[] }).cases.map((c) => c.caseId);

describe('the cases a handler holds', () => {
  it('lists a claimed case for its handler only, until it is released', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const kari = await service.person('Kari Saksbehandler', 'caseworker');
    const ola = await service.person('Ola Saksbehandler', 'caseworker');
    expect(await caseIds(kari)).toEqual([]);

    const claimed = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: kari });
    expect(claimed.statusCode, claimed.body).toBe(200);
    const listed = (await mine(kari)).json() as { cases: { caseId: string; caseNumber: string; handlerId: string }[] };
    expect(listed.cases).toEqual([expect.objectContaining({ caseId, caseNumber: caseId.replace('-', '/'), handlerId: 'Kari Saksbehandler' })]);
    expect(await caseIds(ola)).toEqual([]);

    expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/release`, headers: kari })).statusCode).toBe(200);
    expect(await caseIds(kari)).toEqual([]);
    // Claimed again, it is listed again.
    expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: ola })).statusCode).toBe(200);
    expect(await caseIds(ola)).toEqual([caseId]);
    expect(await caseIds(kari)).toEqual([]);
  });

  it('is refused, problem+json, to a role that cannot claim', async () => {
    const response = await mine(service.as('reader'));
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
