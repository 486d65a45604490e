import type { Classification } from '#schemas/pipeline';
import { norwegianPostcodes } from '#config/postcodes';
import { envelopeOfRead } from '../domain/letters/postal-address.ts';
import type { OutboxRecord } from './letter-ports.ts';

/**
 * What the two releases postmottak makes itself share (stages/write-letters.ts addressFromBundleAppeal, the same
 * bundle's appeal; stages/later-letter-address.ts, a later letter on the case): which document's address may be
 * the appellant's, and which held letter it may go to.
 */

/** The letters the appellant writes: only these give the appellant's own address (a unit's, a hospital's may print theirs). */
const appealTypes: readonly string[] = ['appeal', 'appeal_deadline_interrupting'];

const key = (name: string | undefined) => name?.trim().toLowerCase().replace(/\s+/gu, ' ') ?? '';
export const sameName = (a: string | undefined, b: string | undefined): boolean => key(a) !== '' && key(a) === key(b);

/** The appellant and the envelope their own letter (an appeal) gives, read as a whole envelope; null when it gives none. */
export function appellantEnvelope(c: Classification): { name: string; lines: string[] } | null {
  if (!c.documentType || !appealTypes.includes(c.documentType)) return null;
  const appellant = c.fields.parties?.find((p) => p.role === 'appellant' && p.address.length > 0 && !p.addressWithheld);
  const lines = appellant ? envelopeOfRead(appellant.address, norwegianPostcodes())?.lines : undefined;
  return appellant && lines ? { name: appellant.name, lines } : null;
}

/**
 * A letter to the appellant held for want of an address only (one a first instance withheld had a reason), or released
 * by this document's own run of the step that failed after, which the repeat finishes (releaseHeldLetter) — never a
 * release another document made.
 */
export function awaitsAddressFrom(letter: OutboxRecord, appellantName: string, documentId: string): boolean {
  if (letter.recipient?.role !== 'appellant' || !sameName(letter.recipient.name, appellantName)) return false;
  if (letter.status === 'held') return letter.recipient.address.length === 0 && letter.heldReasonCode?.code === 'no_address';
  return letter.status === 'ready' && letter.releasedBy === 'postmottak' && letter.releasedFrom === documentId;
}
