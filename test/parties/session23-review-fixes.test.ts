import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { labelledPartyLines } from '../../domain/parties/labelled-party-lines.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';

/**
 * Session 23's review of parties23 (letters W01–W12, M03–M10, X01–X05, O05–O10 of the review): the blanking of powers over one's
 * mail threw away real powers over the case, so the acknowledgement went to the appellant instead of being held for the
 * representative (a new wrong addressee); a «Fullmektig:» line naming nobody stopped the appellant's labelled address; a surname
 * ending in «bank» was read as a bank.
 */
const postcodes = norwegianPostcodes();
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const own = ['Ingrid Solberg', 'Lindeveien 14', '1440 Drøbak', '', ...HEAD, 'Klage på vedtak', '', 'Jeg klager på vedtaket om uføretrygd datert 3. mars.'];
const body = (...sentences: string[]) => [...own, ...sentences, '', 'Med vennlig hilsen', 'Ingrid Solberg'].join('\n');
const parties = (text: string) => extractParties(text, { postcodes });
const representatives = (text: string) => parties(text).filter((p) => p.role === 'representative').map((p) => p.name);
const ownHead = { name: 'Ingrid Solberg', address: ['Lindeveien 14', '1440 Drøbak'] };

describe('a power over the case beside the mail is still the case’s: held for its holder', () => {
  const cases: [string, string, string[]][] = [
    ['W06', 'Jag ger min dotter Eva Solberg fullmakt att ta emot min post och föra min talan i överklagandet.', ['Eva Solberg']],
    ['M10', 'Jag ger min dotter Eva Solberg fullmakt att föra min talan och ta emot post i ärendet.', ['Eva Solberg']],
    ['W09', 'Jeg gir min datter Eva Solberg fullmakt til å motta post og snakke med saksbehandleren.', ['Eva Solberg']],
    ['W08', 'Jeg gir min datter Eva Solberg fullmakt til å ordne alt for meg, også posten.', ['Eva Solberg']],
    ['M03', 'Jeg gir fullmakt til min datter Eva Solberg til å ta seg av alt, også posten.', ['Eva Solberg']],
    ['W03', 'I give my son Per Solberg power of attorney to pursue this appeal and receive my mail.', ['Per Solberg']],
    ['W04', 'I give my son Per Solberg power of attorney to receive post about my appeal.', ['Per Solberg']],
    ['represent', 'Jeg gir min datter Eva Solberg fullmakt til å ta imot posten min og representere meg.', ['Eva Solberg']],
  ];
  it.each(cases)('%s: %s', (_id, sentence, holders) => {
    const found = parties(body(sentence));
    const read = { appellant: found.find((p) => p.role === 'appellant'), holders: found.filter((p) => p.role === 'representative').map((p) => p.name), to: chooseRecipient(found, postcodes).status };
    // The holder has no address in the letter: held, never sent to the appellant (the branch before the fix: ready to her).
    expect(read).toMatchObject({ appellant: ownHead, holders, to: 'held' });
  });
  it('guards: a power over the mail only, «alt» in the bank, bills «in case» — no representative, the appellant answered', () => {
    for (const sentence of [
      'Jeg gir min datter Eva Solberg fullmakt til å åpne posten min.',
      'I give my son Per Solberg power of attorney to open my mail.',
      'Jeg gir min datter Eva Solberg fullmakt til å ordne alt i nettbanken, også posten.',
      'I give my son Per Solberg power of attorney to pay my bills in case I fall ill.',
    ]) {
      const text = body(sentence);
      expect(representatives(text), sentence).toEqual([]);
      expect(chooseRecipient(parties(text), postcodes), sentence).toMatchObject({ status: 'ready', recipient: { name: 'Ingrid Solberg' } });
    }
  });
});

