import ExcelJS from 'exceljs';
import { exportColumns, type IncomingCaseRow } from '#domain/export/incoming-cases';

/** The director's list as an xlsx workbook (exceljs): one sheet, a bold frozen header, dates as text in ISO form. */
export async function incomingCasesXlsx(rows: readonly IncomingCaseRow[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'postmottak';
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((c) => ({ header: c.title, key: c.key, width: Math.max(12, c.title.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow({ ...row, keywords: row.keywords.join(', ') });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
