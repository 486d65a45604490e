import { nationalIdCandidates } from './national-id.ts';

/** 12038512345 -> 120385*****: the birth date stays readable (to tell people apart), the personal number does not. */
export function maskNationalId(id: string): string {
  return id.length === 11 ? `${id.slice(0, 6)}*****` : '*'.repeat(id.length);
}

/**
 * Text a person wrote (an access-log «why», a filter, a file name) with every national id in it masked
 * (12038512345, 120385-12345, 120385 12345 -> 120385*****), found as the domain finds them in
 * documents, so no log, listing or stored name holds a whole id.
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
