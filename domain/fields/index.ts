import type { ExtractedFields } from '#schemas/fields';
import type { DecisionDateOf } from '#schemas/config';
import type { IsoDate } from '#schemas/taxonomy';
import { findCaseReferences } from './case-references.ts';
import { findDecisionDate, findDecisionReceivedDate } from './dates.ts';
import { findNationalIds } from './national-id.ts';
import { prepareText } from './text.ts';

export { findCaseReferences, caseNumberOf } from './case-references.ts';
export { findDecisionDate, findDecisionReceivedDate, findLetterDate, parseDate } from './dates.ts';
export { findNationalIds, isValidNationalId } from './national-id.ts';

/**
 * The fields of SPEC.md "Fields" from a document's text (text layer or OCR). Pure: no I/O and no
 * logging, as the text and the ids are personal data. The document type's decisionDateOf steers which
 * decision's date is wanted; without it the first dated decision is taken. The day the mail came, where
 * known, decides the year of a receipt date written without one.
 */
export function extractFields(text: string, decisionDateOf?: DecisionDateOf | null, mail: { receivedDate?: IsoDate | null } = {}): ExtractedFields {
  const prepared = prepareText(text);
  return {
    nationalIds: findNationalIds(prepared),
    caseReferences: findCaseReferences(prepared),
    decisionDate: findDecisionDate(prepared, decisionDateOf, mail.receivedDate ?? null),
    decisionReceivedDate: findDecisionReceivedDate(prepared, decisionDateOf, mail.receivedDate ?? null),
  };
}
