/** The page's words for codes: shared with the command line (domain/wording/names-nb.ts). */
export { areaName, date, deadlineNames, deadlineState, documentStatusNames, journalNames, letterKindNames, outcomeNames, queueName, typeName, type Areas, type Names } from '../../domain/wording/names-nb.ts';

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 100)} %`;
}
