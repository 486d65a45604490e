/**
 * What the mailroom is told when a manifest of postmarks cannot be used, in bokmål (one line each,
 * exit 2): the file and line, what is wrong, and how to write it instead. csv-parse's own messages are
 * English; its error codes are worded here, and a code not known here still gets a Norwegian line.
 */
export interface ManifestLine {
  /** The line in the file (the header is line 1). */
  line: number;
  /** The file as the line writes it. */
  named: string;
}

const csvWords: Record<string, (lines: number | undefined, columns: number | undefined, got: number | undefined) => string> = {
  CSV_QUOTE_NOT_CLOSED: (line) => `et anførselstegn (") som åpnes${at(line)}, lukkes aldri; fjern det, eller sett et " på slutten av feltet`,
  CSV_INVALID_CLOSING_QUOTE: (line) => `et anførselstegn (") står midt i et felt${at(line)}; skriv feltet uten, eller skriv "" for et anførselstegn inne i et felt i anførselstegn`,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: (line) => `tegn etter et avsluttende anførselstegn${at(line)}; sett skilletegnet (komma) rett etter det`,
  CSV_RECORD_INCONSISTENT_COLUMNS: (line, columns, got) => `linje ${line ?? '?'} har ${got ?? 'et annet antall'} felt, men overskriften har ${columns ?? 'et annet antall'}; skriv én fil og ett poststempel per linje (file,postmarked)`,
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: (line, columns, got) => `linje ${line ?? '?'} har ${got ?? 'et annet antall'} felt, men linjene før har ${columns ?? 'et annet antall'}; skriv én fil og ett poststempel per linje (file,postmarked)`,
  CSV_MAX_RECORD_SIZE: (line) => `en linje er for lang${at(line)}`,
};

const at = (line: number | undefined) => (line === undefined ? '' : ` på linje ${line}`);

/** csv-parse's error, as the clerk reads it. */
export function csvProblem(source: string, error: unknown): string {
  const e = error as { code?: string; lines?: number; columns?: unknown[] | number; record?: unknown[] };
  const columns = Array.isArray(e.columns) ? e.columns.length : typeof e.columns === 'number' ? e.columns : undefined;
  const words = e.code ? csvWords[e.code] : undefined;
  const what = words ? words(e.lines, columns, e.record?.length) : `den kan ikke leses som CSV${at(e.lines)}`;
  return `manifestet ${source} er ikke en lesbar CSV-fil: ${what}`;
}

export const manifestWords = {
  notInBatch: (source: string, entry: ManifestLine) =>
    `${source} linje ${entry.line}: filen «${entry.named}» er ikke blant filene som leveres inn; ta den med i kommandoen, eller rett eller fjern linjen`,
  /** A bare name two files of the batch answer to: both named, and the lines that would place each. */
  ambiguous: (source: string, entry: ManifestLine, files: readonly string[], fromManifest: readonly string[]) =>
    `${source} linje ${entry.line}: «${entry.named}» passer på ${files.length} filer som leveres inn (${files.join(' og ')}); et poststempel hører til én konvolutt: skriv stien fra manifestets mappe, én linje per fil: ${fromManifest.map((f) => `«${f},DATO»`).join(' og ')}`,
  twice: (source: string, entry: ManifestLine, earlier: ManifestLine, file: string) =>
    `${source} linje ${entry.line}: ${file} har poststempel også på linje ${earlier.line}; hver fil skal stå én gang`,
};
