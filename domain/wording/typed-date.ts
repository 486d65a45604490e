/**
 * A day as people in Norway write it (24.03.2025, also 24.3.2025 and 24032025), or an ISO day as
 * systems write it (2025-03-24): what the page's date fields and the command line's date options
 * and the mailroom's manifest read, one reading for all of them.
 */
export const DATE_HINT = 'dd.mm.åååå';

/** The ISO day (2025-03-24) a typed text means; '' for an empty text; null for anything that is no day of the calendar. */
export function isoFromTyped(typed: string): string | '' | null {
  const text = typed.trim();
  if (!text) return '';
  const parts = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = parts ? [Number(parts[3]), Number(parts[2]), Number(parts[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  // 31.02 rolls over into March in Date: a day that does not exist is refused, not moved.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2025-03-24 -> 24.03.2025. */
export function typedFromIso(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}
