import type { Party } from '#schemas/parties';
import type { Language } from '#schemas/taxonomy';
import type { LetterLanguage } from '#schemas/letters';
import { isPostcodeLine } from '../parties/lines.ts';

export type RecipientChoice =
  | { status: 'ready'; recipient: Party; appellantName: string }
  | { status: 'held'; recipient: Party | null; appellantName: string; reason: string };

/**
 * Who the acknowledgement goes to (SPEC.md): the representative when there is one — forvaltningsloven
 * § 12 sends what concerns a represented party to the representative — else the appellant. A letter
 * goes out only to an address the reader was sure of; otherwise it is held for an archivist, with the
 * reason, and never falls back to the other party.
 */
export function chooseRecipient(parties: readonly Party[] | undefined): RecipientChoice {
  const appellant = parties?.find((p) => p.role === 'appellant') ?? null;
  const representative = parties?.find((p) => p.role === 'representative') ?? null;
  const appellantName = appellant?.name ?? representative?.name ?? '';
  const recipient = representative ?? appellant;
  if (!recipient) return { status: 'held', recipient: null, appellantName, reason: 'the letter names no appellant or representative to write to' };
  const who = recipient.role === 'representative' ? 'the representative' : 'the appellant';
  if (recipient.address.length === 0) {
    return { status: 'held', recipient, appellantName, reason: recipient.addressWithheld ? `no usable address for ${who}: ${recipient.addressWithheld}` : `no postal address for ${who} in the letter` };
  }
  if (!isPostcodeLine(recipient.address[recipient.address.length - 1]!)) {
    return { status: 'held', recipient, appellantName, reason: `the address of ${who} has no postcode and town` };
  }
  return { status: 'ready', recipient, appellantName };
}

/** nb or nn following the appellant's letter; any other language gets bokmål (SPEC.md). */
export function letterLanguage(documentLanguage: Language | null | undefined): LetterLanguage {
  return documentLanguage === 'nn' ? 'nn' : 'nb';
}
