import { z } from 'zod';
import { LetterKind, LetterLanguage, LetterReleasedAs, LetterStatus, OutboxLetter } from './letters.ts';
import { PartyRole } from './parties.ts';
import { IsoDate } from './taxonomy.ts';

/**
 * The outbox and the case's parties on the API (issue #16): what an archivist sees of the letters
 * postmottak wrote, the corrected address that releases a held one, and a case's parties as the
 * page shows them (never the national id's HMAC).
 */

const line = (max: number) => z.string().trim().min(1).max(max);

/**
 * The address an archivist gives a held letter, in Norway or abroad. Every line must read as what it
 * is, so a slip is refused, not printed. The postcode's form depends on the country (Norway's four
 * digits when no country is given): domain/letters/postal-address.ts checks it (addressCorrectionChecked),
 * since the contract here holds no rules of the domain.
 */
export const AddressCorrection = z
  .object({
    name: line(120).regex(/\p{L}/u, 'a name has letters').describe('The recipient, as the envelope reads'),
    street: line(120).regex(/\p{L}/u, 'a street or post box has letters').describe('Street and number, or post box ("Storgata 12B", "Postboks 44")'),
    postcode: z.string().trim().max(12).regex(/^[\p{L}\p{Nd} -]*$/u, 'a postcode has letters, digits, spaces and hyphens only').describe("The postcode in the country's form: four digits in Norway (and Denmark), 411 38 in Sweden, five digits in Germany, M1 1AA in the United Kingdom; free text (or empty) for a country with no known rule"),
    place: line(60).regex(/^\p{L}[\p{L} .'-]*$/u, 'a place is a name, without digits').describe('The post town'),
    country: z.string().trim().max(60).regex(/^(?:\p{L}[\p{L} .'-]*)?$/u, 'a country is a name or a code, without digits').optional().describe('The country, by name or ISO code ("Sverige", "SE", "United Kingdom"); left out or empty for Norway'),
  })
  .meta({ id: 'AddressCorrection' });
export type AddressCorrection = z.infer<typeof AddressCorrection>;

/**
 * «Legg til part» (issue #16): the appellant or representative the machine did not find, with their address
 * as an AddressCorrection's, and a representative's firm (advokatfirma).
 */
export const PartyAddition = AddressCorrection.extend({
  role: z.enum(['appellant', 'representative']).describe('representative (fullmektig), or appellant (klager) on a case that names none'),
  firm: line(120).regex(/\p{L}/u, 'a firm has letters').optional().describe("A representative's firm (advokatfirma), shown with the party; an appellant has none"),
})
  .refine((a) => a.role === 'representative' || a.firm === undefined, { message: 'only a representative has a firm', path: ['firm'] })
  .meta({ id: 'PartyAddition' });
export type PartyAddition = z.infer<typeof PartyAddition>;

/** A letter as the API shows it: SPEC.md's outbox fields (what `outbox --json` prints), its journal entry's title and code, and who released a held one. */
export const OutboxItem = OutboxLetter.extend({
  publicTitle: z.string().describe("The outgoing journal entry's public title (no names)"),
  screeningCode: z.string(),
  releasedBy: z.string().nullable().describe('The archivist who gave a held letter its address'),
  releasedAt: z.string().nullable(),
  releasedAs: LetterReleasedAs.nullable().describe('How a released letter got its address when not by an archivist correcting it: from a document postmottak read, or to a party an archivist added; null otherwise'),
  heldReasonNb: z.string().nullable().describe('Why a held letter waits, in bokmål (the page)'),
}).meta({ id: 'Letter' });
export type OutboxItem = z.infer<typeof OutboxItem>;

export const OutboxQuery = z.object({
  status: LetterStatus.optional().describe('ready, held, sent or withdrawn; all when left out'),
  case: z.string().optional().describe('Only the letters of this case (2025-00001)'),
});
export const OutboxList = z.object({ letters: z.array(OutboxItem) });
export type OutboxList = z.infer<typeof OutboxList>;

export const LetterParams = z.object({ letterId: z.string().min(1).max(200) });
export const SentBody = z.object({ on: IsoDate.optional().describe('The day it was posted; today (Europe/Oslo) when left out') });
export const PrintQuery = z.object({ date: IsoDate.optional().describe('Only the ready letters of this letter date') });
export const NoticesBody = z.object({ today: IsoDate.optional().describe('The watcher\'s day; today (Europe/Oslo) when left out, and a day still to come is refused (400)') });
export const NoticesOutcome = z.object({ letters: z.array(OutboxItem.extend({ created: z.boolean() })) });

/** A party of a case as the API shows it: no national id, no HMAC of one. */
export const CaseParty = z
  .object({
    role: PartyRole,
    name: z.string(),
    firm: z.string().optional(),
    address: z.array(z.string()),
    addressWithheld: z.string().optional().describe('Why no address was read although the letter seems to carry one'),
    identified: z.boolean().describe('The letter gives this party\'s national id (kept as a keyed hash, which is never shown)'),
    nationalId: z.string().optional().describe('The party\'s national id, found among the case\'s: in full for archivists and case handlers, masked (birth date and *****) for readers and systems'),
  })
  .meta({ id: 'CaseParty' });
export type CaseParty = z.infer<typeof CaseParty>;

/**
 * A letter postmottak wrote on a case, as the case view shows it to every role that reads cases: the
 * outgoing journal entry (Noark 5 U) with where the letter stands. The recipient and the text are the
 * letter's own, behind `pdf` for the roles that read documents (archivist, case handler).
 */
export const CaseLetter = z
  .object({
    letterId: z.string(),
    kind: LetterKind,
    title: z.string().describe("The outgoing journal entry's public title (no names)"),
    language: LetterLanguage,
    status: LetterStatus,
    heldReasonNb: z.string().nullable().describe('Why a held letter waits, in bokmål'),
    withdrawnReason: z.string().nullable().describe('Why a withdrawn letter was withdrawn, as the outbox shows it; null for any other'),
    releasedBy: z.string().nullable().describe('The archivist who gave a held letter its address, as the outbox shows it; null when none did'),
    releasedAs: LetterReleasedAs.nullable().describe('How a released letter got its address when not by an archivist correcting it (as the outbox shows it); null otherwise'),
    letterDate: IsoDate.describe('The date the letter bears'),
    writtenAt: z.string().describe('When postmottak wrote and journaled it (the journal line\'s time)'),
    sentOn: IsoDate.nullable().describe('The day it was posted (ekspedert); null until sent'),
    pdf: z.string().nullable().describe("The API's route for the letter's PDF/A (send the bearer token), for the roles that read documents; null for the others"),
  })
  .meta({ id: 'CaseLetter' });
export type CaseLetter = z.infer<typeof CaseLetter>;

/** Retting (GDPR art. 16): the parties a person may have corrected on a case, the ones letters go to. */
export const CorrectablePartyParams = z.object({
  role: z.enum(['appellant', 'representative']).describe('appellant (klager) or representative (fullmektig)'),
});

/** What a party correction did: the party as the case now has it, and the letters not yet posted that follow it. */
export const PartyCorrectedView = z
  .object({
    caseId: z.string(),
    role: z.enum(['appellant', 'representative']),
    name: z.string(),
    address: z.array(z.string()),
    readdressed: z.array(z.object({ letterId: z.string(), status: z.string() })).describe('Held letters released and ready letters re-rendered to the corrected (or added) party; a sent letter is never changed'),
  })
  .meta({ id: 'PartyCorrected' });
