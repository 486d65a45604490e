import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '#schemas/api';
import type { ProcessResult } from '#schemas/pipeline';
import { renderPageImage } from '../../corpus/render.ts';
import { declarationOnKarisCase, openTestService, orphanDeclaration, type TestService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';

/**
 * SPEC roles: a case handler reads cases in full, and a document still in review belongs to no case,
 * so its text, page images and original are the archivists' alone (a medical declaration is
 * special-category data: least privilege). A document on a case stays readable for the case handler.
 * And a rejected file has no page images because it was never read, which is what its 404 says.
 */
let service: TestService;
let inReview: ProcessResult;
let onCase: ProcessResult;


beforeAll(async () => {
  service = await openTestService();
  const { handIn } = await import('../../service/operations/intake.ts');
  const mailroom = { person: 'mailroom', role: 'archivist' as const };
  inReview = await handIn(service.runtime.context, mailroom, { bytes: await renderPageImage(orphanDeclaration), fileName: 'skannet-uten-sak.png', receivedDate: '2025-03-21', postmarkDate: null });
  onCase = await handIn(service.runtime.context, mailroom, { bytes: await renderPageImage(declarationOnKarisCase), fileName: 'skannet-paa-sak.png', receivedDate: '2025-03-21', postmarkDate: null });
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const get = (url: string, role: Role) => service.app.inject({ method: 'GET', url, headers: service.as(role) });

const reads = (documentId: string) => [
  { what: 'text', url: `/api/v1/documents/${documentId}/text` },
  { what: 'page image', url: `/api/v1/documents/${documentId}/pages/1/image` },
  { what: 'original', url: `/api/v1/documents/${documentId}/original` },
];

describe("a scanned medical declaration in review (on no case)", () => {
  it('is in review, read by OCR, on no case', () => {
    expect(inReview).toMatchObject({ status: 'review', textSource: 'ocr', caseId: null });
  });

  it.each(['text', 'page image', 'original'])('its %s: the archivist may, the case handler may not (403), nor any other role', async (what) => {
    const { url } = reads(inReview.documentId).find((r) => r.what === what)!;
    expect((await get(url, 'archivist')).statusCode).toBe(200);
    expect(expectProblem(await get(url, 'caseworker'), 403).detail).toMatch(/on no case/);
    for (const role of ['reader', 'system', 'auditor'] as const) expect(expectProblem(await get(url, role), 403).detail).toContain(`The ${role} role may not`);
  });

  it('its facts: the case handler sees them without the words that drove the classification (document text), the archivist with them', async () => {
    const view = async (role: Role) => JSON.parse((await get(`/api/v1/documents/${inReview.documentId}`, role)).body) as { explanation: string[] };
    expect((await view('archivist')).explanation.length).toBeGreaterThan(0);
    expect((await view('caseworker')).explanation).toEqual([]);
  });
});

describe('a scanned medical declaration routed onto a case', () => {
  it('is routed onto the transfer\'s case', () => {
    expect(onCase).toMatchObject({ status: 'routed', textSource: 'ocr', caseId: service.seeded.transfer.caseId });
  });

  it.each(['text', 'page image', 'original'])('its %s: the case handler may, as the archivist', async (what) => {
    const { url } = reads(onCase.documentId).find((r) => r.what === what)!;
    for (const role of ['archivist', 'caseworker'] as const) expect((await get(url, role)).statusCode, role).toBe(200);
  });
});

describe('a rejected file', () => {
  it('is refused to the case handler; the archivist is told it was rejected unread, for its text and for a page image', async () => {
    const { documentId } = service.seeded.rejected;
    expect(service.seeded.rejected.status).toBe('rejected');
    for (const { url } of reads(documentId).slice(0, 2)) expectProblem(await get(url, 'caseworker'), 403);
    expect(expectProblem(await get(`/api/v1/documents/${documentId}/text`, 'archivist'), 422).detail).toContain('rejected unread');
    const image = expectProblem(await get(`/api/v1/documents/${documentId}/pages/1/image`, 'archivist'), 404).detail;
    expect(image).toContain('rejected unread');
    expect(image).not.toContain('text layer');
  });
});
