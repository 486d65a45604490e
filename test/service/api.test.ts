import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Role } from '#schemas/api';
import type { PostmottakEvent } from '#schemas/events';
import { openTestService, kari, type TestService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';

/**
 * The API as a client sees it: app.inject against the real app over the embedded stack, with the
 * starter tokens of the data dir and people added as `users add` does.
 */
let service: TestService;

beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const allRoles: Role[] = ['archivist', 'caseworker', 'reader', 'system', 'auditor'];

describe('sign-in', () => {
  it('answers 401 problem+json without a token, with an unknown token and with a malformed header', async () => {
    for (const headers of [{}, { authorization: 'Bearer pm_not-a-token-anyone-was-given' }, { authorization: 'Basic abc' }]) {
      const response = await service.app.inject({ method: 'GET', url: '/api/v1/queues/review', headers });
      expect(response.headers['cache-control']).toBe('no-store');
      const problem = expectProblem(response, 401);
      expect(problem.instance).toBe('/api/v1/queues/review');
      // RFC 9110 §15.5.2: a 401 names the scheme a client must use.
      expect(response.headers['www-authenticate']).toBe('Bearer realm="postmottak"');
    }
  });

  it('knows who a starter token and a person added with a role are', async () => {
    const me = await service.app.inject({ method: 'GET', url: '/api/v1/me', headers: service.as('reader') });
    expect(me.json()).toEqual({ person: 'starter-reader', role: 'reader' });
    const ingrid = await service.person('Ingrid Arkivar', 'archivist');
    expect((await service.app.inject({ method: 'GET', url: '/api/v1/me', headers: ingrid })).json()).toEqual({ person: 'Ingrid Arkivar', role: 'archivist' });
  });

  it('lists the configured types, areas and the deadlines a handler may open, for any signed-in role', async () => {
    const taxonomy = (await service.app.inject({ method: 'GET', url: '/api/v1/taxonomy', headers: service.as('auditor') })).json();
    expect(taxonomy.documentTypes).toHaveLength(13);
    expect(taxonomy.areas).toContainEqual(expect.objectContaining({ code: 'dental' }));
    expect(taxonomy.awaitingDeadlineKinds).toContain('comments');
  });

  it('serves /openapi.json and the page without a token', async () => {
    expect((await service.app.inject({ method: 'GET', url: '/openapi.json' })).json().openapi).toBe('3.1.0');
    const page = await service.app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('lang="nb"');
  });
});

describe('each route for each role', () => {
  // SPEC.md "The service": who may do what. Mutating calls name a case or document that does not
  // exist, so an allowed role gets 404 (never 403) and nothing changes.
  const routes: { name: string; method: 'GET' | 'POST'; url: () => string; body?: unknown; allowed: Role[] }[] = [
    { name: 'list a queue', method: 'GET', url: () => '/api/v1/queues/unassigned/dental', allowed: ['archivist', 'caseworker', 'reader', 'system'] },
    { name: 'list quarantine', method: 'GET', url: () => '/api/v1/queues/quarantine', allowed: ['archivist', 'caseworker', 'reader', 'system'] },
    { name: 'read a case', method: 'GET', url: () => `/api/v1/cases/${service.seeded.transfer.caseId}`, allowed: ['archivist', 'caseworker', 'reader', 'system'] },
    { name: 'claim', method: 'POST', url: () => '/api/v1/cases/2025-09999/claim', allowed: ['caseworker'] },
    // An archivist gives back a case its holder cannot (a removed or absent handler).
    { name: 'release', method: 'POST', url: () => '/api/v1/cases/2025-09999/release', allowed: ['archivist', 'caseworker'] },
    { name: "release a handler's cases", method: 'POST', url: () => '/api/v1/handlers/Ingen%20Slik/release', allowed: ['archivist'] },
    { name: 'open a deadline', method: 'POST', url: () => '/api/v1/cases/2025-09999/deadlines', body: { kind: 'comments' }, allowed: ['caseworker'] },
    { name: 'deadlines due', method: 'GET', url: () => '/api/v1/deadlines?before=2025-05-01', allowed: ['archivist', 'caseworker', 'reader', 'system'] },
    { name: 'read a document', method: 'GET', url: () => `/api/v1/documents/${service.seeded.transfer.documentId}`, allowed: ['archivist', 'caseworker', 'reader', 'system'] },
    { name: "a document's text", method: 'GET', url: () => `/api/v1/documents/${service.seeded.transfer.documentId}/text`, allowed: ['archivist', 'caseworker'] },
    { name: "a document's original", method: 'GET', url: () => `/api/v1/documents/${service.seeded.transfer.documentId}/original`, allowed: ['archivist', 'caseworker'] },
    { name: 'the review list', method: 'GET', url: () => '/api/v1/review', allowed: ['archivist'] },
    { name: 'a review item', method: 'GET', url: () => `/api/v1/review/${service.seeded.orphan.documentId}`, allowed: ['archivist'] },
    { name: 'a decision', method: 'POST', url: () => '/api/v1/review/doc-does-not-exist/decision', body: {}, allowed: ['archivist'] },
  ];

  it.each(routes)('$name: allowed for exactly $allowed', async (route) => {
    for (const role of allRoles) {
      const response = await service.app.inject({ method: route.method, url: route.url(), headers: service.as(role), ...(route.body !== undefined ? { payload: route.body as object } : {}) });
      if (route.allowed.includes(role)) {
        expect([200, 201, 404], `${role} ${route.method} ${route.url()}: ${response.body}`).toContain(response.statusCode);
      } else {
        const problem = expectProblem(response, 403);
        expect(problem.detail).toContain(`The ${role} role may not`);
      }
    }
  });
});

describe('personal data by role', () => {
  it('shows national ids in full to archivists and case handlers, masked to readers and systems, and no explanation words to them', async () => {
    const url = `/api/v1/documents/${service.seeded.orphan.documentId}`;
    // The orphan is in review, on no case: the archivist reads its explanation words; a case handler sees
    // the national id in full but not those words (they are document text, and it is on no case).
    const full = (await service.app.inject({ method: 'GET', url, headers: service.as('archivist') })).json();
    expect(full.fields.nationalIds).toHaveLength(1);
    expect(full.fields.nationalIds[0]).toMatch(/^\d{11}$/);
    expect(full.explanation.length).toBeGreaterThan(0);
    const handler = (await service.app.inject({ method: 'GET', url, headers: service.as('caseworker') })).json();
    expect(handler.fields.nationalIds).toEqual(full.fields.nationalIds);
    expect(handler.explanation).toEqual([]);
    for (const role of ['reader', 'system'] as const) {
      const masked = await service.app.inject({ method: 'GET', url, headers: service.as(role) });
      expect(masked.json().fields.nationalIds).toEqual([`${full.fields.nationalIds[0].slice(0, 6)}*****`]);
      expect(masked.json().explanation).toEqual([]);
      expect(masked.body).not.toContain(full.fields.nationalIds[0]);
    }
  });
});

describe('cases', () => {
  it('reads a case by 2025-00001 and by 2025/00001, with its documents, deadlines and journal', async () => {
    const { caseId, documentId } = service.seeded.transfer;
    const bySlashFree = await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: service.as('reader') });
    expect(bySlashFree.statusCode).toBe(200);
    const view = bySlashFree.json();
    expect(view.case.caseNumber).toBe(caseId!.replace('-', '/'));
    expect(view.case.queue).toBe('unassigned/dental');
    expect(view.documents.map((d: { documentId: string }) => d.documentId)).toEqual([documentId]);
    expect(view.deadlines.map((d: { kind: string }) => d.kind).sort()).toEqual(['case_processing', 'preliminary_reply']);
    expect(view.journal.map((j: { event: string }) => j.event)).toContain('CaseCreated');
    const bySlash = await service.app.inject({ method: 'GET', url: `/api/v1/cases/${encodeURIComponent(caseId!.replace('-', '/'))}`, headers: service.as('reader') });
    expect(bySlash.json().case.caseId).toBe(caseId);
  });

  it('says how to write a case number, and that an unknown case does not exist', async () => {
    expect(expectProblem(await service.app.inject({ method: 'GET', url: '/api/v1/cases/abc', headers: service.as('reader') }), 400).detail).toContain('2025/00001');
    expect(expectProblem(await service.app.inject({ method: 'GET', url: '/api/v1/cases/2025-09999', headers: service.as('reader') }), 404).detail).toContain('2025/09999');
  });

  it('opens an awaiting deadline for the case handler who asks, and refuses a kind no handler opens', async () => {
    const { caseId } = service.seeded.transfer;
    const erik = await service.person('Erik Handler', 'caseworker');
    const opened = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/deadlines`, headers: erik, payload: { kind: 'medical_declaration', openedOn: '2025-03-24' } });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().deadline).toMatchObject({ kind: 'medical_declaration', due: '2025-04-14', status: 'open', openedBy: 'handler:Erik Handler' });
    expect(expectProblem(await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/deadlines`, headers: erik, payload: { kind: 'grounds' } }), 422).detail).toContain('medical_declaration');
    expect(expectProblem(await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/deadlines`, headers: erik, payload: { kind: 'whenever' } }), 422).detail).toContain('not whenever');
    const due = await service.app.inject({ method: 'GET', url: '/api/v1/deadlines?before=2025-04-15', headers: service.as('system') });
    expect(due.json().deadlines).toContainEqual(expect.objectContaining({ caseId, kind: 'medical_declaration', due: '2025-04-14' }));
    const journal = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: erik })).json().journal;
    expect(journal).toContainEqual(expect.objectContaining({ event: 'DeadlineOpened', actor: 'Erik Handler' }));
  });
});

describe('documents', () => {
  it("gives a case handler the pages' text and a short-lived link that fetches the original bytes", async () => {
    const { documentId } = service.seeded.transfer;
    const text = await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}/text`, headers: service.as('caseworker') });
    expect(text.json().pages[0].text).toContain('OVERSENDELSE AV KLAGESAK');
    const link = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}/original`, headers: service.as('caseworker') })).json();
    expect(Date.parse(link.expiresAt)).toBeGreaterThan(Date.now());
    const original = Buffer.from(await (await fetch(link.url)).arrayBuffer());
    expect(original.equals(service.transferPdf)).toBe(true);
  });

  it('links a rejected file to its quarantine copy, and says it has no text', async () => {
    const { documentId } = service.seeded.rejected;
    const link = await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}/original`, headers: service.as('archivist') });
    expect((await fetch(link.json().url)).status).toBe(200);
    expect(expectProblem(await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}/text`, headers: service.as('archivist') }), 422).detail).toContain('rejected');
    // Quarantine shows why in bokmål too: a ZIP archive named .pdf.
    const quarantine = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/quarantine', headers: service.as('archivist') })).json();
    const entry = quarantine.items.find((i: { documentId: string }) => i.documentId === documentId);
    expect(entry).toMatchObject({ reasonCode: { code: 'not_a_readable_format', params: { looksLike: 'zip' } } });
    expect(entry.reason).toMatch(/ZIP archive/);
    expect(entry.reasonNb).toMatch(/^Filen er ikke PDF, TIFF, JPEG eller PNG \(den ser ut som et ZIP-arkiv\)/);
    expectProblem(await service.app.inject({ method: 'GET', url: '/api/v1/documents/doc-nothing-here', headers: service.as('archivist') }), 404);
  });
});

describe('review', () => {
  it('lists the review queue oldest first with the reason, and shows one item with candidate cases', async () => {
    const list = (await service.app.inject({ method: 'GET', url: '/api/v1/review', headers: service.as('archivist') })).json();
    const entry = list.items.find((i: { documentId: string }) => i.documentId === service.seeded.orphan.documentId);
    expect(entry.reason).toContain('existing case');
    // The same reason as a stable code, and in bokmål for the page (the CLI and `reason` keep English).
    expect(entry.reasonCode).toMatchObject({ code: 'no_matching_case', params: { documentType: 'medical_declaration' } });
    expect(entry.reasonNb).toMatch(/^Dokumentet \(Legeerklæring\) skal legges til en eksisterende sak/);
    const item = (await service.app.inject({ method: 'GET', url: `/api/v1/review/${service.seeded.orphan.documentId}`, headers: service.as('archivist') })).json();
    expect(item.document.reasonNb).toBe(entry.reasonNb);
    expect(item.document.status).toBe('review');
    expect(item.document.documentType).toBe('medical_declaration');
    expect(item.candidates).toEqual([]);
  });

  it('refuses a decision naming a case that does not exist and keeps the stored reason and guess; carries a good one through; refuses a second', async () => {
    const { documentId } = service.seeded.orphan;
    const url = `/api/v1/documents/${documentId}`;
    const before = (await service.app.inject({ method: 'GET', url, headers: service.as('archivist') })).json();
    const ingrid = await service.person('Ingrid Decider', 'archivist');
    const refused = await service.app.inject({ method: 'POST', url: `/api/v1/review/${documentId}/decision`, headers: ingrid, payload: { case: '2025/09999', area: 'dental' } });
    expect(expectProblem(refused, 422).detail).toContain('There is no case 2025/09999');
    expect(expectProblem(await service.app.inject({ method: 'POST', url: `/api/v1/review/${documentId}/decision`, headers: ingrid, payload: { area: 'no_such_area' } }), 422).detail).toContain("no case area 'no_such_area'");
    expect((await service.app.inject({ method: 'GET', url, headers: service.as('archivist') })).json()).toEqual(before);

    const caseNumber = service.seeded.transfer.caseId!.replace('-', '/');
    const decided = await service.app.inject({ method: 'POST', url: `/api/v1/review/${documentId}/decision`, headers: ingrid, payload: { case: caseNumber, confirmOtherPerson: true } });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ decidedBy: 'Ingrid Decider', result: { documentId, status: 'routed', caseId: service.seeded.transfer.caseId, documentType: 'medical_declaration', area: 'dental' } });

    const again = expectProblem(await service.app.inject({ method: 'POST', url: `/api/v1/review/${documentId}/decision`, headers: ingrid, payload: { case: caseNumber } }), 409);
    expect(again.detail).toContain('not waiting in the review queue');
    const view = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${service.seeded.transfer.caseId}`, headers: ingrid })).json();
    expect(view.documents.map((d: { documentId: string }) => d.documentId)).toContain(documentId);
    expect(view.journal).toContainEqual(expect.objectContaining({ event: 'DocumentRegistered', documentId }));
    // The medical_declaration deadline opened above is closed by this declaration.
    expect(view.deadlines).toContainEqual(expect.objectContaining({ kind: 'medical_declaration', closedBy: documentId }));
  });
});

