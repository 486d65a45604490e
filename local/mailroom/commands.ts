import { parseArgs } from 'node:util';
import { outFileChecked, writeOutFile } from '../out-file.ts';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { ProcessResult } from '../../schemas/pipeline.ts';
import { linesOf, type FileOutcome } from '../../domain/intake/file-outcome.ts';
import { loadConfig } from '../../config/load.ts';
import { osloDate } from '../../domain/calendar.ts';
import { dayToComeWords, isAfterToday } from '../../domain/intake/days-to-come.ts';
import { normaliseCaseNumber } from '../../domain/sheets/sheet-code.ts';
import { UsageError, isoDate, through } from '../commands.ts';
import { refuseMissingDataDir, StateRefusal } from '../usage-error.ts';
import { readingPerson } from '../cli-person.ts';
import type { IntakeOutcome } from '../../schemas/api.ts';
import type { Identity } from '../../service/identity.ts';
import { ApiProblem } from '../../service/problems.ts';
import { FirstUploadInFlight } from '../../service/ports.ts';
import { firstUploadInFlightProblem } from '../../schemas/problem-types.ts';
import { batchReport, type BatchRow } from './batch-report.ts';
import { describe, interruptedLine, notes, notHandedInLine, pipelineFailureLine, postmarkAfterReceived, uploadFailureLine, wroteCoverSheet, wroteSeparatorSheet } from './mailroom-wording.ts';
import { configuredNames, noNames, type Names } from '../../domain/wording/names-nb.ts';
import { namesFromServe } from '../area-names.ts';
import { checkManifestCoversOnlyTheBatch, expandInputs, InputError, postmarkFor, readManifest, type InputFile, type Manifest } from './inputs.ts';
import { uploadToIncoming } from './uploader.ts';
import { awsUploadProblem } from './aws-upload-ready.ts';
import { randomUUID } from 'node:crypto';
import { batchKeyOf, callBatchName, isBatchName } from '../../domain/intake/batch.ts';
import { documentsInFlight, lookaheadOf, pipelined, pipelinedInLanes, type LaneSizes } from '../pipelining.ts';
import type { BatchAhead } from '../../service/ports.ts';
import { filesAhead } from './files-ahead.ts';
import { laneOfFile } from '../document-lane.ts';

/**
 * The mailroom's commands: printing cover and separator sheets, and uploading a day's scans.
 */

const common = {
  'data-dir': { type: 'string', default: '.postmottak' },
  verbose: { type: 'boolean', default: false },
} as const;

export async function coversheetCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...common, case: { type: 'string' }, type: { type: 'string' }, area: { type: 'string' }, out: { type: 'string' }, archivist: { type: 'string' } } });
  if (!values.case) throw new UsageError('oppgi saken med --case, for eksempel --case 2025/00001');
  if (!values.out) throw new UsageError('oppgi filen arket skal skrives til med --out FIL.pdf');
  const caseNumber = normaliseCaseNumber(values.case);
  if (!caseNumber) throw new UsageError(`--case må være et saksnummer skrevet 2025/00001 eller 2025-00001, ikke «${values.case}»`);
  await outFileChecked(values.out);
  // Printing a sheet reads a case: a data dir that is not there is a slip, not one to create empty.
  refuseMissingDataDir(values['data-dir']);
  const person = await readingPerson(values.archivist, values['data-dir'], '--archivist', 'coversheet');
  // The page's route and this command make the sheet in one place (service/operations/sheets.ts):
  // through serve while it runs on the data dir (its configuration names the types), else directly.
  const acting: Identity = { person, role: 'archivist' };
  const query = { case: caseNumber, ...(values.type !== undefined ? { type: values.type } : {}), ...(values.area !== undefined ? { area: values.area } : {}) };
  const [{ coverSheet }, { noSuchCase }] = await Promise.all([import('../../service/operations/sheets.ts'), import('../../service/operations/cases.ts')]);
  let pdf: Uint8Array;
  try {
    pdf = await through<Uint8Array>(
      { dataDir: values['data-dir'], verbose: values.verbose, command: 'coversheet' },
      { http: (client) => client.bytes(acting, '/sheets/cover', query), direct: async (ctx) => (await coverSheet(ctx, acting, query)).pdf },
    );
  } catch (error) {
    // On the command line the likely slip is the data dir, so it is named.
    // Only the case's own 404: a serve without the route answers 404 too, and that is said as it came.
    if (error instanceof ApiProblem && error.status === 404 && error.detailIn('nb') === noSuchCase(caseNumber).detailIn('nb')) throw new UsageError(`det finnes ingen sak ${caseNumber} i ${values['data-dir']}`);
    throw error;
  }
  await writeOutFile(values.out, pdf);
  process.stderr.write(`${wroteCoverSheet(values.out, caseNumber)}\n`);
  return 0;
}

