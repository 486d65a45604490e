import { givenUpCaseLine } from '../domain/registry/case-given-up-wording.ts';
import { missingAttachmentsLine, partRoleName } from '../domain/wording/attachment-check-nb.ts';
import type { CaseView, DueDeadlines, QueueEntry } from '../schemas/api.ts';
import { journalTime, journalWords } from '../domain/journal/wording.ts';
import { rejectedRetryNb } from '../domain/wording/rejected-retry.ts';
import { areaName, caseStatusName, partyRoleNames, date, deadlineNames, deadlineState, journalNames, letterKindNames, queueName, typeName, type Names } from '../domain/wording/names-nb.ts';
import { languageName } from '../domain/wording/language-names.ts';
import { letterStatus } from './archivist-wording.ts';

/**
 * The command line's human lines for case handlers (`queue`, `case`, `claim`, `deadline-open`,
 * `deadlines`) in the words of the page they also use: bokmål, days as 20.03.2025, names for codes,
 * the case journal worded as the page words it. A `queue` line starts with its case number (or document
 * id), as it is typed into the next command; `case`, `deadlines`, `claim` and `deadline-open` read as
 * sentences and lists (README "In the page's words"). `--json` is the API's shape, unchanged.
 */
const priorityName = (priority: number) => (priority >= 3 ? 'haster' : priority === 2 ? 'høy' : 'normal');
const deadlineName = (kind: string) => deadlineNames[kind] ?? kind;

/** «2025/00001  20.03.2025  normal  Klage – Kari Nordmann  [tannbehandling]»; a document in review or quarantine with its type and why. */
export function queueLine(item: QueueEntry, names: Names): string {
  const what = item.kind === 'document' ? `${item.fileName ?? '–'} (${typeName(names.documentTypes, item.documentType)})` : (item.title ?? '–');
  const why = item.reasonNb ?? item.reason;
  // Quarantine: a retry rejected too left the file here; the page shows the attempt beside it, and so does the line.
  const retries = (item.retries ?? []).map(rejectedRetryNb);
  return [item.caseNumber ?? item.documentId ?? '–', date(item.receivedDate), priorityName(item.priority), what, `[${item.keywords.join(', ')}]`, ...(why ? [why] : []), ...retries].join('  ');
}

/** A case as the page's case view reads: the case, its documents, its deadlines, its journal. */
export function caseLines(view: CaseView, names: Names): string {
  const c = view.case;
  const journal = journalNames(names);
  const where = c.handlerId ? `saksbehandler ${c.handlerId}` : c.queue ? queueName(c.queue, names.areas) : '–';
  return [
    `Sak ${c.caseNumber}: ${c.title}  [${areaName(names.areas, c.area)}, ${caseStatusName(c.status)}]  ${where}`,
    ...(c.givenUp ? [`  ${givenUpCaseLine(c.givenUp)}`] : []),
    // The parties as the page's «Parter» lists them (QA s13); the national id only in --json, as the page's data.
    ...view.parties.map((p) => `  part ${partyRoleNames[p.role] ?? p.role}: ${p.name}${p.firm ? ` (${p.firm})` : ''}  ${p.address.length ? p.address.join(', ') : 'ingen adresse'}`),
    ...view.documents.map((d) => `  dokument ${d.documentId}  mottatt ${date(d.receivedDate)}  ${typeName(names.documentTypes, d.documentType)}${partRoleName(d.role)}  ${d.fileName ?? ''}`.trimEnd()),
    ...[missingAttachmentsLine(view.missingAttachments)].filter((line) => line !== null).map((line) => `  ${line}`),
    // The letters it wrote (outgoing, U), as the page's case view lists them; the id is what `outbox` takes.
    ...view.letters.map((l) => `  brev ${l.letterId}  datert ${date(l.letterDate)}  ${letterKindNames[l.kind] ?? l.kind} (${languageName(l.language)})  ${letterStatus(l)}`),
    ...view.deadlines.map((d) => `  frist ${deadlineName(d.kind)}  ${date(d.due)}  ${deadlineState(d)}`),
    ...view.journal.map((line) => {
      const words = journalWords(line, journal);
      return `  ${journalTime(line.at)}  ${words.title} – ${line.actor}${words.detail ? ` (${words.detail})` : ''}`;
    }),
  ].join('\n');
}

export const claimedLine = (caseNumber: string, handler: string) => `sak ${caseNumber} er tatt av ${handler}`;
export const releasedLine = (caseNumber: string) => `sak ${caseNumber} er gitt tilbake til køen`;
export const openedLine = (caseNumber: string, kind: string, due: string) => `frist ${deadlineName(kind)} åpnet på sak ${caseNumber}, forfaller ${date(due)}`;

/** «20.04.2025  Saksbehandlingstid  2025/00001  Klage – Kari Nordmann  ← send varsel om forlenget svarfrist» */
export function dueLine(d: DueDeadlines['deadlines'][number]): string {
  const notice = d.extensionNoticeDue ? '  ← send varsel om forlenget svarfrist' : '';
  return `${date(d.due)}  ${deadlineName(d.kind)}  ${d.caseNumber ?? d.caseId}  ${d.title ?? ''}${notice}`;
}

/** `users remove`: the person is gone, and the cases they held are back in their queues (named, so the unit knows). */
export function removedLine(name: string, released: readonly string[]): string {
  const one = released.length === 1;
  const cases = released.length === 0 ? '' : ` ${one ? 'Saken' : 'Sakene'} ${name} hadde tatt (${released.join(', ')}) er lagt tilbake blant ufordelte saker, og ny post på ${one ? 'den' : 'dem'} går til enhetens post.`;
  return `${name} er fjernet; nøkkelen deres virker ikke lenger.${cases}`;
}
