/**
 * A confidence as the page and the reasons write it: «97 %». One function for both (web/src/labels.ts
 * and domain/wording/unsure-reason.ts), so a reason's figure and the figure beside it never disagree.
 *
 * Against a limit, rounding must not make a figure reach it: 0.8351 under a limit of 0.84 rounded to
 * «84 % … under grensen på 84 %». A figure below its limit is rounded down, and a limit is rounded up
 * (what it takes is at least that), so «under» always reads under. The figure is first rounded to four
 * decimals, so 0.29 (28.999… in binary) stays 29 %.
 */
export function percent(value: number | null | undefined, limit?: number | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const hundredths = Math.round(value * 10_000) / 100;
  const below = limit !== null && limit !== undefined && Number.isFinite(limit) && value < limit;
  return `${below ? Math.floor(hundredths) : Math.round(hundredths)} %`;
}

/** A limit: rounded up, so a figure below it (rounded down) never reads as reaching it. */
export function percentLimit(limit: number): string {
  if (!Number.isFinite(limit)) return '–';
  return `${Math.ceil(Math.round(limit * 10_000) / 100)} %`;
}
