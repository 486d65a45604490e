/**
 * Synthetic national ids for fixtures (birth month + 80, as Skatteetaten's test numbers): never a
 * plausible real person. The check digits are computed here independently of the code under test,
 * so a shared mistake cannot make the tests pass.
 */

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const r = 11 - (sum % 11);
  return r === 11 ? 0 : r; // 10 means "no valid check digit"
}

/** The id for a birth date and individual number, or null when that individual number is never issued (a check digit would be 10). */
export function syntheticId(day: number, month: number, year2: number, individual: number, { dNumber = false } = {}): string | null {
  const dd = String(day + (dNumber ? 40 : 0)).padStart(2, '0');
  const mm = String(month + 80).padStart(2, '0');
  const yy = String(year2).padStart(2, '0');
  const body = `${dd}${mm}${yy}${String(individual).padStart(3, '0')}`;
  const digits = [...body].map(Number);
  const k1 = checkDigit(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === 10) return null;
  const k2 = checkDigit([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k2 === 10) return null;
  return `${body}${k1}${k2}`;
}

/** The first issued synthetic id for a birth date at or after the given individual number. */
export function idFor(day: number, month: number, year2: number, fromIndividual = 100, options?: { dNumber?: boolean }): string {
  for (let i = fromIndividual; i < 1000; i++) {
    const id = syntheticId(day, month, year2, i, options);
    if (id) return id;
  }
  throw new Error('no valid individual number');
}

/** Fixed fixtures used across the tests. */
export const ID_A = idFor(12, 8, 85, 123);
export const ID_B = idFor(3, 11, 62, 456);
export const ID_D = idFor(15, 4, 91, 210, { dNumber: true });

export function spaced(id: string, groups: number[]): string {
  const parts: string[] = [];
  let i = 0;
  for (const n of groups) {
    parts.push(id.slice(i, i + n));
    i += n;
  }
  return parts.join(' ');
}