export async function separatorCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) throw new UsageError('oppgi filen arket skal skrives til med --out FIL.pdf');
  await outFileChecked(values.out);
  const { separatorSheetFile } = await import('../../service/operations/sheets.ts');
  await writeOutFile(values.out, (await separatorSheetFile()).pdf);
  process.stderr.write(`${wroteSeparatorSheet(values.out)}\n`);
  return 0;
}

export interface BatchOptions {
  receivedDate: string;
  postmarkDate: string | null;
  manifest: Manifest | null;
  json: boolean;
  verbose: boolean;
  /** Documents in the pipeline at once (local/pipelining.ts): in two lanes (scans, text-layer documents), or one pool of N. */
  inFlight: LaneSizes | number;
  /** The batch the files are handed in as (domain/intake/batch.ts): --batch, else one of this call's own. */
  batch: string;
}

/** A line's row in the summary: a part of a split file says which («2/3»), and bytes handled before say under what name. */
function rowOf(result: ProcessResult, earlier: string | null): BatchRow {
  return {
    file: result.file,
    outcome: result.status,
    queue: result.queue,
    caseId: result.caseId,
    documentType: result.documentType,
    ...(result.part && result.parts ? { part: `${result.part}/${result.parts}` } : {}),
    ...(result.duplicateOf ? { earlier: earlier ?? result.file } : {}),
  };
}

