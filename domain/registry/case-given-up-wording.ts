import type { CaseGivenUp } from './case-given-up.ts';
import { norwegianDate } from '../letters/norwegian-date.ts';

/**
 * The archivist's words (bokmål) for a case given up as opened in error: why its unsent letters were
 * withdrawn, and the one line that says a letter naming the case was already posted.
 */
const causes: Record<CaseGivenUp['cause'], (movedTo: string | null) => string> = {
  moved: (movedTo) => `dokumentet som opprettet den, er flyttet til sak ${movedTo ?? 'en annen sak'}`,
  forwarded: () => 'dokumentet som opprettet den, er videresendt (ikke til oss)',
  duplicate: () => 'dokumentet som opprettet den, er markert som duplikat',
};

/** «Avsluttet – opprettet ved feil: dokumentet som opprettet den, er flyttet til sak 2025/00004»: the case view's and `postmottak case`'s line. */
export function givenUpCaseLine(givenUp: Pick<CaseGivenUp, 'cause' | 'movedTo'>): string {
  return `Avsluttet – opprettet ved feil: ${causes[givenUp.cause](givenUp.movedTo)}`;
}

export function withdrawnLetterReason(givenUp: Pick<CaseGivenUp, 'cause' | 'movedTo'>): string {
  return `Saken er avsluttet som opprettet ved feil (${causes[givenUp.cause](givenUp.movedTo)}).`;
}

/** Null when no letter of the case has been posted: then nothing reached the appellant. */
export function givenUpLetterNote(caseNumber: string, sent: readonly { kind: string; sentOn: string | null }[]): string | null {
  if (!sent.length) return null;
  const days = sent.map((l) => (l.sentOn ? norwegianDate(l.sentOn, 'nb') : 'en tidligere dag')).join(' og ');
  return `Sak ${caseNumber} er avsluttet, men det er allerede sendt brev om den (${days}): mottakeren har et saksnummer som ikke lenger brukes, og bør få beskjed.`;
}
