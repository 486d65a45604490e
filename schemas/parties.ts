import { z } from 'zod';

/**
 * The parties of a letter (SPEC.md "Parties and outgoing letters"): who wrote it and on whose behalf.
 * A wrong postal address is worse than none (a letter about someone's health goes to a stranger), so
 * an address the reader is unsure of is left empty and `addressWithheld` says why.
 */
export const PartyRole = z.enum(['appellant', 'representative', 'first_instance', 'sender']);
export type PartyRole = z.infer<typeof PartyRole>;

export const Party = z.object({
  role: PartyRole,
  /** A person's name, or the unit's name for a first instance or an organisation that sends. */
  name: z.string().min(1),
  /** The firm of a representative (advokatfirma), or the organisation a sender writes for. */
  firm: z.string().min(1).optional(),
  /** Postal address lines as written (street or box, then postcode and town); empty when unknown. */
  address: z.array(z.string().min(1)),
  /** Why no address is given although the letter seems to carry one (words an archivist understands). */
  addressWithheld: z.string().optional(),
  /** The person's national id as its HMAC key (never the id itself). */
  nationalIdHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /**
   * A representative's: the names of the appellants they act for, from the document that names both (the case's
   * parties, domain/letters/case-parties.ts). An appellant's letter goes to a representative only who acts for them.
   */
  actsFor: z.array(z.string().min(1)).optional(),
});
export type Party = z.infer<typeof Party>;

export const Parties = z.array(Party);
export type Parties = z.infer<typeof Parties>;
