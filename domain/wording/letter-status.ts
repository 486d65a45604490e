import type { LetterReleasedAs, LetterStatus } from '../../schemas/letters.ts';
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
  releasedAs?: LetterReleasedAs | null | undefined;
  withdrawnReason?: string | null | undefined;
}

/**
 * How a released letter got its address, after «klart til utsending»: an archivist who added the party it now goes
 * to did not correct an address (they gave a person the letter had not named), and postmottak corrected nothing.
 * No entry: the archivist corrected the address («Frigi», «Endre»).
 */
const releasedWords: Record<LetterReleasedAs, (by: string) => string> = {
  representative_added: (by) => `fullmektig lagt til av ${by}`,
  appellant_added: (by) => `klager lagt til av ${by}`,
  bundle_appeal: () => 'adresse fra klagen i samme forsendelse',
  later_letter: () => 'adresse fra et senere brev fra klageren',
};

/** «klart til utsending (adresse rettet av …)» or «(fullmektig lagt til av …)», «holdt tilbake: <hvorfor>», «sendt 24.03.2025», «trukket tilbake: <hvorfor>». */
export function letterStanding(l: LetterStanding): string {
  const name = letterStatusName(l.status);
  if (l.status === 'held') {
    const why = l.heldReasonNb ?? l.heldReason;
    return why ? `${name}: ${why}` : name;
  }
  if (l.status === 'withdrawn') return l.withdrawnReason ? `${name}: ${l.withdrawnReason}` : name;
  if (l.status === 'sent') return `${name} ${date(l.sentOn)}`;
  if (l.status === 'ready' && l.releasedBy) return `${name} (${l.releasedAs ? releasedWords[l.releasedAs](l.releasedBy) : `adresse rettet av ${l.releasedBy}`})`;
  return name;
}

export const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