describe('simultaneous decisions', () => {
  it('of two archivists deciding the same document at once, one carries it on and the other is refused', async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const { renderTextPdf } = await import('../../corpus/render.ts');
    const { orphanDeclaration } = await import('./fixtures.ts');
    const letter = orphanDeclaration.map((line) => line.replace('Lise Larsen', 'Per Persen').replace('Bergen, 14.03.2025', 'Bergen, 17.03.2025'));
    const orphan = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([letter]), fileName: 'orphan-2.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(orphan.status).toBe('review');
    const [anna, bjorn] = await Promise.all([service.person('Anna Arkivar', 'archivist'), service.person('Bjørn Arkivar', 'archivist')]);
    const body = { case: service.seeded.transfer.caseId, confirmOtherPerson: true };
    const answers = await Promise.all([anna, bjorn].map((headers) => service.app.inject({ method: 'POST', url: `/api/v1/review/${orphan.documentId}/decision`, headers, payload: body })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(expectProblem(refused, 409).detail).toMatch(/already been decided by|not waiting in the review queue/);
  });
});

describe('claims', () => {
  it('of many simultaneous claims exactly one wins; every other is told who was first; the holder may release it', async () => {
    const { caseId } = service.seeded.transfer;
    const published: PostmottakEvent[] = [];
    const publisher = service.runtime.context.events;
    service.runtime.context.events = { publish: async (events) => void published.push(...events) };
    const handlers = await Promise.all(Array.from({ length: 12 }, (_, i) => service.person(`Handler ${i}`, 'caseworker')));
    const answers = await Promise.all(handlers.map((headers) => service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers })));
    const winners = answers.filter((a) => a.statusCode === 200);
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.json().claimedBy as string;
    for (const loser of answers.filter((a) => a.statusCode !== 200)) expect(expectProblem(loser, 409).detail).toBe(`Case ${caseId!.replace('-', '/')} was claimed by ${winner} first.`);
    const queue = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/dental', headers: service.as('reader') })).json();
    expect(queue.items.map((i: { caseId: string }) => i.caseId)).not.toContain(caseId);
    // The winner's own queue (new mail on their cases) is addressed by their name, spaces and all.
    expect((await service.app.inject({ method: 'GET', url: `/api/v1/queues/handler/${encodeURIComponent(winner)}`, headers: service.as('reader') })).statusCode).toBe(200);

    const loserHeaders = handlers[answers.findIndex((a) => a.statusCode !== 200)]!;
    expect(expectProblem(await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/release`, headers: loserHeaders }), 409).detail).toContain(`held by ${winner}`);
    const winnerHeaders = handlers[answers.findIndex((a) => a.statusCode === 200)]!;
    const released = await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/release`, headers: winnerHeaders });
    expect(released.json().case).toMatchObject({ handlerId: null, queue: 'unassigned/dental' });
    const back = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/dental', headers: service.as('reader') })).json();
    expect(back.items.map((i: { caseId: string }) => i.caseId)).toContain(caseId);
    const journal = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: service.as('reader') })).json().journal;
    expect(journal).toContainEqual(expect.objectContaining({ event: 'CaseClaimed', actor: winner }));
    expect(journal).toContainEqual(expect.objectContaining({ event: 'CaseReleased', actor: winner }));
    // One CaseClaimed for the one winner, one CaseReleased; identifiers and names only.
    service.runtime.context.events = publisher;
    expect(published.map((e) => [e.type, e.caseId, (e.detail as { handlerId?: string }).handlerId])).toEqual([
      ['CaseClaimed', caseId, winner],
      ['CaseReleased', caseId, winner],
    ]);
    expect(JSON.stringify(published)).not.toContain(kari);
  });
});

