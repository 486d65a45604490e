import type { EventType } from '#schemas/events';
import { norwegianDate } from '../letters/norwegian-date.ts';
import { displayCaseNumber } from '../registry/case-number-input.ts';
import { languageName } from '../wording/language-names.ts';
import { letterStatusName } from '../wording/letter-status.ts';

/**
 * A case's journal as an archivist reads it, in bokmål: «Sak opprettet», «Dokument journalført (I)»,
 * «Frist åpnet: klagefrist 20. mars 2025». The journal's lines are the events of schemas/events.ts and
 * the audit trail's own names for what people did (an archivist's decision, a letter released or sent,
 * a document moved out); each has words here, checked by test/journal/wording.test.ts, which finds the
 * audit names in the code that writes them. Names of types, areas, deadlines and queues come from the
 * caller (the page has them from the configuration), so this module holds only the sentences.
 */

/** The audit trail's entries that are no event of schemas/events.ts. */
export const auditEntryNames = ['ArchivistDecision', 'DocumentMovedOut', 'DocumentMarkedDuplicate', 'MailForwarded', 'QuarantineRetried', 'LetterReleased', 'LetterSent', 'ReconcileRun', 'CaseGivenUp', 'DocumentRegisteredBeforeMove', 'AttachmentMarked', 'PartyCorrected', 'PartyAdded'] as const;
export type AuditEntryName = (typeof auditEntryNames)[number];
export type JournalEntryName = EventType | AuditEntryName;

export interface JournalNames {
  type(code: string): string;
  area(code: string): string;
  deadline(kind: string): string;
  queue(name: string): string;
  letterKind(kind: string): string;
}

export interface JournalLineInput {
  event: string;
  actor: string;
  details?: Record<string, unknown> | undefined;
}

export interface JournalWords {
  /** What happened: «Sak opprettet». */
  title: string;
  /** The details worded, or null when there is nothing more to say. */
  detail: string | null;
}

/** Noark 5 journalstatus and journalposttype as the archive's own vocabulary has them. */
const journalStatuses: Record<string, string> = {
  J: 'journalført',
  F: 'ferdigstilt fra saksbehandler',
  E: 'ekspedert',
  A: 'arkivert',
  S: 'midlertidig registrert',
  M: 'midlertidig registrert innkommet dokument',
  R: 'reservert',
  G: 'godkjent av leder',
  U: 'utgår',
};

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
/** A journal entry that names a person's health: its screening code (skjermingshjemmel), incoming or outgoing. */
const screened = (d: Record<string, unknown>): string | null => (str(d.screeningCode) ? `skjermet: ${d.screeningCode}` : null);
/** « Kari» when the name is not the line's actor's, else nothing. */
const othersName = (name: unknown, actor: string): string => (str(name) && name !== actor ? ` ${name}` : '');
const isoDate = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? norwegianDate(value, 'nb') : null);
const joined = (parts: readonly (string | null | false | undefined)[]): string | null => {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return kept.length ? kept.join(', ') : null;
};
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

type Wording = (d: Record<string, unknown>, names: JournalNames, actor: string) => JournalWords;

const typeOf = (d: Record<string, unknown>, names: JournalNames) => (str(d.documentType) ? names.type(d.documentType as string) : null);
const areaOf = (d: Record<string, unknown>, names: JournalNames) => (str(d.area) ? names.area(d.area as string) : null);

