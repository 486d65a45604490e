import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import type { OutboxRecord } from '../../stages/letter-ports.ts';
import { addressFromLaterLetter } from '../../stages/later-letter-address.ts';
import { classificationNaming } from '../support/letter-classification.ts';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Which held letters a later letter's appellant address releases (stages/later-letter-address.ts): only the case's
 * appellant's, by name, held for want of an address; the end-to-end release is test/e2e/later-letter-release.test.ts.
 */
const held = (name: string, code: string, trigger = 'doc-transfer') =>
  ({ letterId: `ack.${trigger}`, caseId: 'C', triggerDocumentId: trigger, status: 'held', recipient: { role: 'appellant', name, address: [] }, heldReasonCode: { code } }) as unknown as OutboxRecord;
const ragna: Party = { role: 'appellant', name: 'Ragna Tveit', address: ['Fjordgata 12', '6413 Molde'] };

async function released(letters: OutboxRecord[], later: Party | Party[], caseAppellant = 'Ragna Tveit', documentId = 'doc-later', type = 'appeal'): Promise<string[]> {
  const out: string[] = [];
  const repo = { parties: async () => ({ parties: [{ role: 'appellant' as const, name: caseAppellant, address: [] }], language: 'nb' as const }), ofCase: async () => letters };
  await addressFromLaterLetter({ documentId, caseId: 'C', classification: classificationNaming(type, Array.isArray(later) ? later : [later], null) }, repo as never, async (letterId, recipient) => out.push(`${letterId} → ${recipient.address.join(', ')}`));
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

const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
/** Review s18 H1: four letters that are not the appellant's, each giving «Ragna Tveit» its sender's own address on the branch. */
const othersLetters: [string, string, string[]][] = [
  ['a kommune’s letter, «Gjelder:» and its «Postadresse» box', 'correspondence', ['Molde kommune', '', ...HEAD, 'Gjelder: Ragna Tveit', 'Postadresse: Postboks 505, 6401 Molde', '', 'Oversendelse av tilleggsdokumenter i klagesaken. Kommunen opprettholder vedtaket.', '', 'Med hilsen', 'Lise Fjell', 'Molde kommune']],
  ['a Nav unit’s letter, «Gjelder:» and its street «Postadresse»', 'correspondence', ['Nav Molde', '', ...HEAD, 'Gjelder: Ragna Tveit', 'Postadresse: Storgata 20, 6413 Molde', '', 'Oversendelse av nye opplysninger i klagesaken.', '', 'Med vennlig hilsen', 'Ove Rindal', 'Nav Molde']],
  ['Helfo in English, «Regarding:» and «Postal address: PO Box …»', 'case_transfer', ['Helfo', '', ...HEAD, 'Regarding: Ragna Tveit', 'Postal address: PO Box 2415, 3104 Tønsberg', '', 'We forward further documents in the appeal.', '', 'Kind regards', 'Helfo']],
  ['a hospital’s letter, «Vedrørende:» and its «Postadresse» box', 'correspondence', ['Helse Møre og Romsdal HF', '', ...HEAD, 'Vedrørende: Ragna Tveit', 'Postadresse: Postboks 1600, 6026 Ålesund', '', 'Vi bekrefter at pasienten var innlagt i mars.', '', 'Med hilsen', 'Anne Moe', 'overlege']],
];

describe('a later letter that is not the appellant’s own releases nothing (review s18 H1)', () => {
  const postcodes = norwegianPostcodes();
  for (const [title, type, lines] of othersLetters) {
    const read = extractParties(lines.join('\n'), { postcodes });
    it(`${title}: held, as classified (${type})`, async () => {
      expect(await released([held('Ragna Tveit', 'no_address')], read, 'Ragna Tveit', 'doc-later', type)).toEqual([]);
    });
    // A unit's street «Postadresse» (the Nav letter) is not withheld where read (a transfer's own «Gjelder»/«Postadresse» street is often the appellant's): its type holds it.
    it.skipIf(!lines.some((l) => /: (?:Postboks|PO Box) \d/u.test(l)))(`${title}: held even when classified as an appeal (its box withheld)`, async () => {
      expect(await released([held('Ragna Tveit', 'no_address')], read)).toEqual([]);
    });
  }
  it('not when the later letter names a representative or a sender beside the appellant', async () => {
    for (const role of ['representative', 'sender'] as const) {
      expect(await released([held('Ragna Tveit', 'no_address')], [ragna, { role, name: 'Nav Molde', address: [] }]), role).toEqual([]);
    }
  });
  it('the appellant’s appeal that names the first instance whose decision it appeals still releases', async () => {
    expect(await released([held('Ragna Tveit', 'no_address')], [ragna, { role: 'first_instance', name: 'Helfo', address: [] }])).toEqual(['ack.doc-transfer → Fjordgata 12, 6413 Molde']);
  });
  it('not from a letter that is no appeal (correspondence), though the appellant’s own address is on it', async () => {
    expect(await released([held('Ragna Tveit', 'no_address')], ragna, 'Ragna Tveit', 'doc-later', 'correspondence')).toEqual([]);
  });
});
