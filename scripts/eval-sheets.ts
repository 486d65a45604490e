/**
 * Cover and separator sheet read rate at fax quality: `copies` faxed copies of each sample sheet
 * (corpus/faxed-sheets.ts), the code read by engines/sheets. `npm run eval` prints it.
 *
 *   npx tsx scripts/eval-sheets.ts [--copies 5]
 */
import { faxedSheets } from '../corpus/faxed-sheets.ts';
import { readSheetCode } from '../engines/sheets/read-sheet-code.ts';
import { encodeSheetCode } from '../domain/sheets/sheet-code.ts';
import { scriptArgs } from './script-args.ts';

export async function sheetReadRate(copies: number): Promise<{ read: number; total: number; msPerPage: number }> {
  let read = 0;
  let total = 0;
  let ms = 0;
  for await (const { sheet, scan } of faxedSheets(copies)) {
    const started = performance.now();
    const found = await readSheetCode(scan);
    ms += performance.now() - started;
    total += 1;
    if (found?.text === encodeSheetCode(sheet)) read += 1;
  }
  return { read, total, msPerPage: ms / Math.max(1, total) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = scriptArgs('eval-sheets', { options: { copies: { type: 'string', default: '5' } } });
  const { read, total, msPerPage } = await sheetReadRate(Number(values.copies));
  console.log(`Cover/separator sheet codes read at fax quality: ${read}/${total} (${((100 * read) / total).toFixed(1)}%), ${msPerPage.toFixed(0)} ms a page`);
}
