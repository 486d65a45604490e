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

/**
 * What the archivist must still do about a given-up case, or null when nothing: a letter already posted
 * (the recipient holds a case number no longer in use), documents still on the case (its attachments,
 * mail that joined it) to move to the right case.
 */
export function givenUpLetterNote(caseNumber: string, sent: readonly { kind: string; sentOn: string | null }[], documentsLeft = 0): string | null {
  const lines: string[] = [];
  if (sent.length) {
    const days = sent.map((l) => (l.sentOn ? norwegianDate(l.sentOn, 'nb') : 'en tidligere dag')).join(' og ');
    lines.push(`Sak ${caseNumber} er avsluttet, men det er allerede sendt brev om den (${days}): mottakeren har et saksnummer som ikke lenger brukes, og bør få beskjed.`);
  }
  if (documentsLeft > 0) lines.push(`${documentsLeft === 1 ? 'Ett dokument' : `${documentsLeft} dokumenter`} ligger fortsatt på sak ${caseNumber}: flytt ${documentsLeft === 1 ? 'det' : 'dem'} til riktig sak.`);
  return lines.length ? lines.join(' ') : null;
}
