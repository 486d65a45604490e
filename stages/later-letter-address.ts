import type { Classification } from '#schemas/pipeline';
import { norwegianPostcodes } from '#config/postcodes';
import { envelopeOfRead } from '../domain/letters/postal-address.ts';
import type { LetterRepository, OutboxRecord } from './letter-ports.ts';

const key = (name: string | undefined) => name?.trim().toLowerCase().replace(/\s+/gu, ' ') ?? '';

/**
 * An acknowledgement held because no letter gave the appellant's address is released when a later letter on the case
 * gives one (the appellant writes again, a form, a second transfer): to that address, as an archivist's release would be
 * (new PDF, `LetterReady`, the preliminary reply met, the address kept on the case), journaled as postmottak's «med
 * adressen fra et senere brev fra klageren». Only when the later letter's appellant is the case's appellant and the held
 * letter's recipient by name, and the address reads as a whole envelope; a letter held for another reason (an address the
 * first instance withheld, a country not read) waits for an archivist. A retry after a failure part-way finishes the release.
 */
export async function addressFromLaterLetter(
  input: { documentId: string; caseId: string; classification: Classification },
  letters: Pick<LetterRepository, 'parties' | 'ofCase'>,
  release: (letterId: string, recipient: { role: 'appellant'; name: string; address: string[] }) => Promise<unknown>,
): Promise<void> {
  const appellant = input.classification.fields.parties?.find((p) => p.role === 'appellant' && p.address.length > 0 && !p.addressWithheld);
  if (!appellant) return;
  const caseAppellant = (await letters.parties(input.caseId))?.parties.find((p) => p.role === 'appellant');
  if (!caseAppellant || key(caseAppellant.name) !== key(appellant.name)) return;
  const envelope = envelopeOfRead(appellant.address, norwegianPostcodes());
  if (!envelope?.lines) return;
  const lines = envelope.lines;
  const releasable = (l: OutboxRecord) =>
    l.triggerDocumentId !== input.documentId &&
    l.recipient?.role === 'appellant' &&
    key(l.recipient.name) === key(appellant.name) &&
    ((l.status === 'held' && l.recipient.address.length === 0 && l.heldReasonCode?.code === 'no_address') ||
      // Released to this address by a run of this step that failed after: the repeat finishes it (releaseHeldLetter).
      (l.status === 'ready' && l.releasedBy === 'postmottak' && JSON.stringify(l.recipient.address) === JSON.stringify(lines)));
  for (const held of (await letters.ofCase(input.caseId)).filter(releasable)) {
    await release(held.letterId, { role: 'appellant', name: appellant.name, address: lines });
  }
}
