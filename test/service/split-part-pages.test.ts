import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { DocumentText } from '#schemas/api';
import { SplitOutcome } from '#schemas/pipeline';
import { contentDocumentId } from '#domain/identity';
import { shutdownOcr } from '#engines/ocr/index';
import { listExamples } from '../../functions/commons/store/examples.ts';
import { FONT_REGULAR, renderPageImage } from '../../corpus/render.ts';
import { kariAppeal, separatorSheet as separator } from '../support/kari-letter.ts';
import { openBareService, orphanDeclaration, type BareService } from './fixtures.ts';

/**
 * A part of a split file has no pages of its own in the store: they were read with the whole file and
 * are kept under the file's id at the file's page numbers. Its text, its page images and the example its
 * decision teaches must come from there, the part's page k being the file's page pageRange[0]-1+k.
 */
/** Someone with no case: the part waits in review for an archivist. */
const declaration = orphanDeclaration;

/** Two text-layer pages (a letter, a separator sheet) and a scanned page, as a mailroom's mixed file. */
async function mixedFile(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 64, autoFirstPage: false, info: { CreationDate: new Date('2025-03-20T00:00:00Z') } });
  doc.registerFont('body', FONT_REGULAR);
  for (const lines of [kariAppeal, separator]) {
    doc.addPage().font('body').fontSize(11);
    for (const line of lines) doc.text(line === '' ? ' ' : line);
  }
  doc.addPage({ size: 'A4', margin: 0 });
  doc.image(await renderPageImage(declaration, { dpi: 200 }), 0, 0, { width: 595.28, height: 841.89 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe("a split file's parts", () => {
  let service: BareService;
  let outcome: SplitOutcome;
  const auth = () => ({ authorization: `Bearer ${service.tokens.archivist}` });
  const text = async (documentId: string) => {
    const response = await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}/text`, headers: auth() });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as DocumentText;
  };

  beforeAll(async () => {
    service = await openBareService();
    const bytes = await mixedFile();
    const response = await service.app.inject({ method: 'POST', url: '/api/v1/intake?fileName=mixed.pdf&received=2025-03-20', headers: { ...auth(), 'content-type': 'application/pdf' }, payload: bytes });
    expect(response.statusCode, response.body).toBe(200);
    outcome = SplitOutcome.parse(response.json());
    const fileId = contentDocumentId(bytes);
    expect(outcome.parts.map((p) => [p.documentId, p.pageRange])).toEqual([
      [`${fileId}-1`, [1, 1]],
      [`${fileId}-2`, [3, 3]],
    ]);
  }, 120_000);
  afterAll(async () => {
    await service.app.close();
    await service.runtime.close();
    await shutdownOcr();
  });

  it("shows each part's own pages, numbered from its first, read from the file's pages", async () => {
    const [appeal, declarationPart] = outcome.parts;
    const first = await text(appeal!.documentId);
    expect(first.pages.map((p) => p.pageIndex)).toEqual([0]);
    expect(first.pages[0]!.text).toContain('KLAGE PÅ VEDTAK');
    expect(first.pages[0]!.imageUrl).toBeNull();

    const second = await text(declarationPart!.documentId);
    expect(second.pages.map((p) => p.pageIndex)).toEqual([0]);
    expect(second.pages[0]!.text).toMatch(/Lumbago/);
    expect(second.pages[0]!.text).not.toContain('KLAGE');
    expect(second.pages[0]!.imageUrl).toBe(`/api/v1/documents/${declarationPart!.documentId}/pages/1/image`);
  });

  it("gives a scanned part's page image, made from the file's page", async () => {
    const declarationPart = outcome.parts[1]!;
    const image = await service.app.inject({ method: 'GET', url: `/api/v1/documents/${declarationPart.documentId}/pages/1/image`, headers: auth() });
    expect(image.statusCode, image.body).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Past the part's last page there is none, though the file has more pages than the part.
    const past = await service.app.inject({ method: 'GET', url: `/api/v1/documents/${outcome.parts[0]!.documentId}/pages/2/image`, headers: auth() });
    expect(past.statusCode).toBe(404);
  });

  it("teaches from the part's text when an archivist decides it", async () => {
    const [appeal, declarationPart] = outcome.parts;
    expect(declarationPart!.status).toBe('review');
    const decided = await service.app.inject({ method: 'POST', url: `/api/v1/review/${declarationPart!.documentId}/decision`, headers: auth(), payload: { case: appeal!.caseId!, confirmOtherPerson: true, documentType: 'medical_declaration' } });
    expect(decided.statusCode, decided.body).toBe(200);
    const [kept] = await listExamples(service.runtime.context.db, { kind: 'decision', limit: 10 });
    expect(kept!.documentId).toBe(declarationPart!.documentId);
    expect(kept!.text).toMatch(/Lumbago/);
    expect(kept!.text).not.toContain('KLAGE');
    // The data dir's copy the next model trains from has the same text.
    const lines = (await readFile(path.join(service.dataDir, 'examples', 'decisions.jsonl'), 'utf8')).trim().split('\n');
    const example = JSON.parse(lines.at(-1)!) as { documentId: string; text: string };
    expect(example.documentId).toBe(declarationPart!.documentId);
    expect(example.text).toMatch(/Lumbago/);

    // Routed, the part is found through the registry's part number and pages, no longer its resumable
    // state: its page 1 is still the file's page 3, not the file's first page.
    const routed = await text(declarationPart!.documentId);
    expect(routed.pages.map((p) => p.pageIndex)).toEqual([0]);
    expect(routed.pages[0]!.text).toMatch(/Lumbago/);
    expect(routed.pages[0]!.text).not.toContain('KLAGE');
  });
});
