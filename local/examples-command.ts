import { existsSync, realpathSync, statSync } from 'node:fs';
import { writeOutFile } from './out-file.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addDays, osloDate } from '#domain/calendar';
import { selectTrainingExamples, trainingLine } from '#domain/classify/training-examples';
import type { Db } from '../functions/commons/store/db.ts';
import { labelledExamplesFrom, storedExampleText } from '../functions/commons/store/example-export.ts';
import { getDocumentAsStored } from '../functions/commons/store/documents.ts';
import { readStoredPages } from '../service/operations/stored-pages.ts';
import type { AccessLog, DocumentFiles } from '../service/ports.ts';
import type { Identity } from '../service/identity.ts';
import { awsAccessProblem } from './aws-access-problems.ts';
import { isoDate, through } from './commands.ts';
import { UsageError } from './usage-error.ts';
import { examplesWrittenLines } from './examples-wording.ts';
import { readingPerson } from './cli-person.ts';

/**
 * `postmottak examples export --out FILE [--since D]` (issue 13 item 5): the labelled examples that
 * archivists' decisions and corrections left in the table, with each document's text from the document
 * store, as the lines `npm run train -- --examples FILE` reads. National ids are written as zeros
 * (domain/classify/training-examples.ts). The examples are real mail, so the file is owner-only and is
 * never written inside the repository.
 *
 * Where from: the deployed table and document bucket when they are named (--table/--bucket, or
 * POSTMOTTAK_TABLE/POSTMOTTAK_DOCUMENT_BUCKET in the environment, with AWS credentials and region from
 * the environment as every AWS tool reads them); otherwise the data dir's embedded stack.
 */
const repository = realpathSync(fileURLToPath(new URL('..', import.meta.url)));

export interface ExampleSource {
  db: Db;
  files: Pick<DocumentFiles, 'readPage'>;
  accessLog: AccessLog;
}

/** The file's real place (through links in its folder), refused when inside the repository. */
function outsideRepository(out: string): string {
  const absolute = path.resolve(out);
  const folder = path.dirname(absolute);
  if (!existsSync(folder)) throw new UsageError(`--out ${out}: mappen ${folder} finnes ikke`);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) throw new UsageError(`--out ${out} er en mappe; oppgi filen som skal skrives, for eksempel ${path.join(out, 'examples.jsonl')}`);
  const real = path.join(realpathSync(folder), path.basename(absolute));
  const relative = path.relative(repository, real);
  // Outside: up and out ("../x", not a folder named "..x" inside), or another drive (an absolute path on Windows).
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (!outside) {
    throw new UsageError(`--out ${out} ligger i kodelageret (${repository}); eksemplene er ekte post: skriv dem ved dokumentene, utenfor det`);
  }
  return real;
}

/**
 * The lines, oldest first, and what was left out. Each document whose text is written is a read of
 * personal data in bulk, so each gets an `examples:export` entry in the access log naming who, when and
 * how many went out together: an auditor asking about a document finds the export.
 */
export async function exportTrainingExamples(source: ExampleSource, reader: Identity, since: string | null): Promise<{ lines: string[]; superseded: number; unlabelled: number; withoutText: number }> {
  // Sort keys start with the instant in UTC; a day in Norway starts the evening before in UTC, so read from the day before and keep by Oslo date.
  const stored = (await labelledExamplesFrom(source.db, since ? addDays(since, -1) : null)).filter((e) => !since || osloDate(new Date(e.at)) >= since);
  const { chosen, superseded, unlabelled } = selectTrainingExamples(stored);
  const lines: string[] = [];
  const exported: string[] = [];
  let withoutText = 0;
  for (const example of chosen) {
    // A part of a split file has its pages under the file's id (service/operations/stored-pages.ts).
    const doc = await getDocumentAsStored(source.db, example.documentId, false);
    const texts = doc ? (await readStoredPages(source.files, doc)).map((page) => page?.text ?? '') : [];
    // The store's pages first (the whole text); the example's own capped copy when they are gone.
    const text = texts.some((t) => t.trim() !== '') ? texts.join('\f') : await storedExampleText(source.db, example);
    if (!text) {
      withoutText += 1;
      continue;
    }
    lines.push(JSON.stringify(trainingLine(example, text)));
    exported.push(example.documentId);
  }
  const at = new Date().toISOString();
  const filter = `${since ? `since=${since}&` : ''}documents=${exported.length}`;
  for (const documentId of exported) await source.accessLog.record({ at, person: reader.person, role: reader.role, action: 'examples:export', documentId, filter });
  return { lines, superseded, unlabelled, withoutText };
}

async function deployedSource(table: string, bucket: string): Promise<ExampleSource> {
  const { documentClient } = await import('../functions/commons/clients.ts');
  const { s3DocumentFiles } = await import('../service/adapters/s3-document-files.ts');
  const { dynamoAccessLog } = await import('../functions/commons/store/access-log.ts');
  const db = { client: documentClient(), table };
  return { db, files: s3DocumentFiles(bucket), accessLog: dynamoAccessLog(db) };
}

export async function examplesCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new UsageError(`examples ${sub ?? ''}: underkommandoen er export (examples export --out FIL [--since dd.mm.åååå])`.replace('  ', ' '));
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string', default: '.postmottak' },
      verbose: { type: 'boolean', default: false },
      out: { type: 'string' },
      since: { type: 'string' },
      table: { type: 'string' },
      bucket: { type: 'string' },
      archivist: { type: 'string' },
    },
  });
  if (positionals.length) throw new UsageError(`examples export tar ingen argumenter, ikke «${positionals.join(' ')}»`);
  if (!values.out) throw new UsageError('examples export trenger --out FIL (utenfor kodelageret: eksemplene er ekte post)');
  const since = isoDate(values.since, '--since') ?? null;
  const out = outsideRepository(values.out);
  const table = values.table ?? process.env.POSTMOTTAK_TABLE;
  const bucket = values.bucket ?? process.env.POSTMOTTAK_DOCUMENT_BUCKET;
  if (Boolean(table) !== Boolean(bucket)) throw new UsageError('den utrullede stakken gis ved både tabellen og dokumentbøtta: oppgi --table og --bucket (eller POSTMOTTAK_TABLE og POSTMOTTAK_DOCUMENT_BUCKET)');

  // The access log names the person (SPEC: archivists may read text); --archivist or POSTMOTTAK_USER, else the machine's account.
  const reader: Identity = { person: await readingPerson(values.archivist, values['data-dir'], '--archivist', 'examples export'), role: 'archivist' };
  const result =
    table && bucket
      ? await exportTrainingExamples(await deployedSource(table, bucket), reader, since).catch((error: unknown) => {
          const problem = awsAccessProblem(error, { table, bucket });
          throw problem ? new UsageError(problem) : error;
        })
      : await through(
          { dataDir: values['data-dir'], verbose: values.verbose, command: 'examples export' },
          {
            // The export reads the table and the document store directly; no route hands out mail text in bulk.
            http: async () => {
              throw new UsageError(`examples export leser datamappen selv, og postmottak serve holder ${path.resolve(values['data-dir'])}: stopp serve, eksporter, og start den igjen`);
            },
            direct: (ctx) => exportTrainingExamples(ctx, reader, since),
          },
        );
  // Owner-only, as the data dir's examples are: real mail.
  await writeOutFile(out, result.lines.map((l) => `${l}\n`).join(''), 0o600);
  process.stderr.write(`${examplesWrittenLines({ written: result.lines.length, superseded: result.superseded, withoutText: result.withoutText }, values.out, since)}\n`);
  return 0;
}
