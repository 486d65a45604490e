import { parseArgs } from 'node:util';
import path from 'node:path';
import type { CaseView, DueDeadlines, QueuePage } from '../schemas/api.ts';
import type { ProcessResult } from '../schemas/pipeline.ts';
import { DeadlineKind } from '../schemas/taxonomy.ts';
import { isoFromTyped } from '../domain/wording/typed-date.ts';
import { osloDate } from '../domain/calendar.ts';
import { dayToComeWords, isAfterToday } from '../domain/intake/days-to-come.ts';
import type { Identity } from '../service/identity.ts';
import { ApiProblem } from '../service/problems.ts';
import { decisionDatesOnCommandLine } from '../service/operations/decision-date-refusal.ts';
import { queuePage } from '../service/operations/queues.ts';
import { claim, dueDeadlines, openDeadline, readCase, release } from '../service/operations/cases.ts';
import { decide, reviewList } from '../service/operations/review.ts';
import { DataDirBusy } from './data-dir-lock.ts';
import { lockWaitMs, openLocalRuntime } from './service-runtime.ts';
import { runningServe } from './serve-info.ts';
import { ServiceClient } from './service-client.ts';
import { UsageError } from './usage-error.ts';
import { notADate } from './cli-refusals.ts';
import { withNames, type Ways } from './area-names.ts';
import { actingPerson, personOrAccount, readingPerson } from './cli-person.ts';
import { emptyQueueLine, noDueDeadlinesLine } from './empty-listings.ts';
import { decidedLines, decisionLine, moreLine, reviewLine, reviewSummary } from './archivist-wording.ts';
import { reviewReasonNames } from '../domain/wording/review-reason-names.ts';
import type { ReasonCode } from '#schemas/reasons';
import { caseLines, claimedLine, dueLine, openedLine, queueLine, releasedLine } from './case-handler-wording.ts';

/**
 * The CLI's commands. Each is one operation of service/operations (the same code the HTTP API runs):
 * while `postmottak serve` holds the data dir the command asks it over HTTP, so any number of
 * commands run at once; otherwise the command opens the embedded stack itself, under the data dir's
 * lock, for its own run.
 */
export { UsageError };

/** A date option as people type it (20.03.2025) or as systems do (2025-03-20), as the ISO day; anything else is refused, a day that does not exist too. */
export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const iso = isoFromTyped(value);
  if (!iso) throw new UsageError(notADate(flag, value));
  return iso;
}