/** A correction's changes as the service records them: { field: { from, to } }. */
function changesOf(d: Record<string, unknown>, names: JournalNames): string | null {
  const changes = d.changes as Record<string, { from?: unknown; to?: unknown }> | undefined;
  if (!changes || typeof changes !== 'object') return null;
  const label: Record<string, [string, (v: unknown) => string | null]> = {
    documentType: ['dokumenttype', (v) => (str(v) ? names.type(v as string) : null)],
    area: ['saksområde', (v) => (str(v) ? names.area(v as string) : null)],
    case: ['sak', str],
    caseStatus: ['saksstatus', str],
    caseTitle: ['sakstittel', str],
    casePriority: ['prioritet', (v) => (typeof v === 'number' ? String(v) : str(v))],
    decisionDate: ['vedtaksdato', isoDate],
    receivedDate: ['mottatt', isoDate],
    postmarkDate: ['poststemplet', isoDate],
  };
  const worded = Object.entries(changes).map(([field, change]) => {
    const [name, word] = label[field] ?? [field, str];
    return `${name} ${word(change?.from) ?? '–'} → ${word(change?.to) ?? '–'}`;
  });
  return worded.length ? worded.join('; ') : null;
}

const wordings: Record<JournalEntryName, Wording> = {
  DocumentReceived: (d) => ({
    title: 'Dokument mottatt',
    detail: joined([
      isoDate(d.receivedDate) && `mottatt ${isoDate(d.receivedDate)}`,
      isoDate(d.postmarkDate) && `poststemplet ${isoDate(d.postmarkDate)}`,
      str(d.format)?.toUpperCase(),
      typeof d.pageCount === 'number' && `${d.pageCount} ${d.pageCount === 1 ? 'side' : 'sider'}`,
    ]),
  }),
  DocumentRejected: () => ({ title: 'Dokument avvist og lagt i karantene', detail: null }),
  DocumentInReview: (d, names) => ({
    title: 'Dokument sendt til kontroll',
    detail: joined([typeOf(d, names) && `maskinens forslag: ${typeOf(d, names)}`, areaOf(d, names), typeof d.confidence === 'number' && `sikkerhet ${Math.round(d.confidence * 100)} %`]),
  }),
  DocumentRegistered: (d, names) => ({
    title: 'Dokument journalført (I)',
    detail: joined([typeOf(d, names), areaOf(d, names), str(d.caseNumber) && `sak ${d.caseNumber}`, str(d.journalStatus) && `journalstatus ${d.journalStatus} – ${journalStatuses[d.journalStatus as string] ?? d.journalStatus}`, d.createdCase === true && 'opprettet saken', str(d.confirmedBy) && d.confirmedBy !== 'postmottak' && `bekreftet av ${d.confirmedBy}`, screened(d)]),
  }),
  CaseCreated: (d, names) => ({
    title: 'Sak opprettet',
    detail: joined([
      str(d.caseNumber) && `sak ${d.caseNumber}`,
      areaOf(d, names),
      typeOf(d, names) && `av inngående dokument (I): ${lower(typeOf(d, names)!)}`,
      isoDate(d.receivedDate) && `mottatt ${isoDate(d.receivedDate)}`,
      str(d.journalStatus) && `journalstatus ${d.journalStatus} – ${journalStatuses[d.journalStatus as string] ?? d.journalStatus}`,
    ]),
  }),
  CaseRouted: (d, names) => ({
    title: str(d.queue) ? `Sak fordelt til ${names.queue(d.queue as string)}` : 'Sak fordelt',
    detail: joined([Array.isArray(d.keywords) && d.keywords.length > 0 && `stikkord: ${d.keywords.join(', ')}`, typeof d.priority === 'number' && `prioritet ${d.priority}`]),
  }),
  // The line ends with who did it («… – Kari Saksbehandler»): the name is in the title only when it is someone else.
  CaseClaimed: (d, _names, actor) => ({ title: `Sak tatt av saksbehandler${othersName(d.handlerId, actor)}`, detail: null }),
  CaseReleased: (d, _names, actor) => ({
    title: `Sak lagt tilbake i køen${othersName(d.handlerId, actor) && ` av${othersName(d.handlerId, actor)}`}`,
    // An archivist's release (or `users remove`) of a case someone else held names that person.
    detail: str(d.heldBy) ? `var tatt av ${d.heldBy}` : null,
  }),
  DeadlineOpened: (d, names) => ({
    title: `Frist åpnet: ${str(d.kind) ? lower(names.deadline(d.kind as string)) : 'frist'}${isoDate(d.due) ? ` ${isoDate(d.due)}` : ''}`,
    detail: joined([d.missed === true && 'oversittet', d.missed === false && 'overholdt', str(d.openedBy) && d.openedBy !== 'postmottak' && `åpnet av ${d.openedBy}`]),
  }),
  DeadlineClosed: (d, names) => ({ title: `Frist oppfylt: ${str(d.kind) ? lower(names.deadline(d.kind as string)) : 'frist'}`, detail: null }),
  ClassificationCorrected: (d, names) => {
    if (d.outcome === 'duplicate') return { title: 'Dokument markert som duplikat', detail: str(d.duplicateOf) && `duplikat av dokument ${d.duplicateOf}` };
    if (d.outcome === 'forwarded') return { title: 'Dokument videresendt (ikke til oss)', detail: null };
    const change = (label: string, from: string | null, to: string | null) => (from !== to && to ? `${label} ${from ?? '–'} → ${to}` : null);
    return {
      title: 'Klassifisering korrigert',
      detail:
        changesOf(d, names) ??
        joined([
          change('dokumenttype', str(d.previousDocumentType) && names.type(d.previousDocumentType as string), typeOf(d, names)),
          change('saksområde', str(d.previousArea) && names.area(d.previousArea as string), areaOf(d, names)),
        ]),
    };
  },
  // The letter's outgoing journal entry (Noark 5 U), as the case view lists it beside the incoming (I) ones.
  LetterReady: (d, names) => ({
    title: str(d.kind) ? `Utgående brev journalført (U): ${lower(names.letterKind(d.kind as string))}` : 'Utgående brev journalført (U)',
    detail: joined([
      str(d.status) && letterStatusName(d.status as string),
      str(d.language) && languageName(d.language as string),
      isoDate(d.letterDate) && `brevdato ${isoDate(d.letterDate)}`,
      screened(d),
    ]),
  }),
  ArchivistDecision: (d, names) => ({
    title: 'Arkivar avgjorde dokumentet',
    detail: joined([
      typeOf(d, names),
      areaOf(d, names),
      str(d.caseId) && `sak ${displayCaseNumber(d.caseId as string)}`,
      d.confirmedOtherPerson === true && 'bekreftet selv om saken så ut til å være en annen persons',
      isoDate(d.decisionDate) && `vedtaksdato ${isoDate(d.decisionDate)}`,
      isoDate(d.decisionReceivedDate) && `vedtak mottatt ${isoDate(d.decisionReceivedDate)}`,
    ]),
  }),
  DocumentMovedOut: (d, names) => ({ title: 'Dokument flyttet til en annen sak', detail: changesOf(d, names) }),
  DocumentMarkedDuplicate: (d) => ({ title: 'Dokument markert som duplikat', detail: str(d.duplicateOf) && `duplikat av dokument ${d.duplicateOf}` }),
  MailForwarded: (d) => ({ title: 'Post videresendt (ikke til oss)', detail: str(d.forwardedTo) && `sendt til ${d.forwardedTo}` }),
  QuarantineRetried: (d) => ({ title: 'Fil i karantene prøvd på nytt', detail: str(d.replacedBy) && `som dokument ${d.replacedBy}` }),
  // An address postmottak read from the appeal in the same bundle, or from the appellant's later letter, was not corrected by anyone.
  LetterReleased: (d, names) => ({
    title:
      d.addressFrom === 'bundle_appeal'
        ? 'Tilbakeholdt brev frigitt med adressen fra klagen i samme forsendelse'
        : d.addressFrom === 'later_letter'
          ? 'Tilbakeholdt brev frigitt med adressen fra et senere brev fra klageren'
          : 'Tilbakeholdt brev frigitt med rettet adresse',
    detail: str(d.kind) && names.letterKind(d.kind as string),
  }),
  LetterSent: (d, names) => ({ title: `Brev sendt${isoDate(d.sentOn) ? ` ${isoDate(d.sentOn)}` : ''}`, detail: str(d.kind) && names.letterKind(d.kind as string) }),
  CaseGivenUp: (d, names) => ({
    title: 'Sak avsluttet – opprettet ved feil (saksstatus U – utgår)',
    detail: joined([
      d.cause === 'moved' ? `dokumentet som opprettet saken, er flyttet${str(d.movedTo) ? ` til sak ${d.movedTo}` : ''}` : d.cause === 'forwarded' ? 'dokumentet som opprettet saken, er videresendt' : d.cause === 'duplicate' ? 'dokumentet som opprettet saken, er markert som duplikat' : null,
      Array.isArray(d.withdrawnLetters) && d.withdrawnLetters.length > 0 && `trukket tilbake: ${d.withdrawnLetters.map((k) => lower(names.letterKind(String(k)))).join(', ')}`,
      Array.isArray(d.sentLetters) && d.sentLetters.length > 0 && `allerede sendt: ${d.sentLetters.map((k) => lower(names.letterKind(String(k)))).join(', ')}`,
      str(d.note),
    ]),
  }),
  DocumentRegisteredBeforeMove: (d, names) => ({
    title: d.createdCase === true ? 'Sak opprettet' : 'Dokument journalført (I)',
    detail: joined([typeOf(d, names) && (d.createdCase === true ? `av inngående dokument (I): ${lower(typeOf(d, names)!)}` : typeOf(d, names)), str(d.journalStatus) && `journalstatus ${d.journalStatus} – ${journalStatuses[d.journalStatus as string] ?? d.journalStatus}`, str(d.movedTo) && `senere flyttet til sak ${d.movedTo}`]),
  }),
  // Names and addresses stay out of the journal (every case reader sees it): the corrected party is on the case, the old one in its history.
  PartyCorrected: (d) => ({
    title: d.role === 'representative' ? 'Fullmektigens navn og adresse rettet' : 'Klagerens navn og adresse rettet',
    detail: Array.isArray(d.readdressed) && d.readdressed.length > 0 ? `${d.readdressed.length} brev som ikke var sendt, fikk den rettede adressen` : null,
  }),
  PartyAdded: (d) => ({
    title: d.role === 'representative' ? 'Fullmektig lagt til' : 'Klager lagt til',
    detail: Array.isArray(d.readdressed) && d.readdressed.length > 0 ? `${d.readdressed.length} brev som ikke var sendt, går til ${d.role === 'representative' ? 'fullmektigen' : 'klageren'}` : null,
  }),
  AttachmentMarked: (d) => ({
    title: d.resolution === 'not_needed' ? 'Manglende vedlegg markert som ikke nødvendig' : 'Manglende vedlegg markert som mottatt',
    detail: str(d.item) && `«${d.item}»`,
  }),
  ReconcileRun: (d) => ({
    title: d.redrive === true ? 'Ufullført dokument startet på nytt ved avstemming' : 'Funnet ufullført ved avstemming',
    detail: Array.isArray(d.documentIds) && d.documentIds.length > 1 ? `ett av ${d.documentIds.length} dokumenter i samme kjøring` : null,
  }),
};

export const journalEntryNames = Object.keys(wordings) as JournalEntryName[];

/** A journal line in words; a name this module does not know is shown as it is, never dropped. */
export function journalWords(line: JournalLineInput, names: JournalNames): JournalWords {
  const wording = wordings[line.event as JournalEntryName];
  if (!wording) return { title: line.event, detail: null };
  const words = wording(line.details ?? {}, names, line.actor);
  return { title: words.title, detail: words.detail || null };
}

const osloTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as a Norwegian journal writes it, in Norway's time: «20.03.2025 kl. 10.05». */
export function journalTime(instant: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return '–';
  const p = Object.fromEntries(osloTime.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.day}.${p.month}.${p.year} kl. ${p.hour}.${p.minute}`;
}
