import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import type { IncomingCaseRow } from '../../domain/export/incoming-cases.ts';
import { configuredNames } from '../../domain/wording/names-nb.ts';
import { incomingCasesXlsx } from '../../engines/spreadsheet/incoming-cases-xlsx.ts';

/**
 * Review of left10: the xlsx had days as text (sorted 01.04 before 20.03), '' cells where nothing is, a
 * handler «Ola/Nordmann» cut to «Ola», and the status parsed out of «NY (avsluttet)».
 */
const names = configuredNames(loadConfig());
const rows: IncomingCaseRow[] = [
  { caseNumber: '2025/00002', receivedDate: '2025-04-01', area: 'dental', documentType: null, keywords: [], firstInstanceReference: null, preliminaryReplyDue: null, caseProcessingDue: null, preliminaryReply: null, queueOrHandler: 'handler/Ola/Nordmann', status: 'ATRY (avsluttet)', caseStatus: 'ATRY', closed: true },
  { caseNumber: '2025/00001', receivedDate: '2025-03-20', area: 'dental', documentType: 'appeal', keywords: ['tannbehandling'], firstInstanceReference: '24/113188', preliminaryReplyDue: '2025-04-22', caseProcessingDue: '2025-06-20', preliminaryReply: null, queueOrHandler: 'unassigned/dental', status: 'NY', caseStatus: 'NY', closed: false },
];

async function sheetOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('the xlsx export, as people read it', () => {
  it('writes days as date cells formatted dd.mm.yyyy, so they sort as days', async () => {
    const sheet = await sheetOf(await incomingCasesXlsx(rows, 'mars', names));
    const received = [2, 3].map((r) => sheet.getRow(r).getCell(2));
    expect(received.map((c) => c.type)).toEqual([ExcelJS.ValueType.Date, ExcelJS.ValueType.Date]);
    expect(received.map((c) => c.numFmt)).toEqual(['dd.mm.yyyy', 'dd.mm.yyyy']);
    expect((received[0]!.value as Date) > (received[1]!.value as Date)).toBe(true);
    expect(sheet.getRow(3).getCell(7).value).toEqual(new Date('2025-04-22T00:00:00Z'));
  });

  it('leaves a cell empty where there is nothing, keeps a handler name with a slash whole, and names the status from its code', async () => {
    const sheet = await sheetOf(await incomingCasesXlsx(rows, 'mars', names));
    const closed = sheet.getRow(2);
    for (const column of [4, 5, 6, 7, 8]) expect(closed.getCell(column).type, `column ${column}`).toBe(ExcelJS.ValueType.Null);
    expect(closed.getCell(9).value).toBe('Ola/Nordmann');
    expect(closed.getCell(10).value).toBe('Anket til Trygderetten (avsluttet)');
    expect(sheet.getRow(3).getCell(10).value).toBe('Ny');
  });
});