const common = {
  'data-dir': { type: 'string', default: '.postmottak' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const;


/** Through a running serve, or on the embedded stack opened for this command. */
export async function through<T>(options: { dataDir: string; verbose: boolean; command: string; trace?: ((line: string) => void) | undefined; warmUpClassifier?: boolean }, ways: Ways<T>): Promise<T> {
  const dataDir = path.resolve(options.dataDir);
  const deadline = Date.now() + lockWaitMs();
  let told = false;
  for (;;) {
    const serve = await runningServe(dataDir);
    if (serve) return ways.http(new ServiceClient(serve));
    try {
      const runtime = await openLocalRuntime({ dataDir, command: options.command, verbose: options.verbose, trace: options.trace, waitMs: 0, warmUpClassifier: options.warmUpClassifier ?? false });
      try {
        return await ways.direct(runtime.context);
      } finally {
        await runtime.close();
      }
    } catch (error) {
      if (!(error instanceof DataDirBusy) || Date.now() >= deadline) throw error;
      if (!told && error.holder.command !== 'serve') process.stderr.write(`venter til den andre postmottak-kommandoen på ${dataDir} (pid ${error.holder.pid}: ${error.holder.command}) er ferdig …\n`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export function print(json: boolean, value: unknown, human: () => string): void {
  process.stdout.write((json ? JSON.stringify(value) : human()) + '\n');
}

export async function processCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, received: { type: 'string' }, postmarked: { type: 'string' }, manifest: { type: 'string' }, batch: { type: 'string' }, 'in-flight': { type: 'string' } },
  });
  // Files and folders, a manifest of postmarks, progress and a summary: shared with `upload` (local/mailroom/).
  const { batchOptions, checkDates, inputFiles, processFiles } = await import('./mailroom/commands.ts');
  const options = await batchOptions(values);
  const files = await inputFiles(positionals, options);
  // Before the data dir is opened: a mistake in the dates or the manifest costs no start-up.
  checkDates(files, options);
  return processFiles(values['data-dir'], files, options, 'process');
}

export async function reviewCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    const { values } = parseArgs({
      args: rest,
      options: { ...common, reason: { type: 'string' }, type: { type: 'string' }, area: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string', default: '50' }, cursor: { type: 'string' } },
    });
    if (values.reason && !(values.reason in reviewReasonNames)) throw new UsageError(`--reason er en av ${Object.keys(reviewReasonNames).join(', ')}, ikke «${values.reason}»`);
    const filters = { reason: values.reason as ReasonCode | undefined, documentType: values.type, area: values.area, from: isoDate(values.from, '--from'), to: isoDate(values.to, '--to') };
    const query = { ...filters, limit: boundedLimit(values.limit), ...(values.cursor ? { cursor: values.cursor } : {}) };
    const archivist: Identity = { person: await personOrAccount(values['data-dir'], 'review list'), role: 'archivist' };
    const { value: page, names } = await through(
      { dataDir: values['data-dir'], verbose: values.verbose, command: 'review list' },
      withNames<QueuePage>(archivist, { http: (client) => client.call(archivist, 'GET', '/review', { query: { ...filters, limit: String(query.limit), cursor: query.cursor } }), direct: (ctx) => reviewList(ctx, archivist, query) }, { json: values.json }),
    );
    // The page's words (local/archivist-wording.ts); the count and the next page's cursor go to standard error, as before.
    if (!values.json) process.stderr.write(`${reviewSummary(page.items.length, page.cursor !== null)}\n`);
    for (const item of page.items) print(values.json, item, () => reviewLine(item, names));
    if (page.cursor) process.stderr.write(`${values.json ? `more: --cursor ${page.cursor}` : moreLine(page.cursor)}\n`);
    return 0;
  }
  if (sub === 'decide') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { ...common, archivist: { type: 'string' }, type: { type: 'string' }, area: { type: 'string' }, case: { type: 'string' }, 'confirm-other-person': { type: 'boolean' }, 'decision-date': { type: 'string' }, 'decision-received': { type: 'string' } },
    });
    const [documentId] = positionals;
    if (!documentId) throw new UsageError('oppgi dokumentet som skal avgjøres (postmottak review list viser dem)');
    const person = await actingPerson(values.archivist, values['data-dir'], '--archivist', 'hver avgjørelse lagres med hvem som tok den', 'review decide');
    const { DecisionBody } = await import('../schemas/api.ts');
    // The decision's date when the machine found none (or the wrong one), and the day the writer got it: the appeal deadline counts from them.
    // An empty value («--decision-date ""») clears a date the machine misread.
    const typedDate = (value: string | undefined, flag: string) => (value === '' ? null : isoDate(value, flag));
    const decisionDate = typedDate(values['decision-date'], '--decision-date');
    const decisionReceivedDate = typedDate(values['decision-received'], '--decision-received');
    const fields = { ...(decisionDate !== undefined ? { decisionDate } : {}), ...(decisionReceivedDate !== undefined ? { decisionReceivedDate } : {}) };
    if (values['confirm-other-person'] && values.case === undefined) throw new UsageError('--confirm-other-person gjelder bare sammen med --case SAK');
    const confirmOtherPerson = values['confirm-other-person'] ? { confirmOtherPerson: true } : {};
    const parsed = DecisionBody.safeParse({ documentType: values.type, area: values.area, case: values.case, ...confirmOtherPerson, ...(Object.keys(fields).length ? { fields } : {}) });
    if (!parsed.success) {
      // The schema's own words are English; what the archivist typed wrong is said as the other refusals say it.
      const said: Record<string, string> = { documentType: `--type: ukjent dokumenttype «${values.type}»`, area: `--area: ukjent saksområde «${values.area}»` };
      throw new UsageError(parsed.error.issues.map((i) => said[String(i.path[0])] ?? `--${String(i.path[0])}: ${i.message}`).join('; '));
    }
    const archivist: Identity = { person, role: 'archivist' };
    const trace = values.verbose ? (line: string) => process.stderr.write(line + '\n') : undefined;
    const {
      value: decided,
      names,
    } = await through(
      { dataDir: values['data-dir'], verbose: values.verbose, command: 'review decide', trace },
      withNames<Decided>(
        archivist,
        {
          http: (client) => client.call<Decided>(archivist, 'POST', `/review/${encodeURIComponent(documentId)}/decision`, { json: parsed.data }).catch(datesByOption),
          direct: (ctx) => decide(ctx, archivist, documentId, parsed.data).catch(datesByOption),
        },
        { json: values.json },
      ),
    );
    // The decided document, then each document that waited beside it for its case (one line each).
    for (const line of decidedLines(decided)) print(values.json, line, () => decisionLine(line, names.areas, line.reasonNb));
    return 0;
  }
  throw new UsageError(`review tar «list» eller «decide», ikke «${sub ?? ''}»`);
}

