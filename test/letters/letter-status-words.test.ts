import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { LetterStatus } from '#schemas/letters';
import { eventSchemas } from '#schemas/events';
import { journalWords } from '#domain/journal/wording';
import { configuredNames, journalNames } from '#domain/wording/names-nb';
import { letterStanding, letterStatusNames } from '#domain/wording/letter-status';
import { letterStatus } from '../../local/archivist-wording.ts';

/**
 * A letter's status in one wording (QA s11: «klar», «klar til utsending», «klart til utsending» and
 * «Klar» in four places): the command line and the journal say what the table says, and every status
 * the letter and LetterReady schemas know has words.
 */
const statuses = [...new Set([...LetterStatus.options, ...eventSchemas.LetterReady.shape.detail.shape.status.options])];

describe('the letter status words', () => {
  it.each(statuses)('%s has words in the one table', (status) => {
    expect((letterStatusNames as Record<string, string | undefined>)[status]?.trim()).toBeTruthy();
  });

  it.each(statuses)('the command line and the journal say %s in the same words', (status) => {
    const words = (letterStatusNames as Record<string, string>)[status]!;
    const names = journalNames(configuredNames(loadConfig()));
    const journal = journalWords({ event: 'LetterReady', actor: 'postmottak', details: { kind: 'acknowledgement', language: 'nb', status } }, names);
    expect(journal.detail?.split(', ')[0]).toBe(words);
    expect(letterStatus({ status: status as LetterStatus, heldReasonNb: 'mangler adresse', sentOn: '2025-03-24' }).startsWith(words)).toBe(true);
  });

  it('adds to the words what the status needs: why held, the day sent, who gave the address', () => {
    expect(letterStanding({ status: 'held', heldReasonNb: 'mangler adresse' })).toBe('holdt tilbake: mangler adresse');
    expect(letterStanding({ status: 'sent', sentOn: '2025-03-24' })).toBe('sendt 24.03.2025');
    expect(letterStanding({ status: 'ready', releasedBy: 'Anne Arkivar' })).toBe('klart til utsending (adresse rettet av Anne Arkivar)');
  });
});
