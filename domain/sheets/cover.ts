import type { Reason } from '#schemas/reasons';
import { because } from '../reasons/wording.ts';
import type { Classification } from '../../schemas/pipeline.ts';
import type { CoverSheet, SheetCode } from '../../schemas/sheets.ts';

/**
 * What a cover sheet (førsteside) does to the document behind it (SPEC.md "Cover sheets, separator
 * sheets and bundles"): the sheet page is not part of the document; the document goes to the
 * sheet's case by the code, never by guessing; and takes the sheet's type at confidence 1 when the
 * sheet names one (else it is classified as usual).
 */
export interface SheetedPage {
  pageIndex: number;
  sheet?: SheetCode | undefined;
}

/** The cover sheet heading the file: only a first page counts as one. */
export function coverOf(pages: readonly SheetedPage[]): CoverSheet | null {
  const first = [...pages].sort((a, b) => a.pageIndex - b.pageIndex)[0];
  return first?.sheet?.kind === 'cover' ? first.sheet : null;
}

/** The pages that are the document: every page that is not a cover or separator sheet. */
export function documentPages<T extends SheetedPage>(pages: readonly T[]): T[] {
  return pages.filter((p) => !p.sheet);
}

/** The classification as the cover sheet settles it: its type at confidence 1, its area when it names one. */
export function classificationUnderCover(classification: Classification, cover: CoverSheet, knownTypes: readonly string[]): Classification {
  const type = cover.documentType && knownTypes.includes(cover.documentType) ? cover.documentType : null;
  const area = cover.area ?? classification.area;
  if (!type) return { ...classification, area, cover };
  // A letter headed both comments and appeal, or read as comments that answer nothing, is held so nobody
  // guesses which it is; a sheet that names the type has said which, and the code names the case. A letter
  // without text stays held.
  const { reviewReason, reviewReasonCode, ...rest } = classification;
  const settled = reviewReasonCode?.code === 'comments_or_appeal' || reviewReasonCode?.code === 'answers_nothing';
  return {
    ...rest,
    reviewReason: settled ? null : reviewReason,
    ...(!settled && reviewReasonCode ? { reviewReasonCode } : {}),
    cover,
    documentType: type,
    area,
    typeConfidence: 1,
    // The area of a cover-sheeted document is its case's; the type is the sheet's: nothing is guessed.
    confidence: 1,
    explanation: [{ feature: 'cover sheet', weight: 1 }],
  };
}

export interface CoverCase {
  caseId: string;
  open: boolean;
}

export type CoverLink = { review: false; caseId: string } | { review: true; reason: string; reasonCode: Reason };

/** The case a cover sheet sends its document to, or why an archivist must look. */
export function linkByCover(cover: CoverSheet, found: CoverCase | null): CoverLink {
  if (!found) return { review: true, ...because('cover_case_missing', { caseNumber: cover.caseNumber }) };
  if (!found.open) return { review: true, ...because('cover_case_closed', { caseNumber: cover.caseNumber }) };
  return { review: false, caseId: found.caseId };
}

export function caseIdOfCover(cover: CoverSheet): string {
  return cover.caseNumber.replace('/', '-');
}
