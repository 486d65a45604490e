import type { Role } from '#schemas/api';
import type { PostmottakConfig } from '#schemas/config';
import type { JournalNames } from '../journal/wording.ts';
import { typedFromIso } from './typed-date.ts';

/**
 * The words people read for what the system carries as codes, in bokmål: the page (web/src/labels.ts)
 * and the command line's human output for archivists say the same. Document types and case areas are
 * named by the configuration in force (config/postmottak.json: typeRules[].names.nb, areas[].name),
 * which an administrator edits without a release; the page and a command that asks serve get them
 * from GET /taxonomy, a command on the embedded stack from its configuration. The rest is the
 * product's own vocabulary, here.
 */

export const deadlineNames: Record<string, string> = {
  preliminary_reply: 'Foreløpig svar',
  case_processing: 'Saksbehandlingstid',
  grounds: 'Begrunnelse',
  appeal_deadline: 'Klagefrist',
  tribunal_appeal_deadline: 'Ankefrist',
  medical_declaration: 'Legeerklæring',
  expert_statement: 'Sakkyndig erklæring',
  consent: 'Samtykke',
  comments: 'Merknader',
};

/** Where a deadline stands: open, met or closed (a missed one is closed too). */
/** The roles as the page's header, the access log and the bokmål refusals name them. */
/** A case's parties by their role (Noark 5 sakspart), as the page and the CLI name them. */
export const partyRoleNames: Record<string, string> = {
  appellant: 'Klager',
  representative: 'Fullmektig',
  first_instance: 'Førsteinstans',
  sender: 'Avsender',
};

export const roleNames: Record<Role, string> = { archivist: 'arkivar', caseworker: 'saksbehandler', reader: 'leser', system: 'system', auditor: 'revisor' };
export const roleName = (role: string): string => (roleNames as Record<string, string>)[role] ?? role;

/**
 * The appeals body's own case status (config typeRules[].setsStatus, NY by default) by its name, for
 * the page's case view and `postmottak case`; a status this table lacks is shown as its code.
 */
const caseStatusNames: Record<string, string> = { NY: 'Ny', ATRY: 'Anket til Trygderetten' };
export const caseStatusName = (status: string | null | undefined): string => (status ? (caseStatusNames[status] ?? status) : '–');

export const deadlineStatusNames: Record<string, string> = { open: 'åpen', met: 'oppfylt', closed: 'lukket', missed: 'lukket' };

/** «lukket, oversittet»: the deadline's status, and whether it was missed, as the case view and `postmottak case` both say it. */
export function deadlineState(d: { status: string; missed?: boolean | undefined; late?: boolean | undefined }): string {
  return `${deadlineStatusNames[d.status] ?? d.status}${d.missed || d.status === 'missed' ? ', oversittet' : ''}${d.late ? ' for sent' : ''}`;
}

export const letterKindNames: Record<string, string> = {
  appeal_acknowledgement: 'Bekreftelse på mottatt klage',
  tribunal_appeal_acknowledgement: 'Bekreftelse på mottatt anke',
  extended_processing_time: 'Varsel om forlenget svarfrist',
};

/** Where a document stands (the API's status codes). */
/** What became of a file handed in, as the CLI's lines, the summary table and the page's upload and retry say it. */
export type OutcomeCode = 'routed' | 'review' | 'rejected' | 'uploaded' | 'failed';

export const outcomeNames: Record<OutcomeCode, string> = {
  routed: 'fordelt',
  review: 'til kontroll',
  rejected: 'avvist',
  uploaded: 'lastet opp',
  failed: 'feilet',
};

export const documentStatusNames: Record<string, string> = {
  review: 'Til kontroll',
  rejected: 'Avvist (i karantene)',
  registered: 'Journalført',
  routed: 'Journalført og fordelt',
};

/** The areas' names, from the configuration in force (the taxonomy). */
export type Areas = readonly { code: string; name: string }[];
/** The document types' bokmål names, from the configuration in force (the taxonomy). */
export type DocumentTypes = readonly { code: string; name: string }[];
/** The configured names a line needs: GET /taxonomy's shape, so the page passes its taxonomy as it is. */
export interface Names {
  areas: Areas;
  documentTypes: DocumentTypes;
}

/** The names of the configuration in force, as GET /taxonomy gives them. */
export function configuredNames(config: Pick<PostmottakConfig, 'areas' | 'typeRules'>): Names {
  return { areas: config.areas.map((a) => ({ code: a.code, name: a.name })), documentTypes: config.typeRules.map((r) => ({ code: r.type, name: r.names.nb })) };
}

/** Names not known (the taxonomy could not be read): codes are shown as they are. */
export const noNames: Names = { areas: [], documentTypes: [] };

/** A code by its configured name; the code itself when the configuration has none, «–» for none. */
const nameIn = (named: readonly { code: string; name: string }[], code: string | null | undefined): string => (code ? (named.find((n) => n.code === code)?.name ?? code) : '–');

/** An area by its configured name. */
export const areaName = (areas: Areas, code: string | null | undefined): string => nameIn(areas, code);

/** A queue as people say it, by SPEC.md's names: «Ufordelte saker – Tannbehandling», not unassigned/dental. */
export function queueName(queue: string | null | undefined, areas: Areas): string {
  if (!queue) return '–';
  const [kind, rest = ''] = queue.split('/');
  const area = areaName(areas, rest);
  if (kind === 'unassigned') return `Ufordelte saker – ${area}`;
  if (kind === 'unit-mail') return `Min enhets innkommende post uten saksbehandler – ${area}`;
  if (kind === 'handler') return `Ny post hos ${rest}`;
  if (kind === 'review') return 'Til kontroll';
  if (kind === 'quarantine') return 'Karantene';
  return queue;
}

/** A document type by its configured name. */
export const typeName = (types: DocumentTypes, code: string | null | undefined): string => nameIn(types, code);

/** Dates as Norwegians read them: 20.03.2025 (the typed form, typed-date.ts); «–» for none. */
export function date(iso: string | null | undefined): string {
  return typedFromIso(iso) || '–';
}

/** The names the case journal's sentences use (domain/journal/wording.ts), from these lists and the configuration's names. */
export function journalNames(names: Names): JournalNames {
  return {
    type: (code) => typeName(names.documentTypes, code),
    area: (code) => areaName(names.areas, code),
    deadline: (kind) => deadlineNames[kind] ?? kind,
    queue: (name) => queueName(name, names.areas),
    letterKind: (kind) => letterKindNames[kind] ?? kind,
  };
}

/** The sheets the mailroom prints, in the word the sheet itself is headed with (FØRSTESIDE, SKILLEARK): one word wherever the CLI or the page names them. */
export const sheetNames = { cover: 'førsteside', separator: 'skilleark' } as const;
