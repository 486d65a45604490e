import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import type { OutboxRecord } from '../../stages/letter-ports.ts';
import { representativeAddressFromLaterLetter } from '../../stages/representative-address-release.ts';
import { classificationNaming } from '../support/letter-classification.ts';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Which held acknowledgements the representative's later letter releases (stages/representative-address-release.ts, QA L27
 * then L39): only one held for want of the case's representative's address, by name, at the same firm where both name one.
 */
const held = (name: string, code: string, trigger = 'doc-transfer') =>
  ({ letterId: `ack.${trigger}`, caseId: 'C', triggerDocumentId: trigger, status: 'held', recipient: { role: 'representative', name, address: [] }, heldReasonCode: { code } }) as unknown as OutboxRecord;
const caseParties: Party[] = [
  { role: 'appellant', name: 'Rune Berg', address: [] },
  { role: 'representative', name: 'Kristin Aas', firm: 'Advokatfirmaet Aas AS', address: [] },
];
const aas: Party = { role: 'representative', name: 'Kristin Aas', firm: 'ADVOKATFIRMAET AAS AS', address: ['Postboks 233 Sentrum, 4001 Stavanger'] };

async function released(letters: OutboxRecord[], later: Party[], known: Party[] = caseParties, documentId = 'doc-later', type = 'legal_costs_claim'): Promise<string[]> {
  const out: string[] = [];
  const repo = { parties: async () => ({ parties: known, language: 'nb' as const }), ofCase: async () => letters };
  await representativeAddressFromLaterLetter({ documentId, caseId: 'C', classification: classificationNaming(type, later, null) }, repo as never, async (letterId, recipient) =>
    out.push(`${letterId} → ${recipient.name} / ${recipient.address.join(' / ')}`),
  );
  return out;
}

describe('the representative’s later letter releases the acknowledgement held for their address', () => {
  it('QA L39: the lawyer’s letterhead, the firm as the case has it, then the envelope', async () => {
    expect(await released([held('Kristin Aas', 'no_address')], [aas])).toEqual(['ack.doc-transfer → Kristin Aas / Advokatfirmaet Aas AS / Postboks 233 Sentrum / 4001 Stavanger']);
  });
  it('read from the letter itself: the law firm’s letterhead signed «Kristin Aas, advokat»', async () => {
    const text = ['ADVOKATFIRMAET AAS AS', 'Postboks 233 Sentrum, 4001 Stavanger  –  Tlf 51 84 12 00', '', 'Klageinstansen', "Helfos ref.: 26/55120", '', 'Krav om dekning av saksomkostninger – Rune Berg', '', 'Vi krever på vegne av klienten dekning av advokatutgifter.', '', 'Med vennlig hilsen', 'Kristin Aas, advokat'];
    const read = extractParties(text.join('\n'), { postcodes: norwegianPostcodes() });
    expect(await released([held('Kristin Aas', 'no_address')], read)).toHaveLength(1);
  });
  it('not another lawyer, nor the same name at another firm', async () => {
    expect(await released([held('Kristin Aas', 'no_address')], [{ ...aas, name: 'Kristian Aas' }])).toEqual([]);
    expect(await released([held('Kristin Aas', 'no_address')], [{ ...aas, firm: 'Advokatfirmaet Vik DA' }])).toEqual([]);
  });
  it('not when the case has no representative of that name, or the held letter is the appellant’s', async () => {
    expect(await released([held('Kristin Aas', 'no_address')], [aas], [caseParties[0]!])).toEqual([]);
    const appellants = { ...held('Rune Berg', 'no_address'), recipient: { role: 'appellant', name: 'Rune Berg', address: [] } } as unknown as OutboxRecord;
    expect(await released([appellants], [aas])).toEqual([]);
  });
  it('not when held for another reason, withheld, no whole envelope, the same document, or two representatives', async () => {
    expect(await released([held('Kristin Aas', 'address_withheld')], [aas])).toEqual([]);
    expect(await released([held('Kristin Aas', 'no_address')], [{ ...aas, address: [], addressWithheld: 'the address has no street or post box' }])).toEqual([]);
    expect(await released([held('Kristin Aas', 'no_address')], [{ ...aas, address: ['Postboks 233 Sentrum'] }])).toEqual([]);
    expect(await released([held('Kristin Aas', 'no_address', 'doc-later')], [aas])).toEqual([]);
    expect(await released([held('Kristin Aas', 'no_address')], [aas, { role: 'representative', name: 'Per Moe', address: ['Storgata 1', '0155 Oslo'] }])).toEqual([]);
  });
});
