import cliProgress from 'cli-progress';
import Table from 'cli-table3';

/**
 * What a person sees while a batch runs and when it is done: a progress bar on a terminal (plain
 * lines when standard error is a file or a pipe, so logs stay readable), then a table with one row
 * per document and the totals. Never a national id or document text: file names, outcomes, queues
 * and case numbers only.
 */
export type Outcome = 'routed' | 'review' | 'rejected' | 'uploaded' | 'failed';

export interface BatchRow {
  file: string;
  outcome: Outcome;
  queue?: string | null;
  caseId?: string | null;
  documentType?: string | null;
  /** "2/3" for a part of a split file. */
  part?: string;
  note?: string;
}

export interface BatchReport {
  /** A file is being worked on. */
  start(file: string): void;
  /** A file is done, with one row per document it became (or one failure). */
  done(file: string, rows: BatchRow[], seconds: number): void;
  /** Ends the progress display and returns the summary table's text. */
  finish(): string;
  readonly rows: readonly BatchRow[];
}

const caseNumber = (caseId: string | null | undefined) => (caseId ? caseId.replace('-', '/') : '');

function summaryTable(rows: readonly BatchRow[], colour = false): string {
  const table = new Table({
    head: ['file', 'part', 'outcome', 'queue', 'case', 'type'],
    style: colour ? { head: ['bold'] } : { head: [], border: [] },
  });
  for (const row of rows) {
    table.push([row.file, row.part ?? '', row.outcome + (row.note ? ` (${row.note})` : ''), row.queue ?? '', caseNumber(row.caseId), row.documentType ?? '']);
  }
  const counts = new Map<Outcome, number>();
  for (const row of rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  const order: Outcome[] = ['routed', 'review', 'rejected', 'uploaded', 'failed'];
  const totals = order.filter((o) => counts.has(o)).map((o) => `${o} ${counts.get(o)}`);
  return `${table.toString()}\n${rows.length} document${rows.length === 1 ? '' : 's'}: ${totals.join(', ') || 'none'}`;
}

export function batchReport(total: number, stream: NodeJS.WriteStream = process.stderr): BatchReport {
  const rows: BatchRow[] = [];
  const tty = Boolean(stream.isTTY);
  let index = 0;
  const bar = tty
    ? new cliProgress.SingleBar(
        { stream, format: '{bar} {value}/{total} files | {file}', hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { file: '' });
  return {
    rows,
    start(file) {
      bar?.update(index, { file });
    },
    done(file, fileRows, seconds) {
      index += 1;
      rows.push(...fileRows);
      if (bar) bar.update(index, { file });
      else {
        const what = fileRows.length === 1 ? fileRows[0]!.outcome : fileRows.map((r) => r.outcome).join(', ');
        stream.write(`[${index}/${total}] ${file}: ${what} in ${seconds.toFixed(1)} s\n`);
      }
    },
    finish() {
      bar?.stop();
      return summaryTable(rows, tty);
    },
  };
}
