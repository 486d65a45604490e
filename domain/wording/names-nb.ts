import type { JournalNames } from '../journal/wording.ts';

/**
 * The words people read for what the system carries as codes, in bokmål: the page (web/src/labels.ts)
 * and the command line's human output for archivists say the same.
 */

/** Document types as SPEC.md names them. Areas are named by the configuration (taxonomy). */
export const typeNames: Record<string, string> = {
  case_transfer: 'Oversendelse av klagesak',
  appeal: 'Klage på vedtak',
  appeal_deadline_interrupting: 'Fristavbrytende klage',
  tribunal_appeal: 'Anke til Trygderetten',
  medical_declaration: 'Legeerklæring',
  expert_statement: 'Sakkyndig erklæring',
  consent: 'Samtykke',
  comments: 'Merknader',
  reopening_request: 'Begjæring om gjenopptak',
  legal_costs_claim: 'Krav om saksomkostninger',
  tribunal_ruling: 'Kjennelse fra Trygderetten',
  invoice: 'Faktura',
  correspondence: 'Annen henvendelse',
};

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
export const deadlineStatusNames: Record<string, string> = { open: 'åpen', met: 'oppfylt', closed: 'lukket', missed: 'lukket' };

/** «lukket, oversittet»: the deadline's status, and whether it was missed, as the case view and `postmottak case` both say it. */
export function deadlineState(d: { status: string; missed?: boolean | undefined }): string {
  return `${deadlineStatusNames[d.status] ?? d.status}${d.missed || d.status === 'missed' ? ', oversittet' : ''}`;
}

export const letterKindNames: Record<string, string> = {
  appeal_acknowledgement: 'Bekreftelse på mottatt klage',
  tribunal_appeal_acknowledgement: 'Bekreftelse på mottatt anke',
  extended_processing_time: 'Varsel om forlenget svarfrist',
};

/** Where a document stands (the API's status codes). */
export const documentStatusNames: Record<string, string> = {
  review: 'Til kontroll',
  rejected: 'Avvist (i karantene)',
  registered: 'Journalført',
  routed: 'Journalført og fordelt',
};

/** The areas' names, from the configuration in force (the taxonomy). */
export type Areas = readonly { code: string; name: string }[];

/** An area by its configured name; its code when the configuration has none, «–» for none. */
export const areaName = (areas: Areas, code: string | null | undefined): string => (code ? (areas.find((a) => a.code === code)?.name ?? code) : '–');

/** A queue as people say it: «Ufordelte saker – Tannbehandling», not unassigned/dental. */
export function queueName(queue: string | null | undefined, areas: Areas): string {
  if (!queue) return '–';
  const [kind, rest = ''] = queue.split('/');
  const area = areaName(areas, rest);
  if (kind === 'unassigned') return `Ufordelte saker – ${area}`;
  if (kind === 'unit-mail') return `Enhetens post uten saksbehandler – ${area}`;
  if (kind === 'handler') return `Ny post hos ${rest}`;
  if (kind === 'review') return 'Til kontroll';
  if (kind === 'quarantine') return 'Karantene';
  return queue;
}

export const typeName = (code: string | null | undefined) => (code ? (typeNames[code] ?? code) : '–');

/** Dates as Norwegians read them: 20.03.2025. */
export function date(iso: string | null | undefined): string {
  if (!iso) return '–';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** The names the case journal's sentences use (domain/journal/wording.ts), from these lists and the configuration's areas. */
export function journalNames(areas: Areas): JournalNames {
  return {
    type: (code) => typeNames[code] ?? code,
    area: (code) => areaName(areas, code),
    deadline: (kind) => deadlineNames[kind] ?? kind,
    queue: (name) => queueName(name, areas),
    letterKind: (kind) => letterKindNames[kind] ?? kind,
  };
}