type Decided = { result: ProcessResult; followed?: (ProcessResult & { reasonNb?: string | null })[]; reasonNb?: string | null };

/** A refused decision date named as `review decide` takes it (--decision-date), not by the page's label. */
function datesByOption(error: unknown): never {
  if (error instanceof ApiProblem && error.status === 422 && error.detailNb) throw new ApiProblem(error.kind, error.detail, decisionDatesOnCommandLine(error.detailNb));
  throw error;
}

function boundedLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit må være et helt tall fra 1 til 200');
  return limit;
}

export async function queueCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, keyword: { type: 'string', multiple: true }, from: { type: 'string' }, to: { type: 'string' }, order: { type: 'string', default: 'oldest' }, limit: { type: 'string', default: '50' }, cursor: { type: 'string' } },
  });
  const [queue] = positionals;
  if (!queue) throw new UsageError('oppgi en kø, for eksempel unassigned/dental, handler/h123, unit-mail/sick_pay, review eller quarantine');
  if (values.order !== 'oldest' && values.order !== 'priority') throw new UsageError(`--order er «oldest» eller «priority», ikke «${values.order}»`);
  const query = {
    keyword: values.keyword,
    from: isoDate(values.from, '--from'),
    to: isoDate(values.to, '--to'),
    order: values.order,
    limit: boundedLimit(values.limit),
    cursor: values.cursor,
  } as const;
  const reader: Identity = { person: await personOrAccount(values['data-dir'], 'queue'), role: 'caseworker' };
  const { value: page, names } = await through(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'queue' },
    withNames<QueuePage>(
      reader,
      {
        http: (client) =>
          client.call(reader, 'GET', `/queues/${queue.split('/').map(encodeURIComponent).join('/')}`, {
            query: { keyword: query.keyword, from: query.from, to: query.to, order: query.order, limit: String(query.limit), cursor: query.cursor },
          }),
        direct: (ctx) => queuePage(ctx, reader, queue, query),
      },
      { json: values.json },
    ),
  );
  for (const item of page.items) print(values.json, item, () => queueLine(item, names));
  if (!page.items.length && !values.json) process.stdout.write(`${emptyQueueLine(queue, Boolean(query.keyword?.length || query.from || query.to || query.cursor))}\n`);
  if (page.cursor) process.stderr.write(`${values.json ? `more: --cursor ${page.cursor}` : moreLine(page.cursor)}\n`);
  return 0;
}

