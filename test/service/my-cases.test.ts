import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getItem } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { claimCase } from '../../functions/commons/store/queues.ts';
import { casesHeldBy, noteHeld, noteReleased } from '../../functions/commons/store/held-cases.ts';
import { backfillHeldCases } from '../../functions/commons/reconcile.ts';
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

/** One key per person for the whole file (a person gets one key). */
const people = new Map<string, Promise<{ authorization: string }>>();
const person = (name: string) => {
  if (!people.has(name)) people.set(name, service.person(name, 'caseworker'));
  return people.get(name)!;
};

const mine = async (authorization: { authorization: string }) => service.app.inject({ method: 'GET', url: '/api/v1/me/cases', headers: authorization });
const caseIds = async (authorization: { authorization: string }) => ((await mine(authorization)).json() as { cases: { caseId: string }[] }).cases.map((c) => c.caseId);

describe('the cases a handler holds', () => {
  it('lists a claimed case for its handler only, until it is released', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const kari = await person('Kari Saksbehandler');
    const ola = await person('Ola Saksbehandler');
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

  /** The seeded case given back to unassigned by whoever holds it, so each test starts from a free case. */
  const freeCase = async (): Promise<string> => {
    const caseId = service.seeded.transfer.caseId!;
    const holder = (await getItem(service.runtime.context.db, keys.case(caseId), { consistent: true }))?.handlerId as string | undefined;
    if (holder) expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/release`, headers: await person(holder) })).statusCode).toBe(200);
    return caseId;
  };

  it('repairs the list when a claim is retried after the case was claimed without its entry (a stopped process, an old claim)', async () => {
    const caseId = await freeCase();
    const kari = await person('Kari Saksbehandler');
    // The case's write made, the entry never: what a claim before «Mine saker» left, or a crash between the two.
    expect((await claimCase(service.runtime.context.db, { caseId, handlerId: 'Kari Saksbehandler', at: new Date().toISOString() })).claimed).toBe(true);
    expect(await caseIds(kari)).toEqual([]);
    const again = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: kari });
    expect(again.statusCode).toBe(409);
    expect(await caseIds(kari)).toEqual([caseId]);
  });

  it('fills in the entry of an old claim once, from reconcile', async () => {
    const caseId = await freeCase();
    const kari = await person('Kari Saksbehandler');
    const db = service.runtime.context.db;
    expect((await claimCase(db, { caseId, handlerId: 'Kari Saksbehandler', at: new Date().toISOString() })).claimed).toBe(true);
    expect(await caseIds(kari)).toEqual([]);
    expect(await backfillHeldCases(db, [{ caseId }, { caseId: null }])).toBe(1);
    expect(await caseIds(kari)).toEqual([caseId]);
    expect(await backfillHeldCases(db, [{ caseId }])).toBe(0);
  });

  it('leaves out an entry whose case is now someone else\'s', async () => {
    const caseId = await freeCase();
    const ola = await person('Ola Saksbehandler');
    const db = service.runtime.context.db;
    await noteHeld(db, { handlerId: 'Kari Saksbehandler', caseId, at: new Date().toISOString() });
    expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: ola })).statusCode).toBe(200);
    expect((await casesHeldBy(db, 'Kari Saksbehandler')).map((c) => c.caseId)).toEqual([]);
    expect(await caseIds(ola)).toEqual([caseId]);
  });

  it('marks a refused claim\'s entry released, and a release answered late does not hide a newer claim', async () => {
    const caseId = await freeCase();
    const kari = await person('Kari Saksbehandler');
    const ola = await person('Ola Saksbehandler');
    const db = service.runtime.context.db;
    expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: ola })).statusCode).toBe(200);
    expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: kari })).statusCode).toBe(409);
    const refused = await getItem(db, keys.heldCase('Kari Saksbehandler', caseId), { consistent: true });
    expect(refused?.releasedAt).toEqual(expect.any(String));
    // Released entries expire by TTL, as the in-flight entries do.
    expect(refused?.expiresAt).toBeGreaterThan(Date.parse(String(refused?.releasedAt)) / 1000);

    const olaEntry = await getItem(db, keys.heldCase('Ola Saksbehandler', caseId), { consistent: true });
    const before = new Date(Date.parse(String(olaEntry?.claimedAt)) - 60_000).toISOString();
    expect(await noteReleased(db, { handlerId: 'Ola Saksbehandler', caseId, at: before })).toBe(false);
    expect(await caseIds(ola)).toEqual([caseId]);
  });
});
