import type { IncomingCaseRow } from '#schemas/downstream-api';
import type { DeadlineEntry } from '#domain/registry/deadline-book';

/**
 * SPEC.md "Export": the list of incoming cases a unit's director keeps by hand today, one row per case
 * received in a range. The columns are the director's spreadsheet's; no national id, no document text.
 */
export type { IncomingCaseRow };

/** The columns of the director's sheet; the row's caseStatus, closed and openedInError are for programs (and the xlsx's status words). */
export type ExportColumn = Exclude<keyof IncomingCaseRow, 'caseStatus' | 'closed' | 'openedInError'>;

export const exportColumns: { key: ExportColumn; title: string }[] = [
  { key: 'caseNumber', title: 'Saksnummer' },
  { key: 'receivedDate', title: 'Mottatt' },
  { key: 'area', title: 'Saksområde' },
  { key: 'documentType', title: 'Dokumenttype' },
  { key: 'keywords', title: 'Stikkord' },
  { key: 'firstInstanceReference', title: 'Førsteinstans ref.' },
  { key: 'preliminaryReplyDue', title: 'Foreløpig svar frist' },
  { key: 'caseProcessingDue', title: 'Saksbehandlingsfrist' },
  { key: 'queueOrHandler', title: 'Kø / saksbehandler' },
  { key: 'status', title: 'Status' },
  // Last, so a program that reads the columns by position reads the ones before as before.
  { key: 'preliminaryReply', title: 'Foreløpig svar' },
];

export interface CaseFacts {
  caseNumber: string;
  receivedDate: string;
  area: string;
  keywords: string[];
  references: string[];
  handlerId: string | null;
  status: string;
  open: boolean;
  createdBy: string;
  /** Set when the case was given up as opened in error (domain/registry/case-given-up.ts). */
  givenUp?: unknown;
}

/** Our own numbers (2025/00001) are not the first instance's reference. */
const ownCaseNumber = /^\d{4}\/\d{5}$/;

export function incomingCaseRow(c: CaseFacts, openingType: string | null, deadlines: readonly DeadlineEntry[]): IncomingCaseRow {
  // The case's own deadline of a kind (the one its opening document started) before any other: sorted once.
  const ownFirst = [...deadlines].sort((a, b) => (a.openedBy === c.createdBy ? -1 : b.openedBy === c.createdBy ? 1 : 0));
  const entryOf = (kind: string) => ownFirst.find((d) => d.kind === kind);
  const dueOf = (kind: string) => entryOf(kind)?.due ?? null;
  return {
    caseNumber: c.caseNumber,
    receivedDate: c.receivedDate,
    area: c.area,
    documentType: openingType,
    keywords: [...c.keywords].sort(),
    firstInstanceReference: c.references.find((r) => !ownCaseNumber.test(r)) ?? null,
    preliminaryReplyDue: dueOf('preliminary_reply'),
    preliminaryReply: preliminaryReplyState(entryOf('preliminary_reply')),
    caseProcessingDue: dueOf('case_processing'),
    // A case given up waits in no queue and is held by no one: the cell is left empty, not unassigned/{area}.
    queueOrHandler: c.givenUp ? '' : c.handlerId ? `handler/${c.handlerId}` : `unassigned/${c.area}`,
    status: c.open ? c.status : `${c.status} (avsluttet${c.givenUp ? ' – opprettet ved feil' : ''})`,
    caseStatus: c.status,
    closed: !c.open,
    ...(c.givenUp ? { openedInError: true } : {}),
  };
}

/**
 * The case's own preliminary reply met, or met after its due date (QA s16: a late acknowledgement read as in
 * time): a code, as JSON and the program CSV carry them; csv-excel and xlsx say it in words (humanExportRow).
 */
function preliminaryReplyState(entry: DeadlineEntry | undefined): IncomingCaseRow['preliminaryReply'] {
  if (entry?.status !== 'met') return null;
  return entry.late ? 'met_late' : 'met';
}

/**
 * A cell Excel must keep as text (a case number, a reference such as `12.03`, `1/3` or `0012345`, which
 * Norwegian Excel would make a date or a number): written `="12.03"`, a formula whose value is the text —
 * Excel shows a leading apostrophe in a CSV as part of the value. Quotes inside are doubled, so the
 * text stays one string and never becomes a formula of its own.
 */
export interface ExcelText {
  excelText: string;
}

type CsvValue = string | readonly string[] | null | ExcelText;

/** One CSV cell: quoted when it holds either separator, a quote or a line break. */
function csvCell(value: CsvValue): string {
  if (value !== null && typeof value === 'object' && 'excelText' in value) return csvQuoted(`="${value.excelText.replaceAll('"', '""')}"`);
  const text = Array.isArray(value) ? value.join(', ') : ((value as string | null) ?? '');
  // A cell starting with = + - @ is a formula to a spreadsheet: quoted with a leading apostrophe.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) || safe !== text ? csvQuoted(safe) : safe;
}

const csvQuoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** Header and rows as CSV lines: UTF-8 with a byte-order mark (so a spreadsheet reads æøå) and CRLF. */
export function csvText(lines: readonly (readonly CsvValue[])[], separator: ',' | ';'): string {
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(separator)).join('\r\n') + '\r\n';
}

/** RFC 4180 CSV for programs (codes, ISO days), UTF-8 with a byte-order mark, and a header row. */
export function incomingCasesCsv(rows: readonly IncomingCaseRow[]): string {
  return csvText([exportColumns.map((c) => c.title), ...rows.map((row) => exportColumns.map((c) => row[c.key]))], ',');
}