describe('bad input', () => {
  it('answers 400 for an unknown queue or area, a from after to, a limit over 200 and a cursor it never gave', async () => {
    const get = (url: string) => service.app.inject({ method: 'GET', url, headers: service.as('reader') });
    expect(expectProblem(await get('/api/v1/queues/nonsense'), 400).detail).toContain('There is no queue');
    expect(expectProblem(await get('/api/v1/queues/unassigned/moon_travel'), 400).detail).toContain("no case area 'moon_travel'");
    expect(expectProblem(await get('/api/v1/queues/review?from=2025-04-01&to=2025-03-01'), 400).detail).toContain('after');
    // The sentence names the field in words (session 17); the schema's path is in errors[].
    const overLimit = expectProblem(await get('/api/v1/queues/review?limit=201'), 400);
    expect(overLimit.detail).toContain('The number per page must be at most 200');
    expect(overLimit.errors).toEqual([expect.objectContaining({ in: 'querystring', path: 'limit', code: 'too_big' })]);
    const badFrom = expectProblem(await get('/api/v1/queues/review?from=2025-02-30'), 400);
    expect(badFrom.detail).toContain('The first day must be a date written YYYY-MM-DD');
    expect(badFrom.errors).toEqual([expect.objectContaining({ in: 'querystring', path: 'from' })]);
    expectProblem(await get('/api/v1/queues/review?cursor=bm90LWEtY3Vyc29y'), 400);
    const dental = (await get('/api/v1/queues/unassigned/dental?limit=1')).json();
    if (dental.cursor) expectProblem(await get(`/api/v1/queues/review?cursor=${dental.cursor}`), 400);
  });

  it('answers an invalid JSON body with 400 problem+json', async () => {
    const response = await service.app.inject({ method: 'POST', url: `/api/v1/review/${service.seeded.orphan.documentId}/decision`, headers: { ...service.as('archivist'), 'content-type': 'application/json' }, payload: '{"case": ' });
    expectProblem(response, 400);
  });

  it('never shows a national id in a queue listing', async () => {
    const body = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/dental', headers: service.as('archivist') })).body;
    expect(body).not.toContain(kari);
  });
});

