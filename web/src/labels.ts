import type { JournalNames } from '../../domain/journal/wording.ts';
import { deadlineNames, letterKindNames, queueName, typeNames } from '../../domain/wording/names-nb.ts';

/** The page's words for codes: shared with the command line (domain/wording/names-nb.ts). */
export { date, deadlineNames, documentStatusNames, letterKindNames, queueName, typeName, typeNames } from '../../domain/wording/names-nb.ts';

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 100)} %`;
}

/** The names the case journal's sentences use (domain/journal/wording.ts), from the page's own lists and the configuration's areas. */
export function journalNames(areas: readonly { code: string; name: string }[]): JournalNames {
  return {
    type: (code) => typeNames[code] ?? code,
    area: (code) => areas.find((a) => a.code === code)?.name ?? code,
    deadline: (kind) => deadlineNames[kind] ?? kind,
    queue: (name) => queueName(name, areas),
    letterKind: (kind) => letterKindNames[kind] ?? kind,
  };
}
