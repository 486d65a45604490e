import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../service/app.ts';
import { addPerson, localTokenAuthenticator } from '../../service/auth/local-tokens.ts';
import { auditTrail } from '../../functions/commons/store/audit.ts';
import { uploadScanBytes } from '../../local/intake.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import type { ReconcileAnswer } from '#schemas/reconcile-api';
import { openBareService, orphanDeclaration, type BareService } from './fixtures.ts';

/**
 * POST /api/v1/reconcile over the real embedded stack: only a request carrying this serve run's
 * operator secret (what `postmottak reconcile` sends) reconciles; every token with the system role (the
 * starter token, a person added with it) is refused like any other role, and the run is recorded in
 * the audit trail of each document it found, under the person the operator named.
 */
const operatorToken = 'pm_operator-secret-of-this-test-run-0123456789';
let service: BareService;
let app: BareService['app'];

beforeAll(async () => {
  service = await openBareService();
  await service.app.close();
  app = await buildApp({ context: service.runtime.context, authenticator: localTokenAuthenticator(service.dataDir, { operatorToken }), webDir: null });
  // A scan put under incoming/ whose run never started: what a check finds.
  await uploadScanBytes(service.runtime.stack.bucket, await renderTextPdf([orphanDeclaration]), 'legeerklaering.pdf', { receivedDate: '2025-03-20', postmarkDate: null });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await service?.runtime.close();
  if (service) await rm(service.dir, { recursive: true, force: true });
});

const ask = (headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/v1/reconcile', headers: { 'content-type': 'application/json', 'accept-language': 'nb', ...headers }, payload: { redrive: false } });

describe('reconcile through serve: the operator, not the system role', () => {
  it('refuses the system starter token and a person added with the system role (403)', async () => {
    const added = await addPerson(service.dataDir, 'Driftsrobot', 'system');
    for (const token of [service.tokens.system, added]) {
      const answer = await ask({ authorization: `Bearer ${token}` });
      expect(answer.statusCode).toBe(403);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.json<{ detail: string }>().detail).toMatch(/Bare operatøren/);
    }
  });

  it('answers the operator, and the audit trail of each document found names the person who ran it', async () => {
    const answer = await ask({ authorization: `Bearer ${operatorToken}`, 'x-postmottak-role': 'system', 'x-postmottak-person': encodeURIComponent('Åse Drift') });
    expect(answer.statusCode).toBe(200);
    const body = answer.json<ReconcileAnswer>();
    expect(body.lines).toHaveLength(1);
    const documentId = body.lines[0]!.documentId;
    const trail = await auditTrail(service.runtime.context.db, { documentId });
    // One entry: the refused requests above recorded nothing.
    expect(trail).toEqual([expect.objectContaining({ event: 'ReconcileRun', actor: 'Åse Drift', details: { redrive: false, outcome: 'never-started', documentIds: [documentId] } })]);
  });
});
