import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HeldReason } from '#schemas/letters';
import type { Party } from '#schemas/parties';
import { addressDoubtNb, addressDoubtsNb, heldReasonText } from '#domain/letters/held-reasons';
import { chooseRecipient } from '#domain/letters/recipient';

/**
 * A held letter says why in bokmål on the page, as the review reasons do: the reason is a code, worded
 * in English (unchanged: the CLI and the API) and in bokmål, and every doubt the party reader writes
 * about an address has bokmål words (found by reading domain/parties, so a new doubt fails here).
 */
const root = path.resolve(import.meta.dirname, '../..');
const party = (role: Party['role'], address: string[], addressWithheld?: string): Party => ({ role, name: 'Kari Nordmann', address, ...(addressWithheld ? { addressWithheld } : {}) }) as Party;

/** Sentences the party reader gives as a doubt: assigned, chosen or returned as a value. */
function writtenDoubts(): Set<string> {
  const dir = path.join(root, 'domain/parties');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    // A value, not a list item: after ?, ??=, :, = or return (the reader's label lists hold English words too).
    for (const m of text.matchAll(/(?:\?\??=?|:|=|return)\s*'(the [^']+)'/g)) found.add(m[1]!);
  }
  return found;
}

const ENGLISH = /\b(the|has|letter|address|postcode|appellant|representative|usable|could|not)\b/i;

describe('why a letter is held', () => {
  it('keeps the English sentences the CLI and the API have always had', () => {
    expect(chooseRecipient([])).toMatchObject({ status: 'held', reason: 'the letter names no appellant or representative to write to', reasonCode: { code: 'no_recipient' } });
    expect(chooseRecipient([party('appellant', [])])).toMatchObject({ reason: 'no postal address for the appellant in the letter', reasonCode: { code: 'no_address', who: 'appellant' } });
    expect(chooseRecipient([party('appellant', ['Storgata 1']), party('representative', ['Advokatveien 2'])])).toMatchObject({
      reason: 'the address of the representative has no postcode and town',
      reasonCode: { code: 'no_postcode', who: 'representative' },
    });
    expect(chooseRecipient([party('appellant', [], 'the postcode and the place name do not agree')])).toMatchObject({
      reason: 'no usable address for the appellant: the postcode and the place name do not agree',
      reasonCode: { code: 'address_withheld', who: 'appellant', doubt: 'the postcode and the place name do not agree' },
    });
    expect(chooseRecipient([party('appellant', ['Storgata 1', '0150 Oslo'])])).toMatchObject({ status: 'ready' });
  });

  it('words every code in bokmål, for either party', () => {
    const reasons: HeldReason[] = [
      { code: 'no_recipient' },
      ...(['appellant', 'representative'] as const).flatMap((who) => [
        { code: 'no_address' as const, who },
        // Every code of a party's address (the schema's list, so a new code without words fails here).
        ...HeldReason.shape.code.options.filter((code) => !['no_recipient', 'no_address', 'address_withheld'].includes(code)).map((code) => ({ code, who })),
        ...Object.keys(addressDoubtsNb).map((doubt) => ({ code: 'address_withheld' as const, who, doubt })),
      ]),
    ];
    for (const reason of reasons) {
      const nb = heldReasonText(reason, 'nb');
      expect(nb, JSON.stringify(reason)).not.toMatch(ENGLISH);
      expect(nb).not.toBe(heldReasonText(reason, 'en'));
    }
    expect(heldReasonText({ code: 'address_withheld', who: 'representative', doubt: 'the street line could not be read with certainty' }, 'nb')).toBe(
      'ingen brukbar adresse for fullmektigen: gateadressen kunne ikke leses sikkert',
    );
  });

  it('has bokmål for every doubt the party reader writes, and none for a doubt nothing writes', () => {
    const written = writtenDoubts();
    expect(written.size).toBeGreaterThanOrEqual(8);
    expect([...written].filter((doubt) => !addressDoubtsNb[doubt])).toEqual([]);
    expect(Object.keys(addressDoubtsNb).filter((doubt) => !written.has(doubt))).toEqual([]);
    // A doubt a future rule adds before it has words is not shown in English.
    expect(addressDoubtNb('the moon is in the wrong phase')).toBe('adressen er usikker');
  });
});
