import { REPLY_TO_THE_PERSON } from './address-phrases.ts';

/**
 * Words that say someone does *not* act for the appellant: the writer ("Jeg er ikke fullmektig for henne", "Eg er
 * ikkje fullmektigen hennar", "I am not her representative") or one who did once ("Advokat Per Dahl … er ikke lenger min
 * fullmektig"). They hold the word "fullmektig" but are no words of representation, so they are blanked before the
 * reader looks for such words. A writer who denies it, or asks the answer sent to the person they write for ("Send
 * svaret til henne"), is no representative whatever else they write for the person ("Jeg skriver bare for min mor"):
 * the acknowledgement goes to the appellant (SPEC: to the representative only if there is one).
 * Each pattern reads a few words at most between its parts, so a long line stays linear.
 */
const ROLE = '(?:fullmektig\\p{L}*|fullmäktig\\p{L}*|ombud\\p{L}*|representative|verge|verja|verje)';
const NOT = '(?:ikke|ikkje|inte|not|no)[ \\t]+(?:(?:lenger|lengre|längre|longer)[ \\t]+)?';
const DENIAL = new RegExp(`(?<![\\p{L}])(?:er|är|am|is|are)[ \\t]+${NOT}(?:\\p{L}+[ \\t]+){0,2}?${ROLE}(?:[ \\t]+(?:for|för)[ \\t]+\\p{L}+|[ \\t]+(?:hennes|hans|hennar|hendes))?(?![\\p{L}])`, 'giu');
const WRITER_DENIES = new RegExp(`(?<![\\p{L}])(?:jeg|eg|jag|I)[ \\t]+(?:er|är|am)[ \\t]+${NOT}(?:\\p{L}+[ \\t]+){0,2}?${ROLE}(?![\\p{L}])`, 'iu');
const blank = (m: string) => m.replace(/[^\n]/gu, ' ');

/** The text with every denial of acting for someone blanked in place (offsets kept). */
export function withoutDenials(text: string): string {
  if (!/fullm|ombud|represent|verg|verj/iu.test(text)) return text;
  return text.replace(DENIAL, blank);
}

/** The writer says they do not act for the person, or asks the answer sent to that person: the writer is no representative. */
export function writerIsNoRepresentative(text: string): boolean {
  return WRITER_DENIES.test(text) || REPLY_TO_THE_PERSON.test(text);
}
