/**
 * A day as people in Norway write it: 24.03.2025. Not `<input type="date">`: Chromium draws that in
 * the browser's own language whatever the page's `lang` says (03/24/2025 in an en-US browser, and in
 * a headless one with locale nb-NO too), and refuses a typed dd.mm.åååå there. A text field takes the
 * Norwegian form (also 24.3.2025 and 24032025), or an ISO day as systems write it (the reading the
 * command line shares: domain/wording/typed-date.ts); what it cannot read is told in one Norwegian sentence, in the field's own message and the page's status line, and keeps
 * the form from being sent.
 */
import { DATE_HINT, isoFromTyped } from '../../domain/wording/typed-date.ts';

/** What is wrong with a typed day, in one sentence; null when nothing is. */
export function dateProblem(typed: string, label: string, required: boolean): string | null {
  const iso = isoFromTyped(typed);
  if (iso === '') return required ? `${label}: skriv en dato som ${DATE_HINT}, for eksempel 24.03.2025.` : null;
  if (iso === null) return `${label}: «${typed.trim()}» er ingen dato. Skriv den som ${DATE_HINT}, for eksempel 24.03.2025.`;
  return null;
}
