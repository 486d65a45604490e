import { areaName, caseStatusName, queueName, typeName, type Names } from '../wording/names-nb.ts';
import { csvText, exportColumns, type ExportColumn, type IncomingCaseRow } from './incoming-cases.ts';

/**
 * A row of the director's list as people read it (the xlsx): types, areas, queues and statuses by their
 * names (domain/wording/names-nb.ts, the page's table: types and areas from the configuration in
 * force), days as real dates (the engine formats them 20.03.2025, so they sort as days), and an empty
 * cell where there is nothing; the CSV for Norwegian Excel (`csv-excel`) writes the same rows. `csv` and JSON
 * keep the codes and ISO days: programs downstream read those (README "Export").
 */
export type HumanCell = string | Date | null;
export type HumanExportRow = Record<ExportColumn, HumanCell>;

/** The columns that hold days. */
export const dateColumns: readonly ExportColumn[] = ['receivedDate', 'preliminaryReplyDue', 'caseProcessingDue'];

/** An ISO day as the spreadsheet's date: midnight UTC, which is the day itself in the workbook's serial numbers. */
const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const text = (value: string | null): string | null => (value === null || value === '' ? null : value);

/** The preliminary reply's state as the case view says it (names-nb.ts, deadlineState). */
const preliminaryReplyWords: Record<NonNullable<IncomingCaseRow['preliminaryReply']>, string> = { met: 'oppfylt', met_late: 'oppfylt for sent' };

export function humanExportRow(row: IncomingCaseRow, names: Names): HumanExportRow {
  // «handler/<name>»: the name is everything after the first slash (a name may hold one itself).
  const slash = row.queueOrHandler.indexOf('/');
  const handler = slash > 0 && row.queueOrHandler.slice(0, slash) === 'handler' ? row.queueOrHandler.slice(slash + 1) : null;
  return {
    caseNumber: row.caseNumber,
    receivedDate: day(row.receivedDate),
    area: areaName(names.areas, row.area),
    documentType: row.documentType === null ? null : typeName(names.documentTypes, row.documentType),
    keywords: text(row.keywords.join(', ')),
    firstInstanceReference: text(row.firstInstanceReference),
    preliminaryReplyDue: day(row.preliminaryReplyDue),
    caseProcessingDue: day(row.caseProcessingDue),
    queueOrHandler: row.openedInError ? '—' : (handler ?? queueName(row.queueOrHandler, names.areas)),
    preliminaryReply: row.preliminaryReply === null ? null : preliminaryReplyWords[row.preliminaryReply],
    status: `${caseStatusName(row.caseStatus)}${row.closed ? ` (avsluttet${row.openedInError ? ' – opprettet ved feil' : ''})` : ''}`,
  };
}

/** The columns Excel would otherwise read as dates or numbers («12.03», «0012345»). */
const textColumns: readonly ExportColumn[] = ['caseNumber', 'firstInstanceReference'];

/** dd.mm.yyyy, which Norwegian Excel reads as a date. */
const excelDay = (value: Date) => `${String(value.getUTCDate()).padStart(2, '0')}.${String(value.getUTCMonth() + 1).padStart(2, '0')}.${value.getUTCFullYear()}`;

/**
 * The list as Norwegian Excel opens a double-clicked «CSV (semikolondelt)» file right: `;` between cells
 * (the Norwegian list separator, since the comma is the decimal sign), UTF-8 with a byte-order mark (without
 * it Excel reads the bytes as Windows-1252; a `sep=;` first line would make it ignore the mark), CRLF, the
 * people's names as in the xlsx and days written 20.03.2025, which Excel takes as dates. The list holds no
 * numbers but case numbers and references, which are written `="…"` so that they stay text (ExcelText).
 */
export function incomingCasesExcelCsv(rows: readonly IncomingCaseRow[], names: Names): string {
  const cell = (key: ExportColumn, value: HumanCell) => (value instanceof Date ? excelDay(value) : value !== null && textColumns.includes(key) ? { excelText: value } : value);
  return csvText([exportColumns.map((c) => c.title), ...rows.map((row) => exportColumns.map((c) => cell(c.key, humanExportRow(row, names)[c.key])))], ';');
}
