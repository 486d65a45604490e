import type { HeldReason } from '#schemas/letters';
import { DAMAGED_LINE, GLUED_WORDS, HOUSEHOLD_DOUBT, LABELLED_OTHER, MARKED_NAME, REPRESENTATIVES_ADDRESS, TWO_ADDRESSES } from '../parties/address-doubts.ts';
import { PRACTICE_NAME_DOUBT, PRACTICE_WORKPLACE_DOUBT } from '../parties/practice.ts';

/**
 * Why a letter waits for an archivist, as a code with its parameters (schemas/letters.ts HeldReason),
 * worded in English (the CLI, `outbox --json`, the API's `heldReason`: the words recipient.ts always
 * wrote) and in bokmål (the page). The doubt about an address is the party reader's own sentence
 * (domain/parties); its bokmål words are here, and test/letters/held-reasons.test.ts finds every
 * doubt the reader writes and fails on one without them.
 */
type Language = 'en' | 'nb';

const who: Record<HeldReason['who'] & string, Record<Language, string>> = {
  representative: { en: 'the representative', nb: 'fullmektigen' },
  appellant: { en: 'the appellant', nb: 'klageren' },
};

/** The party reader's doubts about an address (domain/parties), in bokmål. */
export const addressDoubtsNb: Record<string, string> = {
  'the letter may be written on behalf of someone else': 'brevet kan være skrevet på vegne av en annen',
  [TWO_ADDRESSES]: 'brevet oppgir to ulike adresser for klageren',
  'the name is written in two ways in the letter (a misread?)': 'navnet er skrevet på to måter i brevet (feillest?)',
  'the name in the letter head and the signature differ': 'navnet i brevhodet og underskriften er ulike',
  'the street line could not be read with certainty': 'gateadressen kunne ikke leses sikkert',
  'the address has no street or post box': 'adressen mangler gate eller postboks',
  'the address fields could not be read with certainty': 'adressefeltene kunne ikke leses sikkert',
  'the postcode line could not be read with certainty': 'postnummerlinjen kunne ikke leses sikkert',
  'the postcode does not exist for this place': 'postnummeret finnes ikke for dette stedet',
  'the postcode and the place name do not agree': 'postnummer og poststed stemmer ikke overens',
  'the street name looks misread ("-vägen")': 'gatenavnet ser feillest ut («-vägen»)',
  [DAMAGED_LINE]: 'en linje i adressen ser skadet ut etter skanningen',
  [GLUED_WORDS]: 'to ord i navnet eller adressen henger sammen (skannemerke)',
  [MARKED_NAME]: 'navnet har en aksent som ikke hører til navnet (skannemerke)',
  [LABELLED_OTHER]: 'brevet oppgir en annen person som klager',
  [REPRESENTATIVES_ADDRESS]: 'adressen som ble lest, står under fullmektigens linje og er fullmektigens',
  [HOUSEHOLD_DOUBT]: 'brevhodet nevner to personer, og brevet sier ikke hvem av dem som klager',
  [PRACTICE_NAME_DOUBT]: 'praksislinjen kan være personens eget navn eller praksisens navn',
  [PRACTICE_WORKPLACE_DOUBT]: 'adressen kan være arbeidsstedets, ikke personens egen',
  'the letter may be about a relative it names': 'brevet kan gjelde en slektning det nevner, ikke den som skriver',
  'the writer has moved and the new address could not be read': 'klageren har flyttet, og den nye adressen kunne ikke leses sikkert',
};

/** A doubt in bokmål; one the table lacks (a new reader rule) is named as uncertain rather than shown in English. */
export function addressDoubtNb(doubt: string): string {
  return addressDoubtsNb[doubt] ?? 'adressen er usikker';
}

export function heldReasonText(reason: HeldReason, language: Language): string {
  const party = reason.who ? who[reason.who][language] : '';
  switch (reason.code) {
    case 'no_recipient':
      return language === 'en' ? 'the letter names no appellant or representative to write to' : 'brevet nevner ingen klager eller fullmektig å skrive til';
    case 'address_withheld':
      return language === 'en' ? `no usable address for ${party}: ${reason.doubt ?? ''}` : `ingen brukbar adresse for ${party}: ${addressDoubtNb(reason.doubt ?? '')}`;
    case 'no_address':
      return language === 'en' ? `no postal address for ${party} in the letter` : `brevet oppgir ingen postadresse for ${party}`;
    case 'no_postcode':
      return language === 'en' ? `the address of ${party} has no postcode and town` : `adressen til ${party} mangler postnummer og poststed`;
    case 'no_street':
      return language === 'en' ? `the address of ${party} has no street or post box` : `adressen til ${party} mangler gate eller postboks`;
    case 'unknown_country':
      return language === 'en' ? `the address of ${party} ends with a country postmottak does not know; write the address as the envelope should read` : `adressen til ${party} slutter med et land postmottak ikke kjenner; skriv adressen slik konvolutten skal lyde`;
    case 'no_place':
      return language === 'en' ? `the address of ${party} abroad has no town` : `adressen til ${party} i utlandet mangler sted`;
  }
}