export async function claimCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...common, handler: { type: 'string' }, release: { type: 'boolean', default: false } } });
  const [caseNumber] = positionals;
  if (!caseNumber) throw new UsageError('skriv claim SAK --handler SAKSBEHANDLER (SAK som 2025/00001 eller 2025-00001)');
  const person = await actingPerson(values.handler, values['data-dir'], '--handler', values.release ? 'frigivelsen journalføres med hvem som ga saken fra seg' : 'saken tas av den som er navngitt', 'claim');
  const handler: Identity = { person, role: 'caseworker' };
  const action = values.release ? 'release' : 'claim';
  try {
    const outcome = await through<{ case: { caseNumber: string }; claimedBy: string | null }>(
      { dataDir: values['data-dir'], verbose: values.verbose, command: action },
      {
        http: (client) => client.call(handler, 'POST', `/cases/${encodeURIComponent(caseNumber.replace('/', '-'))}/${action}`),
        direct: (ctx) => (values.release ? release(ctx, handler, caseNumber) : claim(ctx, handler, caseNumber)),
      },
    );
    print(values.json, outcome, () => (values.release ? releasedLine(outcome.case.caseNumber) : claimedLine(outcome.case.caseNumber, person)));
    return 0;
  } catch (error) {
    // Someone else was first: not a usage error, but the command did not do what was asked.
    if (error instanceof ApiProblem && error.status === 409) {
      process.stderr.write(`postmottak: ${values.release ? 'ikke frigitt' : 'ikke tatt'}: ${error.detailNb ?? error.detail}\n`);
      return 3;
    }
    throw error;
  }
}

export async function caseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...common, why: { type: 'string' }, handler: { type: 'string' } } });
  const [caseNumber] = positionals;
  if (!caseNumber) throw new UsageError('skriv case SAK (SAK som 2025/00001 eller 2025-00001)');
  const why = values.why;
  const person = await readingPerson(values.handler, values['data-dir'], '--handler', 'case');
  const reader: Identity = { person, role: 'caseworker' };
  const { value: view, names } = await through(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'case' },
    withNames<CaseView>(reader, {
      http: (client) => client.call(reader, 'GET', `/cases/${encodeURIComponent(caseNumber.replace('/', '-'))}`, { query: { why } }),
      direct: (ctx) => readCase(ctx, reader, caseNumber, why),
    }, { json: values.json }),
  );
  print(values.json, view, () => caseLines(view, names));
  return 0;
}

export async function deadlineOpenCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...common, kind: { type: 'string' }, handler: { type: 'string' }, on: { type: 'string' } } });
  const [caseNumber] = positionals;
  const kind = DeadlineKind.safeParse(values.kind);
  if (!caseNumber || !kind.success) throw new UsageError('skriv deadline-open SAK --kind medical_declaration|expert_statement|consent|comments --handler NAVN');
  // `--on ""` is refused as every date option's empty value is, not read as «today».
  const openedOn = isoDate(values.on, '--on');
  const today = osloDate(new Date());
  if (openedOn && isAfterToday(openedOn, today)) throw new UsageError(dayToComeWords('opened', { en: '--on', nb: '--on' }, openedOn, today).nb);
  const body = { kind: kind.data, ...(openedOn ? { openedOn } : {}) };
  const person = await actingPerson(values.handler, values['data-dir'], '--handler', 'fristen journalføres med hvem som åpnet den', 'deadline-open');
  const handler: Identity = { person, role: 'caseworker' };
  const opened = await through<{ caseNumber: string; deadline: { kind: string; due: string } }>(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'deadline-open' },
    {
      http: (client) => client.call(handler, 'POST', `/cases/${encodeURIComponent(caseNumber.replace('/', '-'))}/deadlines`, { json: body }),
      direct: (ctx) => openDeadline(ctx, handler, caseNumber, body),
    },
  );
  print(values.json, opened, () => openedLine(opened.caseNumber, opened.deadline.kind, opened.deadline.due));
  return 0;
}

export async function deadlinesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...common, 'due-before': { type: 'string' } } });
  const before = isoDate(values['due-before'], '--due-before');
  if (!before) throw new UsageError('oppgi dagen med --due-before dd.mm.åååå (eller åååå-mm-dd)');
  const reader: Identity = { person: await personOrAccount(values['data-dir'], 'deadlines'), role: 'caseworker' };
  const due = await through<DueDeadlines>(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'deadlines' },
    { http: (client) => client.call(reader, 'GET', '/deadlines', { query: { before } }), direct: (ctx) => dueDeadlines(ctx, reader, before) },
  );
  for (const d of due.deadlines) print(values.json, d, () => dueLine(d));
  if (!due.deadlines.length && !values.json) process.stdout.write(`${noDueDeadlinesLine(before)}\n`);
  return 0;
}
