import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import type { OutboxRecord } from '../../stages/letter-ports.ts';
import { addressFromLaterLetter } from '../../stages/later-letter-address.ts';
import { classificationNaming } from '../support/letter-classification.ts';

/**
 * Which held letters a later letter's appellant address releases (stages/later-letter-address.ts): only the case's
 * appellant's, by name, held for want of an address; the end-to-end release is test/e2e/later-letter-release.test.ts.
 */
const classification = (parties: Party[]) => classificationNaming('appeal', parties, null);
const held = (name: string, code: string, trigger = 'doc-transfer') =>
  ({ letterId: `ack.${trigger}`, caseId: 'C', triggerDocumentId: trigger, status: 'held', recipient: { role: 'appellant', name, address: [] }, heldReasonCode: { code } }) as unknown as OutboxRecord;
const ragna: Party = { role: 'appellant', name: 'Ragna Tveit', address: ['Fjordgata 12', '6413 Molde'] };

async function released(letters: OutboxRecord[], later: Party, caseAppellant = 'Ragna Tveit', documentId = 'doc-later'): Promise<string[]> {
  const out: string[] = [];
  const repo = { parties: async () => ({ parties: [{ role: 'appellant' as const, name: caseAppellant, address: [] }], language: 'nb' as const }), ofCase: async () => letters };
  await addressFromLaterLetter({ documentId, caseId: 'C', classification: classification([later]) }, repo as never, async (letterId, recipient) => out.push(`${letterId} → ${recipient.address.join(', ')}`));
  return out;
}

describe('a later letter’s appellant address releases a held acknowledgement', () => {
  it('to the case’s appellant, held for want of an address: released to the later letter’s address', async () => {
    expect(await released([held('Ragna Tveit', 'no_address')], ragna)).toEqual(['ack.doc-transfer → Fjordgata 12, 6413 Molde']);
  });
  it('not when the later letter’s appellant is someone else than the case’s appellant', async () => {
    expect(await released([held('Ragna Tveit', 'no_address')], { ...ragna, name: 'Ragnar Tveit' })).toEqual([]);
    expect(await released([held('Ragna Tveit', 'no_address')], ragna, 'Sigrid Tveit')).toEqual([]);
  });
  it('not when the address is withheld, or the letter was held for another reason (the first instance withheld it)', async () => {
    expect(await released([held('Ragna Tveit', 'no_address')], { ...ragna, address: [], addressWithheld: "the post box may be the first instance's own" })).toEqual([]);
    expect(await released([held('Ragna Tveit', 'address_withheld')], ragna)).toEqual([]);
  });
  it('not the letter the same document called for, nor an address that is no whole envelope', async () => {
    expect(await released([held('Ragna Tveit', 'no_address', 'doc-later')], ragna)).toEqual([]);
    expect(await released([held('Ragna Tveit', 'no_address')], { ...ragna, address: ['Fjordgata 12'] })).toEqual([]);
  });
});
