import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { noNames, type Names } from '../../domain/wording/names-nb.ts';
import { progressAlreadyThere, progressFormat, progressLine, summaryCells, summaryHead, totalsLine, type OutcomeCode } from './mailroom-wording.ts';

/**
 * What a person sees while a batch runs and when it is done: a progress bar on a terminal (plain
 * lines when standard error is a file or a pipe, so logs stay readable), then a table with one row
 * per document and the totals. Never a national id or document text: file names, outcomes, queues
 * and case numbers only. In the page's words (./mailroom-wording.ts).
 */
export type Outcome = OutcomeCode;

export interface BatchRow {
  file: string;
  outcome: Outcome;
  queue?: string | null;
  caseId?: string | null;
  documentType?: string | null;
  /** "2/3" for a part of a split file. */
  part?: string;
  note?: string;
  /** The name the same bytes were handled under before (a re-run): nothing new was registered. */
  earlier?: string;
  /** `upload --bucket` found the same bytes in the bucket (a re-run): nothing was sent. */
  alreadyThere?: boolean;
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

function summaryTable(rows: readonly BatchRow[], names: Names, colour = false): string {
  const table = new Table({
    head: summaryHead,
    style: colour ? { head: ['bold'] } : { head: [], border: [] },
  });
  for (const row of rows) table.push(summaryCells(row, names));
  const counts = new Map<Outcome, number>();
  const fresh = rows.filter((row) => row.earlier === undefined && !row.alreadyThere);
  for (const row of fresh) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  const there = rows.filter((row) => row.earlier === undefined && row.alreadyThere).length;
  return `${table.toString()}\n${totalsLine(counts, rows.length, rows.length - fresh.length - there, there)}`;
}

/** `names`: the configured names of types and areas, for the table's types and queues. */
export function batchReport(total: number, names: Names = noNames, stream: NodeJS.WriteStream = process.stderr): BatchReport {
  const rows: BatchRow[] = [];
  const tty = Boolean(stream.isTTY);
  let index = 0;
  const bar = tty
    ? new cliProgress.SingleBar(
        { stream, format: progressFormat, hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
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
        const earlier = fileRows.length > 0 && fileRows.every((r) => r.earlier !== undefined) ? fileRows[0]!.earlier : undefined;
        const there = fileRows.length > 0 && fileRows.every((r) => r.alreadyThere);
        stream.write(`${there ? progressAlreadyThere(index, total, file) : progressLine(index, total, file, fileRows.map((r) => r.outcome), seconds, earlier)}\n`);
      }
    },
    finish() {
      bar?.stop();
      return summaryTable(rows, names, tty);
    },
  };
}
