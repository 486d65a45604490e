/**
 * Our case numbers: YYYY/NNNNN, a sequence per year of the received date, gap-free. The case id used
 * in keys and URLs is the same number with a dash (2025-00042), so a reference to our own number in
 * a letter resolves to the case with one GetItem.
 */
const OWN_NUMBER = /^(\d{4})\/(\d{1,7})$/;

export function formatCaseNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`case sequence must be a positive whole number, got ${sequence}`);
  return `${year}/${String(sequence).padStart(5, '0')}`;
}

export function caseIdFor(year: number, sequence: number): string {
  return formatCaseNumber(year, sequence).replace('/', '-');
}

export function caseNumberOf(caseId: string): string {
  return caseId.replace('-', '/');
}

/**
 * The case id a reference would be if it is one of our numbers (2025/04127 or 2025/4127). Another
 * agency's number can look the same, so a caller checks the reference index as well.
 */
export function ownCaseIdIn(reference: string): string | null {
  const match = OWN_NUMBER.exec(reference);
  if (!match) return null;
  const sequence = Number(match[2]);
  return sequence >= 1 ? caseIdFor(Number(match[1]), sequence) : null;
}

/** References as stored and looked up: trimmed, trailing punctuation dropped, upper case (5123-4/kb = 5123-4/KB). */
export function normalizeReference(reference: string): string {
  return reference
    .trim()
    .replace(/[.,;:)\]]+$/, '')
    .toUpperCase();
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
