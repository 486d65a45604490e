/** The digits of what a person typed for a national id, with its grouping (spaces, dots, dashes) taken out. */
export const nationalIdDigits = (input: string): string => input.replace(/[\s.-]/g, '');

/** Eleven digits in any grouping (15889010069, 158890 10069, 158890-10069): typed as a national id, wherever it was typed. */
export function shapedLikeNationalId(input: string): boolean {
  return /^\d{11}$/.test(nationalIdDigits(input));
}
