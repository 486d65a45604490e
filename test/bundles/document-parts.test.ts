import { describe, expect, it } from 'vitest';
import { documentPartsOf, fileIdOfPart, pagesOfPart, partDocumentId } from '#domain/bundles/document-parts';
import type { BundleAnalysis } from '#schemas/bundles';
import { linkStage } from '#stages/link';
import type { DocumentRecord } from '#stages/records';
import type { StagePorts } from '#stages/ports';
import { classification, config, stateFor } from '../registry/fixtures.ts';

const cover = { kind: 'cover' as const, caseNumber: '2025/00042', documentType: null, area: null };

describe('the documents a split file becomes', () => {
  const analysis: BundleAnalysis = {
    parts: [
      { pageRange: [2, 3], role: 'main', kind: 'letter' },
      { pageRange: [4, 4], role: 'attachment', kind: 'decision_copy' },
      { pageRange: [6, 6], role: 'main', kind: 'letter' },
      { pageRange: [7, 7], role: 'attachment', kind: 'image' },
    ],
    missingAttachments: ['Legeerklæring'],
  };
  // Page 1 a cover sheet heading the first bundle, page 5 a separator before the second.
  const pages = [0, 1, 2, 3, 4, 5, 6].map((pageIndex) => ({ pageIndex, ...(pageIndex === 0 ? { sheet: cover } : pageIndex === 4 ? { sheet: { kind: 'separator' as const } } : {}) }));

  it('gives each part an id from the file id and its number, its main document, and the cover heading its stretch', () => {
    const parts = documentPartsOf('doc-abc', analysis, pages)!;
    expect(parts.map((p) => [p.documentId, p.part, p.parts, p.role, p.mainDocumentId, p.cover?.caseNumber ?? null])).toEqual([
      ['doc-abc-1', 1, 4, 'main', null, '2025/00042'],
      ['doc-abc-2', 2, 4, 'attachment', 'doc-abc-1', '2025/00042'],
      ['doc-abc-3', 3, 4, 'main', null, null],
      ['doc-abc-4', 4, 4, 'attachment', 'doc-abc-3', null],
    ]);
    // The listed attachments the bundle lacks are flagged on the main document whose letter listed them, once.
    expect(parts.map((p) => p.missingAttachments)).toEqual([['Legeerklæring'], [], [], []]);
    expect(partDocumentId('doc-abc', 2)).toBe(parts[1]!.documentId);
  });

  it("reads a part's file id back from the part's id, and no other id", () => {
    const parts = documentPartsOf('doc-abc', analysis, pages)!;
    expect(parts.map((p) => fileIdOfPart(p.documentId, p.part))).toEqual(['doc-abc', 'doc-abc', 'doc-abc', 'doc-abc']);
    expect(fileIdOfPart(partDocumentId('doc-abc-12', 12), 12)).toBe('doc-abc-12');
    // Another part's number, a file's own id, an id that is only the suffix: no file.
    expect(fileIdOfPart('doc-abc-12', 2)).toBeNull();
    expect(fileIdOfPart('doc-abc', 1)).toBeNull();
    expect(fileIdOfPart('-1', 1)).toBeNull();
  });

  it('is null for a file that is one document', () => {
    expect(documentPartsOf('doc-abc', { parts: [analysis.parts[0]!], missingAttachments: [] }, pages)).toBeNull();
  });

  it("takes a part's pages by its range, leaving sheets out", () => {
    expect(pagesOfPart(pages, { pageRange: [4, 6] }).map((p) => p.pageIndex)).toEqual([3, 5]);
  });
});

describe('Link for an attachment of a bundle', () => {
  const mainRecord = (status: DocumentRecord['status'], caseId: string | null, documentType = 'case_transfer') => ({ documentId: 'doc-abc-1', status, caseId, item: { documentType } }) as unknown as DocumentRecord;
  const portsWith = (main: DocumentRecord | null) => ({ config, documents: { getAsStored: async (id: string) => (id === 'doc-abc-1' ? main : null) } }) as unknown as StagePorts;
  const part = { documentId: 'doc-abc-2', fileDocumentId: 'doc-abc', part: 2, parts: 2, pageRange: [2, 2] as [number, number], role: 'attachment' as const, kind: 'image' as const, mainDocumentId: 'doc-abc-1', missingAttachments: [] };
  // An X-ray: no text, which alone would send a document to review.
  const xray = classification({ documentType: 'correspondence', reviewReason: 'no readable text', confidence: 0.1 });

  it("joins the main document's case, textless or not", async () => {
    const link = await linkStage({ ...stateFor(xray), part }, portsWith(mainRecord('routed', '2025-00007')));
    expect(link).toMatchObject({ review: false, caseId: '2025-00007', matchedBy: 'main_document' });
  });

  it("a letter follows a first instance's transfer letter, but in a stack of other mail it is mail of its own", async () => {
    const letter = { ...part, kind: 'letter' as const };
    const unsure = classification({ documentType: 'appeal', reviewReason: 'no readable text' });
    const inBundle = await linkStage({ ...stateFor(unsure), part: letter }, portsWith(mainRecord('routed', '2025-00007')));
    expect(inBundle).toMatchObject({ caseId: '2025-00007', matchedBy: 'main_document' });
    const inStack = await linkStage({ ...stateFor(unsure), part: letter }, portsWith(mainRecord('routed', '2025-00007', 'appeal')));
    expect(inStack.matchedBy).not.toBe('main_document');
    expect(inStack.caseId).toBeNull();
  });

  it('waits beside a main document that is in review, to follow it to its case', async () => {
    const link = await linkStage({ ...stateFor(xray), part }, portsWith(mainRecord('review', null)));
    expect(link).toMatchObject({ review: true, caseId: null, waitsFor: 'doc-abc-1' });
  });
});
