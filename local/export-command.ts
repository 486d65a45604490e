import { parseArgs } from 'node:util';
import { incomingCasesCsv, type IncomingCaseRow } from '#domain/export/incoming-cases';
import { incomingCasesExcelCsv } from '#domain/export/incoming-cases-human';
import type { Identity } from '../service/identity.ts';
import { exportIncomingCases } from '../service/operations/downstream.ts';
import { isoDate, through } from './commands.ts';
import { personOrAccount } from './cli-person.ts';
import { UsageError } from './usage-error.ts';
import { outFileChecked, writeOutFile } from './out-file.ts';
import { date } from '../domain/wording/names-nb.ts';
import { withNames } from './area-names.ts';

/**
 * `postmottak export --from D --to D [--format csv|csv-excel|xlsx] [--out FILE]`: the director's list of
 * incoming cases, the same operation as GET /api/v1/export. CSV (codes and ISO days for programs;
 * csv-excel for Norwegian Excel) goes to standard output unless --out names a file; xlsx is binary, so it needs --out.
 */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string', default: '.postmottak' },
      verbose: { type: 'boolean', default: false },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
    },
  });
  if (positionals.length) throw new UsageError(`export tar ingen argumenter, ikke «${positionals.join(' ')}»`);
  const from = isoDate(values.from, '--from');
  const to = isoDate(values.to, '--to');
  if (!from || !to) throw new UsageError('export trenger --from og --to, skrevet dd.mm.åååå eller åååå-mm-dd (mottaksdager, begge tatt med)');
  if (from > to) throw new UsageError(`--from ${date(from)} er etter --to ${date(to)}; gi den tidligste dagen først`);
  if (values.format !== 'csv' && values.format !== 'csv-excel' && values.format !== 'xlsx') throw new UsageError(`--format er csv (for programmer), csv-excel (for norsk Excel) eller xlsx, ikke «${values.format}»`);
  if (values.format === 'xlsx' && !values.out) throw new UsageError('--format xlsx skriver en fil: oppgi den med --out FIL.xlsx');

  if (values.out) await outFileChecked(values.out, values.format === 'xlsx' ? 'saker.xlsx' : 'saker.csv');
  const reader: Identity = { person: await personOrAccount(values['data-dir'], 'export'), role: 'reader' };
  // The xlsx is for people: types and areas by the names of the service that answered (serve's, or the embedded configuration).
  const { value: rows, names } = await through(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'export' },
    withNames(reader, {
      http: async (client) => (await client.call<{ rows: IncomingCaseRow[] }>(reader, 'GET', '/export', { query: { from, to, format: 'json' } })).rows,
      direct: (ctx) => exportIncomingCases(ctx, reader, { from, to }),
    }, { json: values.format === 'csv' }),
  );
  if (values.format === 'xlsx') {
    const { incomingCasesXlsx } = await import('../engines/spreadsheet/incoming-cases-xlsx.ts');
    await writeOutFile(values.out!, await incomingCasesXlsx(rows, `${from} – ${to}`, names));
  } else {
    const csv = values.format === 'csv-excel' ? incomingCasesExcelCsv(rows, names) : incomingCasesCsv(rows);
    if (values.out) await writeOutFile(values.out, csv);
    else process.stdout.write(csv);
  }
  if (values.out) process.stderr.write(`${rows.length} ${rows.length === 1 ? 'sak' : 'saker'} mottatt ${date(from)}–${date(to)} skrevet til ${values.out}\n`);
  return 0;
}
