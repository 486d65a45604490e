import type { AddressCorrection } from '#schemas/outbox';
import type { PartyRole } from '#schemas/parties';
import { envelopeOfCorrection } from './postal-address.ts';

export interface CorrectedRecipient {
  role: PartyRole;
  name: string;
  address: string[];
}

/**
 * The recipient a held letter goes to once an archivist has written the address: the envelope's lines
 * (street, then postcode and town, and the country abroad: postal-address.ts), for the party the letter was meant for (the
 * appellant when the letter named nobody). Null when the lines would not read as an address the
 * letter plan accepts, so a release never makes a letter the plan itself would have held.
 */
export function correctedRecipient(correction: AddressCorrection, meantFor: PartyRole | null): CorrectedRecipient | null {
  const address = envelopeOfCorrection(correction);
  if (!address) return null;
  return { role: meantFor ?? 'appellant', name: correction.name.trim().replace(/\s+/g, ' '), address };
}
