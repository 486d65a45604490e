import { describe, expect, it } from 'vitest';
import { classificationUnderCover } from '#domain/sheets/cover';
import { decideLink } from '#domain/registry/linking';
import { reasonNames, reasonText } from '#domain/reasons/wording';
import { loadConfig } from '#config/load';
import type { Classification } from '#schemas/pipeline';
import type { CoverSheet } from '#schemas/sheets';

/**
 * The cover sheet's case against what the document says itself (QA session 10, HIGH 3): the sheet
 * decides the case by its code, but not onto another person's case, nor onto a case of another area
 * than the sheet names.
 */
const config = loadConfig();
const cover: CoverSheet = { kind: 'cover', caseNumber: '2025/00004', documentType: 'medical_declaration', area: null };
const read: Classification = {
  documentType: 'medical_declaration', area: 'sick_pay', language: 'nb', keywords: [], confidence: 0.9, typeConfidence: 0.9,
  fields: { nationalIds: ['(an id)'], caseReferences: [], decisionDate: null, decisionReceivedDate: null },
  reviewReason: null, textSource: 'ocr', pages: 1, explanation: [], modelVersion: 'm1',
};
const types = ['appeal', 'medical_declaration', 'correspondence'];
const perCase = { caseId: '2025-00004', open: true, area: 'sick_pay', createdBy: 'doc-per', nationalIdHashes: ['hash-per', 'hash-per-lawyer'] };
const link = (sheet: CoverSheet, documentHashes: string[], coverCase = perCase) =>
  decideLink({ documentId: 'doc-1', classification: classificationUnderCover(read, sheet, types), referenceMatches: [], nationalIdMatches: [], coverCase, nationalIdHashes: documentHashes }, config);

describe("a cover sheet's case and the document behind it", () => {
  it("goes to review when the document's national id is no party's of the case", () => {
    const result = link(cover, ['hash-kari']);
    expect(result).toMatchObject({ review: true, caseId: null, reasonCode: { code: 'sheet_case_person_mismatch', params: { caseNumber: '2025/00004' } } });
    expect(reasonText(result.reasonCode!, 'nb', reasonNames(config))).toBe(
      'Førstesiden viser til sak 2025/00004, men fødselsnummeret i dokumentet tilhører ingen part i saken: førstesiden kan være lagt på en annen persons dokument. Kontroller det, og velg saken.',
    );
  });

  it("goes to the case when one of the document's ids is a party's (the representative's too), or when it names nobody", () => {
    expect(link(cover, ['hash-kari', 'hash-per'])).toMatchObject({ review: false, caseId: '2025-00004', matchedBy: 'cover_sheet' });
    expect(link(cover, ['hash-per-lawyer'])).toMatchObject({ review: false, caseId: '2025-00004' });
    expect(link(cover, [])).toMatchObject({ review: false, caseId: '2025-00004' });
  });

  it("goes to review when the document names a person by id and the case knows nobody's id, but to the case when it names nobody", () => {
    const unknown = { ...perCase, nationalIdHashes: [] };
    const result = link(cover, ['hash-kari'], unknown);
    expect(result).toMatchObject({ review: true, caseId: null, reasonCode: { code: 'sheet_case_persons_unknown', params: { caseNumber: '2025/00004' } } });
    expect(reasonText(result.reasonCode!, 'nb', reasonNames(config))).toBe(
      'Førstesiden viser til sak 2025/00004, men saken har ikke registrert fødselsnummer for noen part, og dokumentet nevner en person med fødselsnummer: førstesiden kan være lagt på en annen persons dokument. Kontroller at dokumentet gjelder en part i saken, og velg saken.',
    );
    expect(link(cover, [], unknown)).toMatchObject({ review: false, caseId: '2025-00004', matchedBy: 'cover_sheet' });
  });

  it("goes to review when the sheet names an area that is not the case's, naming both", () => {
    const result = link({ ...cover, area: 'dental' }, ['hash-per']);
    expect(result).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_area_mismatch', params: { sheetArea: 'dental', caseArea: 'sick_pay' } } });
    expect(result.reason).toMatch(/^The cover sheet names case 2025\/00004 and the area .+, but the case is about .+\. Check the sheet, and choose the case\.$/);
    expect(link({ ...cover, area: 'sick_pay' }, ['hash-per'])).toMatchObject({ review: false, caseId: '2025-00004' });
  });

  it("leaves an archivist's choice alone: a decided document goes where the archivist chose", () => {
    const decided = decideLink(
      { documentId: 'doc-1', classification: classificationUnderCover(read, cover, types), decision: { documentId: 'doc-1', archivist: 'Anne Arkivar', caseId: '2025-00004', decidedAt: '2025-03-24T10:00:00Z' }, referenceMatches: [], nationalIdMatches: [], chosenCase: perCase, nationalIdHashes: ['hash-kari'] },
      config,
    );
    expect(decided).toMatchObject({ review: false, caseId: '2025-00004', matchedBy: 'archivist' });
  });
});
