import type { ProcessResult } from '../../schemas/pipeline.ts';
import { areaName, date, outcomeNames, queueName, sheetNames, typeName, type Areas, type Names, type OutcomeCode } from '../../domain/wording/names-nb.ts';

/**
 * The mailroom's human lines (`process`, `upload`, the summary table, `coversheet`, `separator`,
 * `reconcile`, `serve --watch`) in the page's words: bokmål, days as 20.03.2025, types, areas and queues
 * by name, the reason as the page gives it. File names and case numbers stay as they are. `--json` and
 * the JSON lines are SPEC's shape, unchanged (local/mailroom/commands.ts prints those).
 */
export { outcomeNames, type OutcomeCode };

/** Seconds as a Norwegian reads them: «2,3 s». */
export const seconds = (s: number) => `${s.toFixed(1).replace('.', ',')} s`;

/** «brev» for one, «brev» … Norwegian nouns used here: one form for one, one for several. */
export const count = (n: number, one: string, several: string) => `${n} ${n === 1 ? one : several}`;

const caseNumber = (caseId: string | null | undefined) => (caseId ? caseId.replace('-', '/') : '');

/**
 * One file (or part) handed in, as the clerk reads it:
 * «klage.pdf: fordelt – Klage på vedtak, Tannbehandling → Ufordelte saker – Tannbehandling (sak 2025/00001)»,
 * «brev.pdf: til kontroll – Legeerklæring, Tannbehandling: <why, as the page says it>»; a re-run's
 * «klage.pdf: allerede behandlet som klage.pdf, ingenting nytt: fordelt – …» (`earlier`: the name the bytes came with first).
 */
export function describe(result: ProcessResult, names: Names, reasonNb: string | null = null, earlier: string | null = null): string {
  const file = result.part ? `${result.file} (del ${result.part} av ${result.parts}, side ${result.pageRange?.join('–')})` : result.file;
  const what = result.documentType ? ` – ${typeName(names.documentTypes, result.documentType)}${result.area ? `, ${areaName(names.areas, result.area)}` : ''}` : '';
  const onCase = result.caseId ? ` (sak ${caseNumber(result.caseId)})` : '';
  // The same bytes were handed in before: nothing new was registered, and the line says so before what became of them then.
  const already = result.duplicateOf ? `${alreadyHandled(earlier ?? result.file)}, ingenting nytt: ` : '';
  if (result.status === 'routed') return `${file}: ${already}${outcomeNames.routed}${what} → ${queueName(result.queue, names.areas)}${onCase}`;
  const why = reasonNb ?? result.reason;
  const status = result.status === 'rejected' ? `${outcomeNames.rejected}, i karantene` : outcomeNames.review;
  return `${file}: ${already}${status}${what}${why ? `: ${why}` : ''}`;
}

/** A file whose bytes were handled before, under the name they came with then («allerede behandlet som brev.pdf»). */
export const alreadyHandled = (earlier: string) => `allerede behandlet som ${earlier}`;

/** The summary table's columns. */
export const summaryHead = ['fil', 'del', 'utfall', 'kø', 'sak', 'dokumenttype'];

/** Why a row is as it is, beside its outcome. */
export const notes = { notHandedIn: 'ikke levert inn', alreadyThere: 'lå der fra før' } as const;

/**
 * «3 dokumenter: 2 fordelt, 1 til kontroll»; documents handled before (a re-run) are counted apart,
 * not as fordelt again: «2 dokumenter: 2 allerede behandlet; ingenting nytt ble registrert»; and so are
 * files a re-run of `upload --bucket` found in the bucket: «2 dokumenter: 1 lastet opp, 1 lå der fra før».
 */
