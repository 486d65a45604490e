import type { Party } from '#schemas/parties';
import type { CorrectedRecipient } from './corrected-address.ts';
import { samePerson } from './window-recipient.ts';

/**
 * The case's parties once an archivist has given a held letter's recipient an address: that party
 * (by role; of two in the role, the one of the same name) gets the address, and loses the doubt that held the
 * letter, so the same person's later letters on the case (the notice of extended processing time) go out to it
 * instead of being held again for the same missing address. A letter that named nobody gains its recipient as a party.
 * The name is the archivist's too: they wrote it from the envelope, where the reader may have misread it. A name
 * that is another person's («Endre» to a new lawyer) drops the old one's firm, which is not the new one's (review
 * polish19 H1).
 */
export function partiesWithReleasedAddress(parties: readonly Party[], recipient: CorrectedRecipient): Party[] {
  const named = parties.findIndex((p) => p.role === recipient.role && samePerson(p.name, recipient.name));
  const index = named >= 0 ? named : parties.findIndex((p) => p.role === recipient.role);
  if (index < 0) return [...parties, { role: recipient.role, name: recipient.name, address: recipient.address }];
  return parties.map((p, i) => {
    if (i !== index) return p;
    const { addressWithheld: _doubt, firm, ...rest } = p;
    return { ...rest, ...(firm && samePerson(p.name, recipient.name) ? { firm } : {}), name: recipient.name, address: recipient.address };
  });
}
