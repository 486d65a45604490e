import type { Party } from '#schemas/parties';

/**
 * The recipient as the letter's window shows it, as post is addressed: the person, the organisation they are reached at
 * (an ombud, a union, a law firm), then its address. Without the organisation a PO box under a private name does not
 * reach them (QA 18, Q20). A body that acts under its own name, or an address that already starts with it, is not
 * written twice.
 */
export function windowRecipient(party: Party | null): { name: string; address: string[] } {
  if (!party) return { name: '', address: [] };
  const firm = party.firm?.trim();
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.toLowerCase();
  const organisation = firm && !same(party.name, firm) && !(party.address[0] !== undefined && same(party.address[0], firm)) ? [firm] : [];
  return { name: party.name, address: party.address.length > 0 ? [...organisation, ...party.address] : [] };
}
