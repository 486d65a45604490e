import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '#schemas/api';
import type { ProcessResult } from '#schemas/pipeline';
import { eventSchemas, type PostmottakEvent } from '#schemas/events';
import { outcomeEvent } from '../../service/operations/events.ts';
import { openTestService, type TestService } from './fixtures.ts';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { renderPageImage, renderTextPdf } from '../../corpus/render.ts';
import { s3Client } from '../../functions/commons/clients.ts';
import { idFor } from '../support/national-ids.ts';
import { kari } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';

/**
 * The archivists' work after the fact, through the real app over the embedded stack: page images,
 * reclassifying and re-dating a routed document, duplicates, mail for another body, quarantine
 * retries, labelled examples and the model's figures; each route for each role.
 */
let service: TestService;
let scanned: ProcessResult;
let published: PostmottakEvent[];
const mailroom = { person: 'mailroom', role: 'archivist' as const };

const scannedDeclaration = [
  'Haukeland universitetssjukehus', '', 'LEGEERKLÆRING', '',
  `Pasient: Per Hansen, fødselsnummer ${idFor(3, 7, 77)}`, '',
  'Diagnose: F32.1 Moderat depressiv episode (ICD-10).',
  'Pasienten er sykmeldt og arbeidsufør. Funksjonsevnen er nedsatt.', '',
  'Bergen, 10.03.2025', 'Kari Lege, lege',
];

beforeAll(async () => {
  service = await openTestService();
  published = [];
  service.runtime.context.events = { publish: async (events) => void published.push(...events) };
  const { handIn } = await import('../../service/operations/intake.ts');
  scanned = await handIn(service.runtime.context, mailroom, { bytes: await renderPageImage(scannedDeclaration), fileName: 'skannet-erklaering.png', receivedDate: '2025-03-21', postmarkDate: null });
});
afterAll(async () => {
  await service?.close();
});

const allRoles: Role[] = ['archivist', 'caseworker', 'reader', 'system', 'auditor'];

