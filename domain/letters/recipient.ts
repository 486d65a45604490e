import type { Party } from '#schemas/parties';
import type { Language } from '#schemas/taxonomy';
import type { HeldReason, LetterLanguage } from '#schemas/letters';
import type { PostcodeTable } from '../parties/postcodes.ts';
import { heldReasonText } from './held-reasons.ts';
import { type AddressGap, envelopeOfRead } from './postal-address.ts';

export type RecipientChoice =
  | { status: 'ready'; recipient: Party; appellantName: string }
  | { status: 'held'; recipient: Party | null; appellantName: string; reason: string; reasonCode: HeldReason };

const held = (recipient: Party | null, appellantName: string, reasonCode: HeldReason): RecipientChoice => ({ status: 'held', recipient, appellantName, reason: heldReasonText(reasonCode, 'en'), reasonCode });

const gapCode = { postcode: 'no_postcode', street: 'no_street', place: 'no_place', country: 'unknown_country' } as const satisfies Record<AddressGap, HeldReason['code']>;

/**
 * Who the acknowledgement goes to (SPEC.md): the representative when there is one — forvaltningsloven
 * § 12 sends what concerns a represented party to the representative — else the appellant. A letter
 * goes out only to an address the reader was sure of; otherwise it is held for an archivist, with the
 * reason, and never falls back to the other party. Given Posten's table, an address posted as Norwegian
 * must name its postcode's own place.
 */
export function chooseRecipient(parties: readonly Party[] | undefined, postcodes?: PostcodeTable): RecipientChoice {
  const appellant = parties?.find((p) => p.role === 'appellant') ?? null;
  const representative = parties?.find((p) => p.role === 'representative') ?? null;
  const appellantName = appellant?.name ?? representative?.name ?? '';
  const recipient = representative ?? appellant;
  if (!recipient) return held(null, appellantName, { code: 'no_recipient' });
  const who = recipient.role === 'representative' ? 'representative' : 'appellant';
  if (recipient.address.length === 0) {
    return held(recipient, appellantName, recipient.addressWithheld ? { code: 'address_withheld', who, doubt: recipient.addressWithheld } : { code: 'no_address', who });
  }
  // An address abroad is as good as one in Norway (postal-address.ts); held only for what it truly lacks.
  const envelope = envelopeOfRead(recipient.address, postcodes);
  if (envelope.lines === undefined) {
    return held(recipient, appellantName, envelope.gap ? { code: gapCode[envelope.gap], who } : { code: 'address_withheld', who, doubt: envelope.doubt });
  }
  return { status: 'ready', recipient: { ...recipient, address: envelope.lines }, appellantName };
}

/** nb or nn following the appellant's letter; any other language gets bokmål (SPEC.md). */
export function letterLanguage(documentLanguage: Language | null | undefined): LetterLanguage {
  return documentLanguage === 'nn' ? 'nn' : 'nb';
}
