import type { Classification } from '#schemas/pipeline';
import type { LetterRepository } from './letter-ports.ts';
import { appellantEnvelope, awaitsAddressFrom, sameName } from './appellant-address-release.ts';

/**
 * Parties that say someone other than the appellant wrote or sent the letter: its address block may be theirs. Not a
 * first instance: the appellant's own appeal names the unit whose decision it appeals («der Helfo avslo …»); a unit's
 * own field under «Gjelder: …» is withheld where it is read (domain/parties/first-instance-box.ts).
 */
const othersRoles: readonly string[] = ['sender', 'representative'];

/**
 * An acknowledgement held because no letter gave the appellant's address is released when the appellant writes again
 * with one (an appeal, a deadline-interrupting appeal): to that address, as an archivist's release would be (new PDF,
 * `LetterReady`, the preliminary reply met, the address kept on the case), journaled as postmottak's «med adressen fra
 * et senere brev fra klageren». A later letter from a unit, a hospital, a representative or a sender releases nothing: a unit's «Postadresse» under «Gjelder: …» is no home (review s18 H1). Only
 * when its appellant is the case's appellant and the held letter's recipient by name, and the address reads as a whole
 * envelope; a letter held for another reason waits for an archivist. A retry of this document finishes its own release.
 */
export async function addressFromLaterLetter(
  input: { documentId: string; caseId: string; classification: Classification },
  letters: Pick<LetterRepository, 'parties' | 'ofCase'>,
  release: (letterId: string, recipient: { role: 'appellant'; name: string; address: string[] }) => Promise<unknown>,
): Promise<void> {
  if (input.classification.fields.parties?.some((p) => othersRoles.includes(p.role))) return;
  const own = appellantEnvelope(input.classification);
  if (!own) return;
  const caseAppellant = (await letters.parties(input.caseId))?.parties.find((p) => p.role === 'appellant');
  if (!caseAppellant || !sameName(caseAppellant.name, own.name)) return;
  const releasable = (await letters.ofCase(input.caseId)).filter((l) => l.triggerDocumentId !== input.documentId && awaitsAddressFrom(l, own.name, input.documentId));
  for (const held of releasable) await release(held.letterId, { role: 'appellant', name: own.name, address: own.lines });
}
