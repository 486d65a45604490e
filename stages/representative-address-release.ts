import type { Classification } from '#schemas/pipeline';
import type { Party } from '#schemas/parties';
import { norwegianPostcodes } from '#config/postcodes';
import { envelopeOfRead } from '../domain/letters/postal-address.ts';
import { windowRecipient } from '../domain/letters/window-recipient.ts';
import type { LetterRepository } from './letter-ports.ts';
import { awaitsAddressFrom, sameName } from './appellant-address-release.ts';

/**
 * An acknowledgement held for the representative's address (a transfer named the lawyer but gave no address that could
 * be read, QA L27) is released by that representative's own later letter on the case with its letterhead's address (L39):
 * to that address, journaled as postmottak's «med adressen fra et senere brev fra fullmektigen». Precision first: only
 * the case's representative by name, at the same firm where both name one, an address that reads as a whole envelope,
 * and a letter whose only representative that is; a letter held for another reason waits for an archivist.
 */
export async function representativeAddressFromLaterLetter(
  input: { documentId: string; caseId: string; classification: Classification },
  letters: Pick<LetterRepository, 'parties' | 'ofCase'>,
  release: (letterId: string, recipient: { role: 'representative'; name: string; address: string[] }) => Promise<unknown>,
): Promise<void> {
  const representatives = input.classification.fields.parties?.filter((p) => p.role === 'representative') ?? [];
  const own = representatives.length === 1 ? representatives[0]! : null;
  if (!own || own.addressWithheld || own.address.length === 0) return;
  const lines = envelopeOfRead(own.address, norwegianPostcodes()).lines;
  if (!lines) return;
  const ofCase = (await letters.parties(input.caseId))?.parties.find((p) => p.role === 'representative');
  if (!ofCase || !sameName(ofCase.name, own.name) || !sameFirm(ofCase, own)) return;
  const firm = ofCase.firm ?? own.firm;
  const recipient = { role: 'representative' as const, ...windowRecipient({ ...own, name: ofCase.name, ...(firm ? { firm } : {}), address: lines }) };
  const releasable = (await letters.ofCase(input.caseId)).filter((l) => l.triggerDocumentId !== input.documentId && awaitsAddressFrom(l, ofCase.name, input.documentId, 'representative'));
  for (const held of releasable) await release(held.letterId, recipient);
}

/** «Advokatfirmaet Aas AS» and «ADVOKATFIRMAET AAS AS» are one firm; a firm on one side only does not contradict. */
function sameFirm(a: Party, b: Party): boolean {
  const key = (f: string) => f.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
  return !a.firm || !b.firm || key(a.firm) === key(b.firm);
}
