import { describe, expect, it } from 'vitest';
import { classificationUnderCover, coverOf, documentPages, linkByCover } from '#domain/sheets/cover';
import type { Classification } from '#schemas/pipeline';
import { decideLink } from '#domain/registry/linking';
import { loadConfig } from '#config/load';
import type { CoverSheet } from '#schemas/sheets';
import { classificationOf } from '#domain/classify/stage';

const cover: CoverSheet = { kind: 'cover', caseNumber: '2025/00042', documentType: 'medical_declaration', area: null };
const guessed: Classification = {
  documentType: 'correspondence', area: 'sick_pay', language: 'nb', keywords: [], confidence: 0.41, typeConfidence: 0.5,
  fields: { nationalIds: [], caseReferences: [], decisionDate: null, decisionReceivedDate: null },
  reviewReason: null, textSource: 'ocr', pages: 2, explanation: [{ feature: 'hei', weight: 0.2 }], modelVersion: 'm1',
};
const types = ['appeal', 'medical_declaration', 'correspondence'];

describe('a cover-sheeted document', () => {
  it('counts a cover sheet only as the first page, and leaves sheet pages out of the document', () => {
    const pages = [{ pageIndex: 1 }, { pageIndex: 0, sheet: cover }, { pageIndex: 2, sheet: { kind: 'separator' as const } }];
    expect(coverOf(pages)).toEqual(cover);
    expect(coverOf([{ pageIndex: 0 }, { pageIndex: 1, sheet: cover }])).toBeNull();
    expect(documentPages(pages).map((p) => p.pageIndex)).toEqual([1]);
  });

  it("takes the sheet's type at confidence 1, and the sheet's area when it names one", () => {
    expect(classificationUnderCover(guessed, cover, types)).toMatchObject({ documentType: 'medical_declaration', area: 'sick_pay', confidence: 1, typeConfidence: 1 });
    expect(classificationUnderCover(guessed, { ...cover, area: 'dental' }, types).area).toBe('dental');
  });

  it('is classified as usual when the sheet names no type, or one the configuration does not know', () => {
    expect(classificationUnderCover(guessed, { ...cover, documentType: null }, types)).toEqual({ ...guessed, cover: { ...cover, documentType: null } });
    expect(classificationUnderCover(guessed, { ...cover, documentType: 'retired_type' }, types).documentType).toBe('correspondence');
  });

  it("goes to the sheet's case, or to an archivist when that case is missing or closed", () => {
    expect(linkByCover(cover, { caseId: '2025-00042', open: true })).toEqual({ review: false, caseId: '2025-00042' });
    expect(linkByCover(cover, null)).toEqual({
      review: true,
      reason: 'The cover sheet names case 2025/00042, which does not exist. Choose the case.',
      reasonCode: { code: 'cover_case_missing', params: { caseNumber: '2025/00042' } },
    });
    expect(linkByCover(cover, { caseId: '2025-00042', open: false })).toMatchObject({ review: true });
  });
});

describe('linking a cover-sheeted document', () => {
  const config = loadConfig();
  const sheeted = classificationUnderCover({ ...guessed, documentType: 'appeal', confidence: 0.3, typeConfidence: 0.3 }, cover, types);
  const coverCase = { caseId: '2025-00042', open: true, area: 'sick_pay', createdBy: 'doc-other' };
  const otherCase = { caseId: '2025-00007', open: true, area: 'dental', createdBy: 'doc-x' };

  it("goes to the sheet's case even when the letter's references point elsewhere", () => {
    const link = decideLink({ documentId: 'doc-1', classification: sheeted, referenceMatches: [[otherCase]], nationalIdMatches: [otherCase], coverCase }, config);
    expect(link).toMatchObject({ review: false, caseId: '2025-00042', matchedBy: 'cover_sheet', classification: { documentType: 'medical_declaration', confidence: 1 } });
  });

  it('goes to review when the case on the sheet does not exist, or when the sheet names no type and the type is unsure', () => {
    expect(decideLink({ documentId: 'doc-1', classification: sheeted, referenceMatches: [], nationalIdMatches: [], coverCase: null }, config)).toMatchObject({ review: true, caseId: null, reason: expect.stringContaining('2025/00042, which does not exist') });
    const untyped = classificationUnderCover({ ...guessed, typeConfidence: 0.3 }, { ...cover, documentType: null }, types);
    expect(decideLink({ documentId: 'doc-1', classification: untyped, referenceMatches: [], nationalIdMatches: [], coverCase }, config)).toMatchObject({ review: true, reason: expect.stringContaining('not sure') });
  });
});

describe('a letter headed both comments and appeal under a cover sheet (review s11)', () => {
  const config = loadConfig();
  const held = classificationOf([{ pageIndex: 0, source: 'text_layer', text: 'Kari Nordmann\nStorgata 12 B\n0155 Oslo\n\nOslo, 3. mars 2026\n\nComments - appeal\n\nI appeal against the decision of 12 February 2026 rejecting my sick pay. I am still ill and cannot work.\n\nMed vennlig hilsen\nKari Nordmann' }], config);
  const coverCase = { caseId: '2025-00042', open: true, area: 'sick_pay', createdBy: 'doc-other' };

  it('is held without a sheet, and filed on the case when the sheet names the type', () => {
    expect(held.reviewReasonCode?.code).toBe('comments_or_appeal');
    const sheeted = classificationUnderCover(held, { ...cover, documentType: 'appeal', area: 'sick_pay' }, types);
    expect(sheeted).toMatchObject({ documentType: 'appeal', reviewReason: null });
    expect(sheeted.reviewReasonCode).toBeUndefined();
    expect(decideLink({ documentId: 'doc-1', classification: sheeted, referenceMatches: [], nationalIdMatches: [], coverCase }, config)).toMatchObject({ review: false, caseId: '2025-00042', matchedBy: 'cover_sheet' });
  });

  it('is still held when the sheet names no type: nobody said which it is', () => {
    expect(classificationUnderCover(held, { ...cover, documentType: null }, types).reviewReasonCode?.code).toBe('comments_or_appeal');
  });
});