describe('contract: real answers validate against the checked-in schemas/json/openapi.json', () => {
  it.each([
    ['/api/v1/queues/unassigned/{area}', 'get', (): string => '/api/v1/queues/unassigned/dental', 'reader', 200, 'application/json'],
    ['/api/v1/cases/{case}', 'get', (): string => `/api/v1/cases/${service.seeded.transfer.caseId}`, 'caseworker', 200, 'application/json'],
    ['/api/v1/documents/{documentId}', 'get', (): string => `/api/v1/documents/${service.seeded.transfer.documentId}`, 'system', 200, 'application/json'],
    ['/api/v1/documents/{documentId}/text', 'get', (): string => `/api/v1/documents/${service.seeded.transfer.documentId}/text`, 'archivist', 200, 'application/json'],
    ['/api/v1/deadlines', 'get', (): string => '/api/v1/deadlines?before=2026-01-01', 'reader', 200, 'application/json'],
    ['/api/v1/review', 'get', (): string => '/api/v1/review', 'archivist', 200, 'application/json'],
    ['/api/v1/cases/{case}', 'get', (): string => '/api/v1/cases/2025-09999', 'reader', 404, 'application/problem+json'],
    ['/api/v1/cases/{case}/claim', 'post', (): string => '/api/v1/cases/2025-00001/claim', 'reader', 403, 'application/problem+json'],
  ] as const)('%s %s answers %s as documented', async (path, method, url, role, status, type) => {
    const openapi = JSON.parse(await readFile(new URL('../../schemas/json/openapi.json', import.meta.url), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'openapi.json', components: openapi.components });
    const schema = openapi.paths[path][method].responses[String(status)].content[type].schema;
    const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/')));
    const response = await service.app.inject({ method: method.toUpperCase() as 'GET' | 'POST', url: url(), headers: service.as(role) });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain(type);
    const valid = validate(response.json());
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });
});
