import type { LetterStatus } from '../../schemas/letters.ts';
import { date } from './names-nb.ts';

/**
 * Where a letter stands, in bokmål: the one table for the command line (`outbox`, `case`), the page
 * (Utgående post, the case's letters) and the case journal, so an archivist reads the same words in
 * each. Neuter, as they say it of «brevet». A place may capitalise (a table cell); the words stay.
 * Typed by the letter schema, so tsc refuses the table when a status is added without a word.
 */
export const letterStatusNames: Record<LetterStatus, string> = {
  ready: 'klart til utsending',
  held: 'holdt tilbake',
  sent: 'sendt',
  withdrawn: 'trukket tilbake',
};

/** A status this table lacks is shown as its code, never dropped. */
export const letterStatusName = (status: string): string => (letterStatusNames as Record<string, string | undefined>)[status] ?? status;

export interface LetterStanding {
  status: string;
  heldReasonNb?: string | null | undefined;
  heldReason?: string | null | undefined;
  sentOn?: string | null | undefined;
  releasedBy?: string | null | undefined;
  withdrawnReason?: string | null | undefined;
}

/** «klart til utsending (adresse rettet av …)», «holdt tilbake: <hvorfor>», «sendt 24.03.2025», «trukket tilbake: <hvorfor>». */
export function letterStanding(l: LetterStanding): string {
  const name = letterStatusName(l.status);
  if (l.status === 'held') {
    const why = l.heldReasonNb ?? l.heldReason;
    return why ? `${name}: ${why}` : name;
  }
  if (l.status === 'withdrawn') return l.withdrawnReason ? `${name}: ${l.withdrawnReason}` : name;
  if (l.status === 'sent') return `${name} ${date(l.sentOn)}`;
  if (l.status === 'ready' && l.releasedBy) return `${name} (adresse rettet av ${l.releasedBy})`;
  return name;
}

export const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
