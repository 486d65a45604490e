import { z } from 'zod';

/**
 * Why a document went to review or was rejected, as a stable code with its parameters (issue 11):
 * stored like this, and put into words only where a person reads it — English in the CLI's JSON line
 * and the API's `reason`, bokmål on the page (domain/reasons/wording.ts has both wordings).
 */
export const reasonCodes = [
  // Rejected by Inspect: the original goes to quarantine.
  'empty',
  'too_large',
  'too_many_pages',
  'too_many_pixels',
  'pdf_page_too_large',
  'not_a_readable_format',
  'image_damaged',
  'pdf_truncated',
  'pdf_no_pages',
  'pdf_encrypted',
  'pdf_damaged',
  // Sent to review.
  'no_text',
  'unsure',
  'comments_or_appeal',
  'answers_nothing',
  'area_contested',
  'no_decision_date',
  'decision_date_after_received',
  'chosen_case_missing',
  'cover_case_missing',
  'cover_case_closed',
  'case_closed_meanwhile',
  'sheet_case_person_mismatch',
  'sheet_case_persons_unknown',
  'sheet_case_area_mismatch',
  'no_matching_case',
  'same_person_other_decision',
  'waiting_for_case',
  'waiting_for_main_document',
  'technical_failure',
] as const;
export const ReasonCode = z.enum(reasonCodes);
export type ReasonCode = z.infer<typeof ReasonCode>;

const ReasonParams = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

const SimpleReason = z.object({ code: ReasonCode, params: ReasonParams });

export const Reason = SimpleReason.extend({
  /** A second reason that holds as well (no matching case, and also unsure of the type). */
  also: SimpleReason.optional(),
}).meta({ id: 'Reason' });
export type Reason = z.infer<typeof Reason>;
export type ReasonParams = z.infer<typeof ReasonParams>;
