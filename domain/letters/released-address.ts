import type { Party } from '#schemas/parties';
import type { CorrectedRecipient } from './corrected-address.ts';

/**
 * The case's parties once an archivist has given a held letter's recipient an address: that party
 * (by role) gets the address, and loses the doubt that held the letter, so the same person's later
 * letters on the case (the notice of extended processing time) go out to it instead of being held
 * again for the same missing address. A letter that named nobody gains its recipient as a party.
 * The name is the archivist's too: they wrote it from the envelope, where the reader may have misread it.
 */
export function partiesWithReleasedAddress(parties: readonly Party[], recipient: CorrectedRecipient): Party[] {
  const index = parties.findIndex((p) => p.role === recipient.role);
  if (index < 0) return [...parties, { role: recipient.role, name: recipient.name, address: recipient.address }];
  return parties.map((p, i) => {
    if (i !== index) return p;
    const { addressWithheld: _doubt, ...rest } = p;
    return { ...rest, name: recipient.name, address: recipient.address };
  });
}
