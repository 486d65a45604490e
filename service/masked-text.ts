import { nationalIdCandidates } from '#domain/fields/national-id';
import { maskNationalId } from './identity.ts';

/**
 * Free text a person typed (an access-log «why») with every national id in it masked as the service
 * masks ids for readers (12038512345, 120385-12345, 120385 12345 -> 120385*****), found as the domain
 * finds them in documents, so the log never holds or shows a whole id.
 */
export function maskNationalIdsInText(text: string): string {
  let masked = '';
  let last = 0;
  for (const { start, end } of nationalIdCandidates(text)) {
    masked += text.slice(last, start) + maskNationalId(text.slice(start, end).replace(/\D/gu, ''));
    last = end;
  }
  return masked + text.slice(last);
}
