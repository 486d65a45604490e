import ExcelJS from 'exceljs';
import { exportColumns, type IncomingCaseRow } from '#domain/export/incoming-cases';
import { dateColumns, humanExportRow } from '#domain/export/incoming-cases-human';
import type { Names } from '#domain/wording/names-nb';

/**
 * The director's list as an xlsx workbook (exceljs): one sheet, a bold frozen header, in the words people
 * read (configured names, days as date cells shown 20.03.2025, blanks empty: domain/export/incoming-cases-human.ts);
 * the CSV keeps codes.
 */
export async function incomingCasesXlsx(rows: readonly IncomingCaseRow[], title: string, names: Names): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'postmottak';
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Days are date cells shown as 20.03.2025, so a filter or a sort on them goes by the day, not the text.
  sheet.columns = exportColumns.map((c) => ({ header: c.title, key: c.key, width: Math.max(12, c.title.length + 2), ...(dateColumns.includes(c.key) ? { style: { numFmt: 'dd.mm.yyyy' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(humanExportRow(row, names));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