/** The labelled examples training reads from the data dir (`<data dir>/examples/*.jsonl`). */
function trainingExamples(): { documentId: string; documentType: string; area: string; text: string; archivist: string; machine: { area: string } }[] {
  const file = path.join(service.dataDir, 'examples', 'decisions.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) => service.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

describe('each new route for each role', () => {
  // Mutating calls name a document that does not exist: an allowed role gets 404, never 403, and nothing changes.
  const routes: { name: string; method: 'GET' | 'POST'; url: () => string; body?: object; allowed: Role[] }[] = [
    // The scan waits in review, on no case: the archivists' alone (a case handler's reading of a routed scan: test/service/documents-on-no-case.test.ts).
    { name: 'a page image of a document in review', method: 'GET', url: () => `/api/v1/documents/${scanned.documentId}/pages/1/image`, allowed: ['archivist'] },
    { name: 'a correction', method: 'POST', url: () => '/api/v1/documents/doc-none/correction', body: { area: 'dental' }, allowed: ['archivist'] },
    { name: 'a duplicate mark', method: 'POST', url: () => '/api/v1/documents/doc-none/duplicate', body: { of: 'doc-other' }, allowed: ['archivist'] },
    { name: 'a forwarded mark', method: 'POST', url: () => '/api/v1/documents/doc-none/forwarded', body: { recipient: 'NAV Klageinstans' }, allowed: ['archivist'] },
    { name: "the model's figures", method: 'GET', url: () => '/api/v1/review/accuracy', allowed: ['archivist'] },
  ];
  it.each(routes)('$name: allowed for exactly $allowed', async (route) => {
    for (const role of allRoles) {
      const response = await inject(route.method, route.url(), service.as(role), route.body);
      if (route.allowed.includes(role)) expect([200, 404], `${role}: ${response.body}`).toContain(response.statusCode);
      else expect(expectProblem(response, 403).detail).toContain(`The ${role} role may not`);
    }
  });

  it('a quarantine retry: archivists only', async () => {
    for (const role of allRoles) {
      const response = await service.app.inject({ method: 'POST', url: '/api/v1/quarantine/doc-none/retry', headers: { ...service.as(role), 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.4') });
      if (role === 'archivist') expectProblem(response, 404);
      else expectProblem(response, 403);
    }
  });
});

describe('page images', () => {
  it('serves the PNG that OCR read, whose pixels the word boxes refer to; a text-layer page has none', async () => {
    const image = await inject('GET', `/api/v1/documents/${scanned.documentId}/pages/1/image`, service.as('archivist'));
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    const text = (await inject('GET', `/api/v1/documents/${scanned.documentId}/text`, service.as('archivist'))).json();
    expect(text.pages[0].source).toBe('ocr');
    // The IHDR width of the PNG is the width the word boxes are measured in.
    expect(image.rawPayload.readUInt32BE(16)).toBe(text.pages[0].width);
    expect(expectProblem(await inject('GET', `/api/v1/documents/${service.seeded.transfer.documentId}/pages/1/image`, service.as('archivist')), 404).detail).toContain('text layer');
    expectProblem(await inject('GET', `/api/v1/documents/${scanned.documentId}/pages/0/image`, service.as('archivist')), 400);
  });

  it('answers the text at once: no page image is made up front, each OCR page links to the image route, which makes it when asked', async () => {
    const files = service.runtime.context.files;
    const made: number[] = [];
    service.runtime.context.files = { ...files, readPageImage: async (documentId, pageIndex) => {
        made.push(pageIndex);
        return files.readPageImage!(documentId, pageIndex);
      },
    };
    try {
      const text = await inject('GET', `/api/v1/documents/${scanned.documentId}/text`, service.as('archivist'));
      expect(text.statusCode).toBe(200);
      expect(made).toEqual([]);
      const [page] = text.json().pages;
      expect(page.imageUrl).toBe(`/api/v1/documents/${scanned.documentId}/pages/1/image`);
      const image = await inject('GET', page.imageUrl, service.as('archivist'));
      expect(image.headers['content-type']).toBe('image/png');
      expect(made).toEqual([0]);
    } finally {
      service.runtime.context.files = files;
    }
  });

  it('never shows another upload under the same name as a page: the original changed is said plainly', async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const first = await handIn(service.runtime.context, mailroom, { bytes: await renderPageImage(scannedDeclaration.map((line) => line.replace('Per Hansen', 'Ola Berg'))), fileName: 'skann.png', receivedDate: '2025-03-21', postmarkDate: null });
    const from = (await service.runtime.context.files.readPage(first.documentId, 0))?.imageFrom;
    expect(from).toBeDefined();
    // A scanner that reuses file names: another person's letter is put under the same key.
    const other = await renderPageImage(['Et helt annet brev', '', 'Klage fra Kari Nordmann']);
    await s3Client().send(new PutObjectCommand({ Bucket: from!.bucket, Key: from!.key, Body: other, ContentType: 'image/png' }));
    const image = await inject('GET', `/api/v1/documents/${first.documentId}/pages/1/image`, service.as('archivist'));
    expect(image.headers['content-type']).not.toBe('image/png');
    expect(expectProblem(image, 422).detail).toContain('replaced by another upload');
  });

  it('keeps the text readable when a page image cannot be made, and says so for that image alone', async () => {
    const files = service.runtime.context.files;
    service.runtime.context.files = { ...files, readPageImage: async () => Promise.reject(new Error('damaged original')) };
    try {
      const text = await inject('GET', `/api/v1/documents/${scanned.documentId}/text`, service.as('archivist'));
      expect(text.statusCode).toBe(200);
      expect(text.json().pages[0].text).toContain('LEGEERKL');
      expect(expectProblem(await inject('GET', text.json().pages[0].imageUrl, service.as('archivist')), 500).detail).toContain('page 1');
    } finally {
      service.runtime.context.files = files;
    }
  });
});

describe('corrections after the fact', () => {
  it('moves a case created by a document to the corrected area: its unassigned queue, keywords and journal follow; an event is published', async () => {
    const { documentId, caseId } = service.seeded.transfer;
    const ingrid = await service.person('Ingrid Retter', 'archivist');
    const corrected = await inject('POST', `/api/v1/documents/${documentId}/correction`, ingrid, { area: 'physiotherapy' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const outcome = corrected.json();
    // The case's title names its area: it follows too.
    expect(outcome.changes).toEqual({ area: { from: 'dental', to: 'physiotherapy' }, caseTitle: { from: 'Klage – Tannbehandling', to: 'Klage – Fysioterapi' } });
    expect(outcome.case).toMatchObject({ caseId, area: 'physiotherapy', queue: 'unassigned/physiotherapy' });
    expect(outcome.case.keywords).toContain('fysioterapi');
    expect(outcome.case.keywords).not.toContain('tannbehandling');

    const queue = async (area: string) => (await inject('GET', `/api/v1/queues/unassigned/${area}`, service.as('reader'))).json().items.map((i: { caseId: string }) => i.caseId);
    expect(await queue('physiotherapy')).toContain(caseId);
    expect(await queue('dental')).not.toContain(caseId);
    const view = (await inject('GET', `/api/v1/cases/${caseId}`, ingrid)).json();
    expect(view.journal).toContainEqual(expect.objectContaining({ event: 'ClassificationCorrected', actor: 'Ingrid Retter', documentId, details: { documentId, changes: outcome.changes } }));
    expect(published).toContainEqual(expect.objectContaining({ type: 'ClassificationCorrected', caseId, documentId, detail: { correctedBy: 'Ingrid Retter', documentType: 'case_transfer', area: 'physiotherapy', previousDocumentType: 'case_transfer', previousArea: 'dental' } }));
    expect((await inject('GET', `/api/v1/documents/${documentId}`, ingrid)).json()).toMatchObject({ area: 'physiotherapy', queue: 'unassigned/physiotherapy' });
    // The correction teaches the next model: it is in the examples `npm run train -- --examples` reads.
    const taught = trainingExamples().filter((e) => e.documentId === documentId);
    expect(taught.at(-1)).toMatchObject({ documentType: 'case_transfer', area: 'physiotherapy', archivist: 'Ingrid Retter', machine: { area: 'dental' } });
    expect(taught.at(-1)!.text.length).toBeGreaterThan(20);
  });

  it("moves the case's deadlines when the received date is corrected, and refuses a correction that changes nothing", async () => {
    const { documentId, caseId } = service.seeded.transfer;
    const examplesBefore = trainingExamples().filter((e) => e.documentId === documentId).length;
    const before = (await inject('GET', `/api/v1/cases/${caseId}`, service.as('archivist'))).json().deadlines;
    expect(before).toContainEqual(expect.objectContaining({ kind: 'preliminary_reply', due: '2025-04-22', openedBy: documentId }));
    const corrected = await inject('POST', `/api/v1/documents/${documentId}/correction`, service.as('archivist'), { receivedDate: '2025-03-24' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = (await inject('GET', `/api/v1/cases/${caseId}`, service.as('archivist'))).json().deadlines;
    // 24 March + 1 month = Thursday 24 April; + 3 months = Tuesday 24 June.
    expect(after.filter((d: { openedBy: string }) => d.openedBy === documentId).map((d: { kind: string; due: string }) => [d.kind, d.due]).sort()).toEqual([
      ['case_processing', '2025-06-24'],
      ['preliminary_reply', '2025-04-24'],
    ]);
    // A date says nothing about the text: no training example.
    expect(trainingExamples().filter((e) => e.documentId === documentId)).toHaveLength(examplesBefore);
    expect(expectProblem(await inject('POST', `/api/v1/documents/${documentId}/correction`, service.as('archivist'), { receivedDate: '2025-03-24' }), 400).detail).toContain('changes nothing');
    expect(expectProblem(await inject('POST', `/api/v1/documents/${documentId}/correction`, service.as('archivist'), { case: '2025/09999' }), 422).detail).toContain('2025/09999');
    expect(expectProblem(await inject('POST', `/api/v1/documents/${scanned.documentId}/correction`, service.as('archivist'), { area: 'dental' }), 409).detail).toContain('review queue');
  });
});

describe("a type correction and the case's status, title and priority", () => {
  it('makes a joined letter a tribunal appeal and back: ATRY, «Anke – », urgent and first in priority order; then as before', async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const { caseId } = service.seeded.transfer;
    const caseNumber = (await inject('GET', `/api/v1/cases/${caseId}`, service.as('archivist'))).json().case.caseNumber as string;
    const letter = [
      'Kari Nordmann', 'Storgata 1, 0155 Oslo', '', 'Nasjonalt klageorgan for helsetjenesten', '',
      `Deres ref.: ${caseNumber}`, '', 'MERKNADER TIL SAKEN', '',
      `Jeg viser til saken om stønad og har disse merknadene til oversendelsen, fødselsnummer ${kari}.`,
      'Jeg mener Helfo har lagt feil faktum til grunn.', '', 'Oslo, 19.03.2025', 'Kari Nordmann',
    ];
    const joined = await handIn(service.runtime.context, mailroom, { bytes: await renderTextPdf([letter]), fileName: 'merknader.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(joined).toMatchObject({ status: 'routed', caseId });
    const before = (await inject('GET', `/api/v1/cases/${caseId}`, service.as('archivist'))).json().case;
    expect(before).toMatchObject({ status: 'NY', priority: 1 });
    expect(before.title).not.toMatch(/^Anke/);

    const ingrid = await service.person('Ingrid Hansen', 'archivist');
    const toAppeal = await inject('POST', `/api/v1/documents/${joined.documentId}/correction`, ingrid, { documentType: 'tribunal_appeal', decisionDate: '2025-03-01' });
    expect(toAppeal.statusCode, toAppeal.body).toBe(200);
    expect(toAppeal.json().case).toMatchObject({ status: 'ATRY', title: `Anke – ${before.title}`, priority: 3 });
    expect(toAppeal.json().changes).toMatchObject({ caseStatus: { from: 'NY', to: 'ATRY' }, casePriority: { from: 1, to: 3 }, caseTitle: { from: before.title, to: `Anke – ${before.title}` } });
    const byPriority = (await inject('GET', `/api/v1/queues/unassigned/${before.area}?order=priority`, service.as('reader'))).json().items;
    expect(byPriority[0]).toMatchObject({ caseId, priority: 3 });
    const journal = (await inject('GET', `/api/v1/cases/${caseId}`, ingrid)).json().journal;
    expect(journal).toContainEqual(expect.objectContaining({ event: 'ClassificationCorrected', actor: 'Ingrid Hansen', details: expect.objectContaining({ changes: expect.objectContaining({ caseStatus: { from: 'NY', to: 'ATRY' } }) }) }));

    const back = await inject('POST', `/api/v1/documents/${joined.documentId}/correction`, ingrid, { documentType: 'comments' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().case).toMatchObject({ status: 'NY', title: before.title, priority: 1 });
    const normal = (await inject('GET', `/api/v1/queues/unassigned/${before.area}?order=priority`, service.as('reader'))).json().items;
    expect(normal.find((i: { caseId: string }) => i.caseId === caseId)).toMatchObject({ priority: 1 });
  });
});

describe('outcomes, examples and figures', () => {
  it('keeps a decision as a labelled example and counts it in the figures of the last decisions', async () => {
    const { documentId } = service.seeded.orphan;
    const empty = (await inject('GET', '/api/v1/review/accuracy', service.as('archivist'))).json();
    const decided = await inject('POST', `/api/v1/review/${documentId}/decision`, service.as('archivist'), { case: service.seeded.transfer.caseId!, confirmOtherPerson: true, documentType: 'medical_declaration' });
    expect(decided.statusCode, decided.body).toBe(200);
    const figures = (await inject('GET', '/api/v1/review/accuracy', service.as('archivist'))).json();
    expect(figures.decisions).toBe(empty.decisions + 1);
    expect(figures.byType).toContainEqual(expect.objectContaining({ code: 'medical_declaration' }));
    const { listExamples } = await import('../../functions/commons/store/examples.ts');
    const [example] = await listExamples(service.runtime.context.db, { kind: 'decision', limit: 1 });
    expect(example).toMatchObject({ documentId, by: 'starter-archivist', machine: { documentType: 'medical_declaration' }, archivist: { documentType: 'medical_declaration', caseId: service.seeded.transfer.caseId } });
    expect(example!.text).toContain('LEGEERKLÆRING');
  });

  it('marks mail in review as forwarded to another body: it leaves the queue, cannot then be decided, and nothing is lost', async () => {
    const { documentId } = scanned;
    const marked = await inject('POST', `/api/v1/documents/${documentId}/forwarded`, service.as('archivist'), { recipient: 'NAV Klageinstans Vest' });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ outcome: 'forwarded', recipient: 'NAV Klageinstans Vest', previousStatus: 'review', by: 'starter-archivist' });
    const review = (await inject('GET', '/api/v1/review', service.as('archivist'))).json().items.map((i: { documentId: string }) => i.documentId);
    expect(review).not.toContain(documentId);
    expect(expectProblem(await inject('POST', `/api/v1/review/${documentId}/decision`, service.as('archivist'), {}), 409).detail).toContain('already been decided');
    expect(expectProblem(await inject('POST', `/api/v1/documents/${documentId}/duplicate`, service.as('archivist'), { of: service.seeded.transfer.documentId }), 409).detail).toContain('forwarded');
    expect((await inject('GET', `/api/v1/documents/${documentId}/text`, service.as('archivist'))).json().pages[0].text).toContain('LEGEERKL');
    // SPEC.md names no event for this outcome: it goes out once, as the correction it is, without the recipient (journal only).
    const events = published.filter((e) => e.documentId === documentId && e.type === 'ClassificationCorrected');
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ correctedBy: 'starter-archivist', outcome: 'forwarded' });
    expect(JSON.stringify(events[0])).not.toContain('Klageinstans');
    expect(eventSchemas.ClassificationCorrected.safeParse(events[0]).success).toBe(true);
  });

  it('marks a routed document as a duplicate of another: its deadlines close, it stays in the journal', async () => {
    const { handIn } = await import('../../service/operations/intake.ts');
    const { transferLetter } = await import('./fixtures.ts');
    // A rescan: the same letter, other bytes (another layout), so the pipeline sees a new document on the same case.
    const rescan = await handIn(service.runtime.context, mailroom, { bytes: await renderTextPdf([transferLetter], { fontSize: 12 }), fileName: 'rescan.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(rescan.status).toBe('routed');
    const marked = await inject('POST', `/api/v1/documents/${rescan.documentId}/duplicate`, service.as('archivist'), { of: service.seeded.transfer.documentId });
    expect(marked.statusCode, marked.body).toBe(200);
    const view = (await inject('GET', `/api/v1/cases/${rescan.caseId}`, service.as('archivist'))).json();
    expect(view.documents.map((d: { documentId: string }) => d.documentId)).toContain(rescan.documentId);
    for (const d of view.deadlines.filter((x: { openedBy: string }) => x.openedBy === rescan.documentId)) expect(d.status).toBe('closed');
    const before = published.length;
    expect(expectProblem(await inject('POST', `/api/v1/documents/${rescan.documentId}/duplicate`, service.as('archivist'), { of: service.seeded.transfer.documentId }), 409).detail).toContain('already marked');
    // The event went out after the write, once; the refused second mark published nothing.
    expect(published.length).toBe(before);
    const events = published.filter((e) => e.documentId === rescan.documentId && e.type === 'ClassificationCorrected');
    expect(events).toEqual([
      expect.objectContaining({
        caseId: rescan.caseId,
        detail: expect.objectContaining({ outcome: 'duplicate', duplicateOf: service.seeded.transfer.documentId, documentType: rescan.documentType, previousDocumentType: rescan.documentType }),
      }),
    ]);
    // Its id is derived from the change (the outcome), not from the moment: the same mark made again has the same id.
    const again = outcomeEvent({ documentId: rescan.documentId, caseId: rescan.caseId! }, new Date(Date.now() + 60_000).toISOString(), {
      by: 'someone else', documentType: rescan.documentType, area: rescan.area, outcome: 'duplicate', duplicateOf: service.seeded.transfer.documentId,
    });
    expect(again.id).toBe(events[0]!.id);
    expect(expectProblem(await inject('POST', `/api/v1/documents/${service.seeded.transfer.documentId}/duplicate`, service.as('archivist'), { of: service.seeded.transfer.documentId }), 422).detail).toContain('itself');
  });

  it('a replacement rejected too replaces nothing: the original stays in quarantine with the attempt and its reason beside it, nothing lost', async () => {
    const { documentId } = service.seeded.rejected;
    const junk = Buffer.from('dette er ingen pdf, bare tekst');
    const retried = await service.app.inject({ method: 'POST', url: `/api/v1/quarantine/${documentId}/retry`, headers: { ...service.as('archivist'), 'content-type': 'application/pdf' }, payload: junk });
    expect(retried.statusCode, retried.body).toBe(200);
    const outcome = retried.json();
    expect(outcome).toMatchObject({ replaced: null, retriedBy: 'starter-archivist', result: { status: 'rejected' } });
    expect(outcome.reasonNb).toMatch(/ikke PDF, TIFF, JPEG eller PNG/);
    const attempt = outcome.result.documentId as string;
    expect(attempt).not.toBe(documentId);
    const items = (await inject('GET', '/api/v1/queues/quarantine', service.as('archivist'))).json().items as { documentId: string; retries?: { documentId: string; reasonNb: string | null; by: string }[] }[];
    // The original is where it was, once, with the attempt beside it; the attempt is not a second entry.
    expect(items.filter((i) => i.documentId === documentId)).toEqual([expect.objectContaining({ retries: [expect.objectContaining({ documentId: attempt, reasonNb: outcome.reasonNb, by: 'starter-archivist' })] })]);
    expect(items.map((i) => i.documentId)).not.toContain(attempt);
    // Nothing lost: the attempt keeps its record and its quarantine copy.
    expect((await inject('GET', `/api/v1/documents/${attempt}`, service.as('archivist'))).json()).toMatchObject({ status: 'rejected' });
    expect((await inject('GET', `/api/v1/documents/${attempt}/original`, service.as('archivist'))).statusCode).toBe(200);
    // The same bad file again is known, and still replaces nothing.
    const again = await service.app.inject({ method: 'POST', url: `/api/v1/quarantine/${documentId}/retry`, headers: { ...service.as('archivist'), 'content-type': 'application/pdf' }, payload: junk });
    expect(expectProblem(again, 409).detail).toContain(attempt);
    expect((await inject('GET', '/api/v1/queues/quarantine', service.as('archivist'))).json().items.map((i: { documentId: string }) => i.documentId)).toContain(documentId);
  });

  it('tries a quarantined file again with its replacement: the replacement runs through, the rejected file leaves quarantine', async () => {
    const { documentId } = service.seeded.rejected;
    const replacement = await renderTextPdf([['Helfo', '', 'Ettersendelse til sak', `Fødselsnummer ${idFor(12, 3, 85)}`, 'Vi ettersender dokumenter i saken om tannbehandling.']]);
    const retried = await service.app.inject({ method: 'POST', url: `/api/v1/quarantine/${documentId}/retry`, headers: { ...service.as('archivist'), 'content-type': 'application/pdf' }, payload: replacement });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ replaced: documentId, retriedBy: 'starter-archivist' });
    expect(['routed', 'review']).toContain(retried.json().result.status);
    const quarantine = (await inject('GET', '/api/v1/queues/quarantine', service.as('archivist'))).json().items.map((i: { documentId: string }) => i.documentId);
    expect(quarantine).not.toContain(documentId);
    const again = await service.app.inject({ method: 'POST', url: `/api/v1/quarantine/${documentId}/retry`, headers: { ...service.as('archivist'), 'content-type': 'application/pdf' }, payload: replacement });
    expect(expectProblem(again, 409).detail).toContain('already tried again');
  });
});