describe('the words after a power as a letter writes them', () => {
  it('W01: a wrapped line is one sentence — «posten min og» / «føre klagesaken for meg.»', () => {
    const text = body('Jeg gir min datter Eva Solberg fullmakt til å ta seg av posten min og', 'føre klagesaken for meg.');
    expect(representatives(text)).toEqual(['Eva Solberg']);
  });
  it('M07: the next sentence gives the holder («Hun …») the case too', () => {
    const text = body('Jeg har gitt min datter Eva Solberg fullmakt til å hente posten min. Hun skal også føre klagen for meg.');
    expect(parties(text).find((p) => p.role === 'appellant')).toMatchObject(ownHead);
    expect(representatives(text)).toEqual(['Eva Solberg']);
  });
  it('guard: a next sentence about the holder without the case keeps the errand an errand', () => {
    for (const next of ['Hun bor like ved meg.', 'Hun handler også for meg.']) {
      const text = body(`Jeg gir min datter Eva Solberg fullmakt til å hente posten min. ${next}`);
      expect(representatives(text), next).toEqual([]);
    }
  });
  it('a perfect «har gitt» / «have given» power: the writer appeals, the holder represents (main swapped the two)', () => {
    for (const sentence of [
      'Jeg har gitt min datter Eva Solberg fullmakt til å føre klagen for meg.',
      'Jag har gett min dotter Eva Solberg fullmakt att föra min talan.',
      'I have given my daughter Eva Solberg power of attorney to pursue this appeal.',
    ]) {
      const text = body(sentence);
      expect(parties(text).find((p) => p.role === 'appellant'), sentence).toMatchObject(ownHead);
      expect(representatives(text), sentence).toEqual(['Eva Solberg']);
    }
  });
});

describe('labelled lines: a representative’s line that names nobody, or the appellant herself', () => {
  const labelled = (lines: string[]) => [...HEAD, 'Klage', '', ...lines, '', 'Jeg klager på vedtaket om arbeidsavklaringspenger.', '', 'Med hilsen', 'Hanne Dahl'].join('\n');
  const hers = { name: 'Hanne Dahl', address: ['Elvegata 3', '3015 Drammen'] };
  it('X01–X03: «Fullmektig: Ingen / Ikke aktuelt / Se vedlagt fullmakt» leave the address under it the appellant’s', () => {
    for (const nobody of ['Ingen', 'Ikke aktuelt', 'Se vedlagt fullmakt']) {
      const text = labelled(['Klager: Hanne Dahl', `Fullmektig: ${nobody}`, 'Adresse: Elvegata 3, 3015 Drammen']);
      expect(parties(text).find((p) => p.role === 'appellant'), nobody).toMatchObject(hers);
      expect(representatives(text), nobody).toEqual([]);
      expect(chooseRecipient(parties(text), postcodes), nobody).toMatchObject({ status: 'ready', recipient: { name: 'Hanne Dahl' } });
    }
  });
  it('X05: «Fullmektig: Hanne Dahl» under «Klager: Hanne Dahl» — she is the appellant, no representative', () => {
    const text = labelled(['Klager: Hanne Dahl', 'Fullmektig: Hanne Dahl', 'Adresse: Elvegata 3, 3015 Drammen']);
    expect(labelledPartyLines(text).map((p) => p.role)).toEqual(['appellant']);
    expect(parties(text).find((p) => p.role === 'appellant')).toMatchObject(hers);
    expect(representatives(text)).toEqual([]);
  });
  it('guard: a person on the line still takes the address under it', () => {
    const text = labelled(['Klager: Hanne Dahl', 'Fullmektig: Tore Bakken', 'Adresse: Kirkegata 8, 0153 Oslo']);
    expect(parties(text).find((p) => p.role === 'appellant')).toMatchObject({ name: 'Hanne Dahl', address: [] });
    expect(parties(text).find((p) => p.role === 'representative')).toMatchObject({ name: 'Tore Bakken', address: ['Kirkegata 8', '0153 Oslo'] });
  });
});

describe('a surname ending in «bank» is no bank', () => {
  it('O05, O08, O10: two people in one power stay two holders, neither the other’s firm', () => {
    for (const [sentence, holders] of [
      ['Jeg gir fullmakt til Per Burbank og Eva Lund til å føre klagesaken for meg.', ['Per Burbank', 'Eva Lund']],
      ['Jeg gir fullmakt til Eva Fairbanks og Per Lund til å føre klagesaken for meg.', ['Eva Fairbanks', 'Per Lund']],
      ['Jeg gir fullmakt til Eva Fairbanks og advokat Per Lund til å føre klagesaken for meg.', ['Eva Fairbanks', 'Per Lund']],
    ] as const) {
      const text = body(sentence);
      expect(representatives(text), sentence).toEqual(holders);
      expect(parties(text).some((p) => p.firm !== undefined), sentence).toBe(false);
      expect(chooseRecipient(parties(text), postcodes), sentence).toMatchObject({ status: 'held' });
    }
  });
  it('guard: a bank beside the son is still a bank (no holder, no firm)', () => {
    const text = body('Jeg gir fullmakt til Handelsbanken og min sønn Per Solberg til å føre klagesaken for meg.');
    expect(parties(text).filter((p) => p.role === 'representative')).toEqual([{ role: 'representative', name: 'Per Solberg', address: [] }]);
  });
});