export function totalsLine(counts: ReadonlyMap<OutcomeCode, number>, documents: number, already = 0, alreadyThere = 0): string {
  const order: OutcomeCode[] = ['routed', 'review', 'rejected', 'uploaded', 'failed'];
  const totals = order.filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${outcomeNames[o]}`);
  if (already > 0) totals.push(`${already} ${alreadyHandledTotal}`);
  if (alreadyThere > 0) totals.push(`${alreadyThere} ${notes.alreadyThere}`);
  const old = already + alreadyThere;
  const nothingNew = old > 0 && old === documents ? (already > 0 ? '; ingenting nytt ble registrert' : '; ingenting nytt ble lastet opp') : '';
  return `${count(documents, 'dokument', 'dokumenter')}: ${totals.join(', ') || 'ingen'}${nothingNew}`;
}

const alreadyHandledTotal = 'allerede behandlet';

/** A row of the summary table. */
export function summaryCells(row: { file: string; part?: string | undefined; outcome: OutcomeCode; note?: string | undefined; earlier?: string | undefined; alreadyThere?: boolean | undefined; queue?: string | null | undefined; caseId?: string | null | undefined; documentType?: string | null | undefined }, names: Names): string[] {
  const outcome = row.alreadyThere ? notes.alreadyThere : row.earlier === undefined ? outcomeNames[row.outcome] : `${alreadyHandledTotal} (${outcomeNames[row.outcome]})`;
  return [row.file, row.part ?? '', outcome + (row.note ? ` (${row.note})` : ''), row.queue ? queueName(row.queue, names.areas) : '', caseNumber(row.caseId), row.documentType ? typeName(names.documentTypes, row.documentType) : ''];
}

/** «[2/5] klage.pdf: fordelt på 2,3 s» — a progress line when standard error is no terminal; «… allerede behandlet som klage.pdf, ingenting nytt» for bytes handled before. */
export const progressLine = (index: number, total: number, file: string, outcomes: OutcomeCode[], s: number, earlier?: string) =>
  `[${index}/${total}] ${file}: ${earlier === undefined ? `${outcomes.map((o) => outcomeNames[o]).join(', ')} på ${seconds(s)}` : `${alreadyHandled(earlier)}, ingenting nytt`}`;

/** «[2/5] klage.pdf: lå der fra før, ingenting lastet opp» — a re-run of `upload --bucket` that found the bytes in the bucket. */
export const progressAlreadyThere = (index: number, total: number, file: string) => `[${index}/${total}] ${file}: ${notes.alreadyThere}, ingenting lastet opp`;

/** The bar on a terminal. */
export const progressFormat = '{bar} {value}/{total} filer | {file}';

/** A file the pipeline failed on: the file, then the technical cause as it came (for the operator). */
export const pipelineFailureLine = (file: string, cause: string) => `${file}: BEHANDLINGEN FEILET: ${cause}`;

export const uploadFailureLine = (file: string, cause: string) => `${file}: opplastingen feilet: ${cause}`;

/** The batch a person's mistake stopped: the file refused, and how many after it were never started. */
export const notHandedInLine = (file: string, skipped: number) => `${file}: ikke levert inn${skipped ? `; ${count(skipped, 'fil', 'filer')} etter den ble ikke startet` : ''}`;

/**
 * Ctrl-C stopped the batch: the files begun but not finished by name, the rest counted, and what to do.
 * A re-run finishes each where it stopped (local/interrupted-uploads.ts) and registers nothing twice.
 */
export const interruptedLine = (begun: readonly string[], notStarted: number) => {
  const parts = [...(begun.length ? [`${begun.join(', ')} ble ikke ferdig${begun.length > 1 ? 'e' : ''}`] : []), ...(notStarted ? [`${count(notStarted, 'fil', 'filer')} ble ikke startet`] : [])];
  return `avbrutt: ${parts.join('; ')}. Ingenting er tapt: kjør den samme kommandoen igjen, så blir de gjort ferdige`;
};

export const postmarkAfterReceived = (file: string, postmark: string, received: string) => `${file}: poststempelet ${date(postmark)} er etter mottaksdatoen ${date(received)}; ingenting ble levert inn`;

export const wroteCoverSheet = (out: string, caseNo: string) => `skrev ${out}: ${sheetNames.cover} for sak ${caseNo}`;
export const wroteSeparatorSheet = (out: string) => `skrev ${out}: ${sheetNames.separator}`;
/** `coversheet` for a closed case. */

/** `reconcile`: what stands where, in words (domain/reconcile.ts's verdicts). */
const reconcileWords: Record<string, { name: string; detail?: string }> = {
  stuck: { name: 'står fast', detail: 'journalført på saken, men aldri fordelt til en kø' },
  'never-started': { name: 'aldri startet', detail: 'ingen dokument ble registrert for denne opplastingen' },
  routed: { name: outcomeNames.routed },
  review: { name: outcomeNames.review },
  rejected: { name: outcomeNames.rejected },
};
const statusWord = (status: string) => reconcileWords[status]?.name ?? status;
/**
 * «11 objekter under incoming/: 6 ferdig, 5 ikke». After `--redrive` the count is the state the run
 * left (what an operator acts on next), with the state it found beside it: «…: 11 ferdig, 0 ikke etter
 * ny kjøring av 5 (før: 6 ferdig, 5 ikke)».
 */
export function reconcileSummary(objects: number, unfinished: number, redrive?: { redriven: number; still: number }): string {
  const state = (open: number) => `${objects - open} ferdig, ${open} ikke`;
  const found = `${count(objects, 'objekt', 'objekter')} under incoming/: `;
  if (!redrive || unfinished === 0) return `${found}${state(unfinished)}`;
  return `${found}${state(redrive.still)} etter ny kjøring av ${redrive.redriven} (før: ${state(unfinished)})`;
}
export const reconcileLine = (key: string, status: string, detail: string) => `${key}: ${statusWord(status)} (${reconcileWords[status]?.detail ?? detail})`;
export const redrivenLine = (key: string, was: string, status: OutcomeCode, queue: string, areas: Areas) => `${key}: ${statusWord(was)} → kjørt på nytt: ${outcomeNames[status]} (${queueName(queue, areas)})`;
export const redriveFailedLine = (key: string, was: string, cause: string) => `${key}: ${statusWord(was)}, ny kjøring feilet (${cause})`;

/** `serve --watch`: one line a file, names and outcomes, never content. */
export const watchWords = {
  alreadyHandled: (file: string, earlier: string, outcome: string) => `${file}: allerede behandlet som ${earlier} (${outcomeWord(outcome)}); flyttet til processed`,
  failed: (file: string, cause: string) => `${file}: FEILET (${cause}); flyttet til failed`,
  handled: (file: string, outcome: string) => `${file}: ${outcomeWord(outcome)}; flyttet til processed`,
  notTaken: (file: string, cause: string) => `${file}: kunne ikke tas inn (${cause})`,
  waitingForRest: (file: string, kind: string, limitMs: number) => `${file}: ${kind}-en er ikke hel ennå (slutten mangler); venter på resten i opptil ${minutes(limitMs)}`,
  incompleteTaken: (file: string, kind: string, limitMs: number) => `${file}: ${kind}-en er fortsatt ikke hel etter ${minutes(limitMs)}; tas inn som den er`,
  changedWhileTaken: (file: string) => `${file}: ble skrevet til mens den ble tatt inn; blir liggende, og tas inn på nytt når den er ferdig skrevet`,
};
const minutes = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : seconds(ms / 1000));
const outcomeWord = (outcome: string) => outcomeNames[outcome as OutcomeCode] ?? outcome;
