import type { Party } from '#schemas/parties';
import type { CorrectedRecipient } from './corrected-address.ts';

/** A separator or comma a letterhead's line left after the firm's name («Advokatfirmaet Lund AS -», «… AS |»). */
const TRAILING_SEPARATOR = /(?:[ \t]*[-–|·•,])+[ \t]*$/u;
/** A postcode or a post-office box: the firm was read with its address, which the address lines already give. */
const ADDRESS_IN_FIRM = /\b\d{4,5}\b|\b(?:postboks|pb\.|boks|box|postbox|postfach)\b/iu;

/**
 * The recipient as the letter's window shows it, as post is addressed: the person, the organisation they are reached at
 * (an ombud, a union, a law firm), then its address. Without the organisation a PO box under a private name does not
 * reach them (QA 18, Q20). A body that acts under its own name, or an address that already starts with it (or is «c/o»
 * it), is not written twice; a firm read with part of the address in it is left out rather than printed as junk.
 */
export function windowRecipient(party: Party | null): { name: string; address: string[] } {
  if (!party) return { name: '', address: [] };
  const firm = party.firm?.replace(TRAILING_SEPARATOR, '').trim();
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.toLowerCase();
  const first = party.address[0]?.trim().toLowerCase().replace(/^c\/o[ \t]+/u, '');
  const written = (f: string) => same(party.name, f) || first?.startsWith(f.toLowerCase()) === true;
  const organisation = firm && !ADDRESS_IN_FIRM.test(firm) && !written(firm) ? [firm] : [];
  return { name: party.name, address: party.address.length > 0 ? [...organisation, ...party.address] : [] };
}

/** The same person by name, as an archivist writes it again (case and spacing aside). */
export const samePerson = (a: string, b: string): boolean => a.trim().replace(/\s+/gu, ' ').toLowerCase() === b.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * The window of a letter released or re-addressed to a party an archivist gave (an address, a correction, an added
 * party) or postmottak read: the same as a letter written to that party, so it carries the firm of the case's party
 * that IS the recipient (QA s18 Q20: without it a PO box under a private name does not reach them). Another lawyer
 * than the case's, or the second of two representatives, is not given someone else's firm (review polish19 H1).
 */
export function windowOfReleased(recipient: CorrectedRecipient, caseParties: readonly Party[]): { name: string; address: string[] } {
  const firm = caseParties.find((p) => p.role === recipient.role && samePerson(p.name, recipient.name))?.firm;
  return windowRecipient({ role: recipient.role, name: recipient.name, address: recipient.address, ...(firm ? { firm } : {}) });
}
