import type { ExtractedFields } from '#schemas/fields';
import type { DocumentType } from '#schemas/taxonomy';
import { findCaseReferences } from './case-references.ts';
import { findDecisionDate, findDecisionReceivedDate } from './dates.ts';
import { findNationalIds } from './national-id.ts';
import { prepareText } from './text.ts';

export { findCaseReferences, caseNumberOf } from './case-references.ts';
export { findDecisionDate, findDecisionReceivedDate, findLetterDate, parseDate } from './dates.ts';
export { findNationalIds, isValidNationalId } from './national-id.ts';

/**
 * The fields of SPEC.md "Fields" from a document's text (text layer or OCR). Pure: no I/O and no
 * logging, as the text and the ids are personal data. The document type steers which decision's date
 * is wanted; without it the first plainly dated decision is taken.
 */
export function extractFields(text: string, documentType?: DocumentType | null): ExtractedFields {
  const prepared = prepareText(text);
  return {
    nationalIds: findNationalIds(prepared),
    caseReferences: findCaseReferences(prepared),
    decisionDate: findDecisionDate(prepared, documentType),
    decisionReceivedDate: findDecisionReceivedDate(prepared),
  };
}
