import type { QueueEntry } from '../schemas/api.ts';
import type { OutboxItem } from '../schemas/outbox.ts';
import type { ProcessResult } from '../schemas/pipeline.ts';
import { areaName, date, letterKindNames, queueName, typeName, type Areas, type Names } from '../domain/wording/names-nb.ts';
import { languageName } from '../domain/wording/language-names.ts';
import { letterStanding } from '../domain/wording/letter-status.ts';

/**
 * The command line's human lines for archivists (`review list`, `review decide`, `outbox`), in the
 * page's words: bokmål (SPEC: the page is Norwegian bokmål, and so are the letters), days as
 * 20.03.2025, types, areas and queues by name, the reason as the page gives it. Ids, case numbers and
 * file names stay as they are, the id first on the line, so a line can still be cut and pasted into
 * the next command. `--json` is the API's shape, unchanged.
 */
/** «<id>  20.03.2025  orphan.pdf  Legeerklæring, Tannbehandling  <why, in bokmål>» */
export function reviewLine(item: QueueEntry, names: Names): string {
  return [item.documentId ?? '', date(item.receivedDate), item.fileName ?? '–', `${typeName(names.documentTypes, item.documentType)}, ${areaName(names.areas, item.area)}`, item.reasonNb ?? item.reason ?? '–'].join('  ');
}

/** What a `review list` page says beside its lines (on standard error, as the page's heading line). */
export function reviewSummary(count: number, more: boolean): string {
  if (count === 0) return 'Ingen dokumenter venter på kontroll.';
  return `${count}${more ? '+' : ''} ${count === 1 && !more ? 'dokument venter' : 'dokumenter venter'} på kontroll, eldste først.`;
}

export const moreLine = (cursor: string) => `flere: --cursor ${cursor}`;

/** A document `review decide` answers for, and why it stands where it does in bokmål (null when routed). */
export type DecidedLine = ProcessResult & { reasonNb: string | null };

/**
 * `review decide`'s lines: the decided document, then each that followed it onto its case. Every line
 * has one shape (`reasonNb` present, null when there is nothing to say), so a script reads them alike.
 */
export function decidedLines(decided: { result: ProcessResult; reasonNb?: string | null; followed?: (ProcessResult & { reasonNb?: string | null })[] }): DecidedLine[] {
  return [{ ...decided.result, reasonNb: decided.reasonNb ?? null }, ...(decided.followed ?? []).map((r) => ({ ...r, reasonNb: r.reasonNb ?? null }))];
}

/** «<id>: sendt videre til «Ufordelte saker – Tannbehandling» på sak 2025/00001», or back to review with why. */
export function decisionLine(result: ProcessResult, areas: Areas, reasonNb?: string | null): string {
  const onCase = result.caseId ? ` på sak ${result.caseId.replace('-', '/')}` : '';
  if (result.status === 'routed') return `${result.documentId}: sendt videre${onCase} til «${queueName(result.queue, areas)}»`;
  if (result.status === 'review') return `${result.documentId}: tilbake til kontroll${onCase}${reasonNb || result.reason ? `: ${reasonNb ?? result.reason}` : ''}`;
  return `${result.documentId}: ${result.status === 'rejected' ? 'avvist' : result.status}${reasonNb || result.reason ? `: ${reasonNb ?? result.reason}` : ''}`;
}

/** «klart til utsending», «sendt 24.03.2025», «holdt tilbake: …»: the outbox's lines and `postmottak case`'s letters, in the page's and the journal's words. */
export const letterStatus = letterStanding;

/**
 * «<letter id>  2025/00001  datert 10.06.2025  Bekreftelse på mottatt klage (bokmål)  klar  → Kari Nordmann, Storgata 1,
 * 0150 Oslo  <pdf key>»: the letter's date is what `outbox print --date` picks a day's post by (QA s13 L5).
 */
export function letterLine(l: Pick<OutboxItem, 'letterId' | 'caseNumber' | 'letterDate' | 'kind' | 'language' | 'recipient' | 'path'> & Parameters<typeof letterStatus>[0]): string {
  const to = l.recipient ? [l.recipient.name, ...l.recipient.address].join(', ') : '(ingen mottaker)';
  return `${l.letterId}  ${l.caseNumber}  datert ${date(l.letterDate)}  ${letterKindNames[l.kind] ?? l.kind} (${languageName(l.language)})  ${letterStatus(l)}  → ${to}  ${l.path}`;
}
