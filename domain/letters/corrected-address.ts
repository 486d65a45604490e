import type { AddressCorrection } from '#schemas/outbox';
import type { PartyRole } from '#schemas/parties';
import { isPostcodeLine } from '../parties/lines.ts';

export interface CorrectedRecipient {
  role: PartyRole;
  name: string;
  address: string[];
}

/**
 * The recipient a held letter goes to once an archivist has written the address: the envelope's lines
 * in Norwegian order (street, then postcode and town), for the party the letter was meant for (the
 * appellant when the letter named nobody). Null when the lines would not read as an address the
 * letter plan accepts, so a release never makes a letter the plan itself would have held.
 */
export function correctedRecipient(correction: AddressCorrection, meantFor: PartyRole | null): CorrectedRecipient | null {
  const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
  const postcodeLine = `${correction.postcode.trim()} ${clean(correction.place)}`;
  if (!isPostcodeLine(postcodeLine)) return null;
  return { role: meantFor ?? 'appellant', name: clean(correction.name), address: [clean(correction.street), postcodeLine] };
}
