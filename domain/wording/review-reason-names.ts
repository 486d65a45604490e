import type { ReasonCode } from '../../schemas/reasons.ts';

/** Why a document is in review, in a few bokmål words: the review list's filter (the page and `review list --reason`). */
export const reviewReasonNames = {
  no_text: 'Ingen tekst lest',
  unsure: 'Maskinen er usikker',
  comments_or_appeal: 'Merknader eller klage?',
  answers_nothing: 'Merknader som ikke svarer på noe',
  area_contested: 'Omstridt saksområde',
  no_decision_date: 'Mangler vedtaksdato',
  decision_date_after_received: 'Vedtaksdato etter mottak',
  chosen_case_missing: 'Valgt sak finnes ikke',
  cover_case_missing: 'Forsideark: saken finnes ikke',
  cover_case_closed: 'Forsideark: saken er avsluttet',
  sheet_case_person_mismatch: 'Forsideark: annen person',
  sheet_case_persons_unknown: 'Forsideark: sakens parter ukjent',
  sheet_case_area_mismatch: 'Forsideark: annet saksområde',
  no_matching_case: 'Ingen sak funnet',
  same_person_other_decision: 'Samme person, annet vedtak?',
  waiting_for_case: 'Venter på sak',
  waiting_for_main_document: 'Vedlegg som venter på hoveddokumentet',
  technical_failure: 'Teknisk feil',
} as const satisfies Partial<Record<ReasonCode, string>>;
