import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { Problem } from '#schemas/api';
import { reasonText, reasonNames } from '#domain/reasons/wording';
import { buildApp } from '../../service/app.ts';
import { localTokenAuthenticator } from '../../service/auth/local-tokens.ts';
import type { ApiProblem, ProblemKind } from '../../service/problems.ts';
import { getDocument, recordReview } from '../../functions/commons/store/documents.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * The bokmål side of a refusal says what the English says: the reason a document was rejected or never
 * read, the values or the form a parameter must have, every queue, and a body too large as what it is.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
});

async function inBokmal(request: { method: 'GET' | 'POST'; url: string; payload?: string | object; headers?: Record<string, string> }, status: number, app = service.app): Promise<Problem> {
  const response = await app.inject({ ...request, headers: { ...service.as('archivist'), 'accept-language': 'nb', ...request.headers } });
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-language']).toBe('nb');
  return Problem.parse(response.json());
}

const nbReason = (reasonCode: Parameters<typeof reasonText>[0]) => reasonText(reasonCode, 'nb', reasonNames(service.runtime.context.config));

describe('a rejected file, in bokmål', () => {
  it('says why it was rejected, for its text and for a page image, as the English does', async () => {
    const { documentId } = service.seeded.rejected;
    const stored = await getDocument(service.runtime.context.db, documentId);
    const why = nbReason(stored!.reasonCode!);
    expect(why).toMatch(/ZIP-arkiv/);
    expect((await inBokmal({ method: 'GET', url: `/api/v1/documents/${documentId}/text` }, 422)).detail).toBe(`Dokument ${documentId} ble avvist uten å bli lest; det har ingen tekst. Grunn: ${why}`);
    expect((await inBokmal({ method: 'GET', url: `/api/v1/documents/${documentId}/pages/1/image` }, 404)).detail).toBe(`Dokument ${documentId} ble avvist uten å bli lest; det har ingen sidebilder. Grunn: ${why}`);
  });
});

describe('a document in review that was never read, in bokmål', () => {
  it('says why it was never read when an archivist decides it', async () => {
    const { db } = service.runtime.context;
    const orphan = (await getDocument(db, service.seeded.orphan.documentId))!;
    const documentId = 'doc-neverread000000000000001';
    const { classification: _classification, ...unread } = orphan.resume!;
    await recordReview(db, {
      result: { ...service.seeded.orphan, documentId, reason: 'No readable text was found in this document.' },
      reasonCode: { code: 'no_text', params: {} },
      receivedDate: '2025-03-20',
      resume: unread,
      queuedAt: '2025-03-20T10:00:00.000Z',
      overwrite: [],
    });
    const { detail } = await inBokmal({ method: 'POST', url: `/api/v1/review/${documentId}/decision`, payload: { area: 'dental' } }, 422);
    expect(detail).toBe(`Dokument ${documentId} ble aldri lest; det må journalføres for hånd. Grunn: ${nbReason({ code: 'no_text', params: {} })}`);
  });
});

describe('a parameter the schema refuses, in bokmål', () => {
  it('names the values it takes', async () => {
    expect((await inBokmal({ method: 'GET', url: '/api/v1/queues/review?order=x' }, 400)).detail).toBe('Rekkefølge: må være «oldest» eller «priority».');
  });

  it('names the form it is written in', async () => {
    expect((await inBokmal({ method: 'GET', url: '/api/v1/queues/review?from=x' }, 400)).detail).toBe('Fra-dato: må være en dato skrevet ÅÅÅÅ-MM-DD.');
  });
});

describe('an unknown queue, in bokmål', () => {
  it('lists the queues in bokmål', async () => {
    expect((await inBokmal({ method: 'GET', url: '/api/v1/queues/nope' }, 400)).detail).toBe('Det finnes ingen kø «nope». Køene er unassigned/{område}, unit-mail/{område}, handler/{saksbehandler}, review og quarantine.');
  });
});

describe('a malformed JSON body, in bokmål', () => {
  // From a role that may open deadlines: any other is refused before its body is read (role-before-input.test.ts).
  it("says what is wrong without Fastify's English (QA s13 L6)", async () => {
    const problem = await inBokmal({ method: 'POST', url: `/api/v1/cases/${service.seeded.transfer.caseId}/deadlines`, payload: '{bad', headers: { ...service.as('caseworker'), 'content-type': 'application/json' } }, 400);
    expect(problem.detail).toBe('Innholdet er ikke gyldig JSON: send et JSON-objekt (se etter anførselstegn, komma og klammer).');
  });
});

describe('a body above the limit (413)', () => {
  it('is «Innholdet» when it is no file, «Filen» when it is the scan', async () => {
    const app = await buildApp({ context: service.runtime.context, authenticator: localTokenAuthenticator(service.dataDir), webDir: null, maxUploadBytes: 1000 });
    try {
      const json = await inBokmal({ method: 'POST', url: `/api/v1/review/${service.seeded.orphan.documentId}/decision`, payload: JSON.stringify({ note: 'x'.repeat(1024 * 1024 + 10) }), headers: { 'content-type': 'application/json' } }, 413, app);
      expect(json.title).toBe('Innholdet er for stort');
      expect(json.detail).toBe('Innholdet er større enn tjenesten tar imot.');
      const scan = await inBokmal({ method: 'POST', url: '/api/v1/intake?fileName=stor.pdf&received=2025-03-20', payload: Buffer.alloc(2000).toString(), headers: { 'content-type': 'application/pdf' } }, 413, app);
      expect(scan.title).toBe('Filen er for stor');
      expect(scan.detail).toBe('Filen er større enn tjenesten tar imot.');
    } finally {
      await app.close();
    }
  });
});

describe('a refusal is written in both languages', () => {
  it('takes its bokmål sentence as a required argument (null only where it is meant)', () => {
    expectTypeOf<ConstructorParameters<typeof ApiProblem>>().toEqualTypeOf<[kind: ProblemKind, detail: string, detailNb: string | null, ownType?: string | null, ownTitle?: { en: string; nb: string } | null, retryAfterSeconds?: number | null]>();
  });
});