export async function batchOptions(values: { received?: string; postmarked?: string; manifest?: string; json?: boolean; verbose?: boolean; 'in-flight'?: string; batch?: string }, command: 'process' | 'upload' = 'process'): Promise<BatchOptions> {
  if (values.batch !== undefined && !isBatchName(values.batch)) throw new UsageError('--batch er et navn av bokstaver, sifre, «.», «-» og «_» (høyst 64 tegn)');
  try {
    const today = osloDate(new Date());
    const receivedDate = isoDate(values.received, '--received') ?? today;
    // Mail is not received on a day still to come: its deadlines would count from a guess.
    if (isAfterToday(receivedDate, today)) throw new UsageError(dayToComeWords('received', { en: '--received', nb: '--received' }, receivedDate, today).nb);
    return {
      inFlight: documentsInFlight(values['in-flight']),
      // One call's files are one batch: a follow-up waits for an opener among them (stages/link.ts).
      batch: values.batch ?? callBatchName(command, Date.now(), randomUUID().replaceAll('-', '')),
      receivedDate,
      postmarkDate: isoDate(values.postmarked, '--postmarked') ?? null,
      manifest: values.manifest ? await readManifest(values.manifest) : null,
      json: values.json ?? false,
      verbose: values.verbose ?? false,
    };
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/** The files to hand in; the manifest of `options` is never one of them. */
export async function inputFiles(paths: string[], options: Pick<BatchOptions, 'manifest'> | null = null): Promise<InputFile[]> {
  try {
    return await expandInputs(paths, options?.manifest?.source ?? null);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/** The dates one file goes in with: the manifest's postmark wins over --postmarked for its file. */
function datesFor(file: InputFile, options: BatchOptions, files: readonly InputFile[]) {
  const fromManifest = options.manifest ? postmarkFor(options.manifest, file, files) : undefined;
  return { receivedDate: options.receivedDate, postmarkDate: fromManifest === undefined ? options.postmarkDate : fromManifest };
}

/**
 * A person's mistake in the dates, found before any file is handed in: a postmark (from --postmarked or
 * the manifest) after the received date would stop the batch half-way, some files registered; a
 * manifest line for a file not in the batch would lose its postmark without a word.
 */
export function checkDates(files: readonly InputFile[], options: BatchOptions): void {
  if (options.manifest) {
    try {
      checkManifestCoversOnlyTheBatch(options.manifest, files);
    } catch (error) {
      if (error instanceof InputError) throw new UsageError(error.message);
      throw error;
    }
  }
  for (const file of files) {
    const { receivedDate, postmarkDate } = datesFor(file, options, files);
    if (postmarkDate && postmarkDate > receivedDate) throw new UsageError(postmarkAfterReceived(file.display, postmarkDate, receivedDate));
  }
}

/** A file not handed in: a person's mistake stopped the batch before it started. */
const notStarted = Symbol('not started');
/** How long Ctrl-C waits for the call's files to come off their batch's roll before it exits. */
const interruptCloseMs = 2000;

/**
 * Runs files through `one` (the pipeline, through `serve` or the embedded stack), `options.inFlight`
 * at a time (local/pipelining.ts), with progress on standard error, each JSON line (or a line a person
 * reads) on standard output in the files' order, and the summary at the end. A person's mistake (a 4xx
 * from the service) stops the batch: no file starts after it, but every file already handed in gets
 * its lines (it is registered), and then the mistake is thrown (one line, exit 2).
 */
export async function runBatch(
  files: InputFile[],
  options: BatchOptions,
  one: (file: InputFile) => Promise<FileOutcome | IntakeOutcome>,
  names: Names = noNames,
  roll: { ahead: BatchAhead; batchKey: string; maxBytes: number } | null = null,
): Promise<number> {
  checkDates(files, options);
  // The call's files on their batch's roll before the first runs (QA Q34): only with the lanes, where a
  // waiting follow-up gives its place up and what it waits for can start. The single pool (--in-flight N)
  // keeps every place: a follow-up there would wait out its bound for a file behind it.
  const ahead = roll && typeof options.inFlight !== 'number' ? filesAhead(files, roll.ahead, roll.batchKey, roll.maxBytes) : null;
  const lookahead = typeof options.inFlight === 'number' ? 0 : lookaheadOf(options.inFlight);
  const report = batchReport(files.length, names);
  let failures = 0;
  let mistake: { error: ApiProblem; file: string } | null = null;
  let skipped = 0;
  // Ctrl-C: say which files are unfinished and that the same command finishes them, then end as an
  // interrupted command does (130). Every file begun is under incoming/ with its claim; nothing is lost.
  const begun = new Set<string>();
  let ended = 0;
  const onInterrupt = () => {
    process.stderr.write(`${interruptedLine([...begun], files.length - ended - begun.size)}\n`);
    // The call's files off their batch's roll before the exit, so the next call's follow-ups do not wait for
    // them; best effort, two seconds at most (a second Ctrl-C ends it at once: the handler is gone).
    const bound = new Promise<void>((resolve) => setTimeout(resolve, interruptCloseMs));
    void Promise.race([ahead?.close().catch(() => undefined), bound]).finally(() => process.exit(130));
  };
  process.once('SIGINT', onInterrupt);
  try {
    const work = async (file: InputFile) => {
      try {
        return await runOne(file);
      } finally {
        await ahead?.ended(file);
      }
    };
    const runOne = async (file: InputFile) => {
      if (mistake) return notStarted;
      begun.add(file.display);
      report.start(file.display);
      const started = Date.now();
      try {
        const outcome = await one(file);
        const seconds = (Date.now() - started) / 1000;
        // The reason as the page gives it comes with the intake's answer, for the line a person reads; the JSON line is SPEC.md's, without it.
        // The name each line's bytes were first handed in under, before the lines are named after this file.
        const earlier = (outcome.status === 'split' ? outcome.parts : [outcome]).map((line) => line.file);
        const worded = linesOf<ProcessResult & { reasonNb?: string | null }>(outcome, file.display);
        const lines: ProcessResult[] = worded.map(({ reasonNb: _reasonNb, ...line }) => line);
        const reasons = worded.map((line) => line.reasonNb ?? null);
        return { lines, reasons, earlier, seconds };
      } catch (error) {
        if (personsMistake(error)) mistake ??= { error, file: file.display };
        throw error;
      }
    };
    const print = async (file: InputFile, settled: PromiseSettledResult<Awaited<ReturnType<typeof work>>>, index: number) => {
        // The runner may now start the file `lookahead` past this one: on the roll before it does.
        await ahead?.reach(index + 1 + lookahead);
        begun.delete(file.display);
        ended += 1;
        if (settled.status === 'fulfilled') {
          if (settled.value === notStarted) {
            skipped += 1;
            return;
          }
          // A split file prints one line per part, in page order (SPEC.md "Cover sheets, separator sheets and bundles").
          const { lines, reasons, earlier } = settled.value;
          for (const [i, result] of lines.entries()) process.stdout.write((options.json ? JSON.stringify(result) : describe(result, names, reasons[i], earlier[i])) + '\n');
          report.done(file.display, lines.map((line, i) => rowOf(line, earlier[i] ?? null)), settled.value.seconds);
          return;
        }
        const error = settled.reason;
        // The person's mistake is told once, at the end; anything else is a pipeline failure,
        // reported and counted, and the next file still runs.
        if (personsMistake(error)) {
          report.done(file.display, [{ file: file.display, outcome: 'failed', note: notes.notHandedIn }], 0);
          return;
        }
        failures += 1;
        process.stderr.write(`${pipelineFailureLine(file.display, failureWords(error, file))}\n`);
        report.done(file.display, [{ file: file.display, outcome: 'failed' }], 0);
      };
    await ahead?.reach(lookahead);
    await (typeof options.inFlight === 'number' ? pipelined(files, options.inFlight, work, print) : pipelinedInLanes(files, options.inFlight, (file) => laneOfFile(file.path), work, print));
  } finally {
    process.off('SIGINT', onInterrupt);
    await ahead?.close();
    // With --json, standard output carries the JSON lines and nothing else.
    (options.json ? process.stderr : process.stdout).write(report.finish() + '\n');
  }
  if (mistake) {
    const { error, file } = mistake as { error: ApiProblem; file: string };
    process.stderr.write(`${notHandedInLine(file, skipped)}\n`);
    throw error;
  }
  return failures === 0 ? 0 : 1;
}

/**
 * A refusal the person can fix (told once, at the end, and the batch stops), not a file whose bytes'
 * first upload is still being processed: that file's line says so and the next file runs.
 */
const personsMistake = (error: unknown): error is ApiProblem => error instanceof ApiProblem && error.status < 500 && error.type !== firstUploadInFlightProblem;

/**
 * A failed file's words on the command line: a refusal's bokmål; for a first upload still in flight the command
 * line's own sentence (run the command again), as `process` alone says it, not the page's (upload it again).
 */
function failureWords(error: unknown, file: InputFile): string {
  if (error instanceof ApiProblem && error.type === firstUploadInFlightProblem) return new FirstUploadInFlight(file.path).message;
  return error instanceof ApiProblem ? error.detailIn('nb') : (error as Error).message;
}

/** The mailroom hands scans in as this identity (as `process` does). */
const mailroom: Identity = { person: 'mailroom', role: 'archivist' };

/** Each file through the pipeline of the data dir: through `serve` when it runs, else the embedded stack. */
export async function processFiles(dataDir: string, files: InputFile[], options: BatchOptions, command: string): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const { handInFile } = await import('../../service/operations/intake.ts');
  const trace = options.verbose ? (line: string) => process.stderr.write(line + '\n') : undefined;
  const upload = async (file: InputFile) => ({ bytes: await readFile(file.path), fileName: path.basename(file.path), ...datesFor(file, options, files), batch: options.batch });
  return through(
    { dataDir, verbose: options.verbose, command, trace, warmUpClassifier: true },
    {
      http: async (client) => {
        // The names a person's lines and the summary table use (./mailroom-wording.ts); the table is
        // there under --json too (on standard error), in names, not codes.
        const names = await namesFromServe(client, mailroom);
        return runBatch(
          files,
          options,
          async (file) => {
            const { bytes, fileName, receivedDate, postmarkDate, batch } = await upload(file);
            return client.call<IntakeOutcome>(mailroom, 'POST', '/intake', { query: { fileName, received: receivedDate, batch, ...(postmarkDate ? { postmarked: postmarkDate } : {}) }, bytes });
          },
          names,
        );
      },
      direct: async (ctx) => {
        const ahead = ctx.pipeline.batchAhead;
        const roll = ahead ? { ahead, batchKey: batchKeyOf({ batch: options.batch, receivedDate: options.receivedDate }), maxBytes: ctx.config.limits.maxBytes } : null;
        return runBatch(files, options, async (file) => handInFile(ctx, mailroom, await upload(file)), configuredNames(ctx.config), roll);
      },
    },
  );
}

/** The bucket named by the configuration (environment) or --bucket: uploads go to AWS, not the embedded stack. */
function configuredBucket(flag: string | undefined): string | null {
  return flag ?? process.env.POSTMOTTAK_UPLOAD_BUCKET ?? null;
}

export async function uploadCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...common,
      json: { type: 'boolean', default: false },
      received: { type: 'string' },
      postmarked: { type: 'string' },
      batch: { type: 'string' },
      manifest: { type: 'string' },
      bucket: { type: 'string' },
      'in-flight': { type: 'string' },
    },
  });
  const options = await batchOptions(values, 'upload');
  const files = await inputFiles(positionals, options);
  const batch = options.batch;
  const bucket = configuredBucket(values.bucket);
  checkDates(files, options);

  if (bucket) {
    // A real bucket: the pipeline runs in AWS on the bucket's event; here only the upload.
    const s3 = new S3Client({});
    const problem = await awsUploadProblem(s3, bucket);
    if (problem) {
      s3.destroy();
      // The machine's setup, not a mistyped command: no pointer to --help.
      throw new StateRefusal(problem);
    }
    const report = batchReport(files.length, configuredNames(loadConfig()));
    let failures = 0;
    for (const file of files) {
      report.start(file.display);
      const started = Date.now();
      try {
        const object = await uploadToIncoming(s3, bucket, { file: file.path, ...datesFor(file, options, files), batch });
        if (options.json) process.stdout.write(JSON.stringify({ file: file.display, bucket, key: object.key, sha256: object.sha256, uploaded: object.uploaded }) + '\n');
        report.done(file.display, [{ file: file.display, outcome: 'uploaded', ...(object.uploaded ? {} : { alreadyThere: true }) }], (Date.now() - started) / 1000);
      } catch (error) {
        failures += 1;
        process.stderr.write(`${uploadFailureLine(file.display, `${(error as Error).name}: ${(error as Error).message}`)}\n`);
        report.done(file.display, [{ file: file.display, outcome: 'failed' }], (Date.now() - started) / 1000);
      }
    }
    (options.json ? process.stderr : process.stdout).write(report.finish() + '\n');
    s3.destroy();
    return failures === 0 ? 0 : 1;
  }

  // The embedded stack (or `serve` on it): its S3 server sends no notifications, so the upload
  // drives each file through the pipeline itself, as `process` does. The key carries the bytes'
  // digest there too, so a re-run finds the same documents and registers nothing twice.
  return processFiles(values['data-dir'], files, options, 'upload');
}
