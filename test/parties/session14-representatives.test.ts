import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 14, who answers for the appellant (SPEC: the acknowledgement goes to the representative if there is one): the
 * writer who says they are no representative, a lawyer who no longer acts, a power given in a «Fullmakt» paragraph with
 * the holder's address, nynorsk kin words, a care home's nurse writing for a resident, a child at the parent's address.
 * Each test failed before its rule (a guard says so). Synthetic people, no ids.
 */
const postcodes = norwegianPostcodes();
const read = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => read(lines).find((p) => p.role === r);
const body = ['', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', '12.03.2025', '', 'Klage', ''];
const writerHead = ['Kari Lunde', 'Bakkeveien 4', '3612 Kongsberg'];

describe('a writer who says they are no representative', () => {
  it('is a sender, not a representative; the address after «Send svaret til henne» is not given, «henne» may be someone else (bokmål, review 14 H2)', () => {
    const parties = read([...writerHead, ...body, 'Jeg skriver bare for min mor, Astrid Holm, som ikke har PC. Jeg er ikke fullmektig for henne.', 'Send svaret til henne: Elvegata 7, 5003 Bergen.', 'Hun klager på vedtaket.', '', 'Hilsen', 'Kari Lunde']);
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
    expect(parties.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Astrid Holm', address: [] });
    expect(parties.find((p) => p.role === 'sender')?.name).toBe('Kari Lunde');
  });

  it('is no representative when the letter only asks the answer sent to her (nynorsk, no denial)', () => {
    const parties = read([...writerHead, ...body, 'Eg skriv for mor mi, Astrid Holm, som ikkje har datamaskin.', 'Send svaret til henne: Elvegata 7, 5003 Bergen.', 'Ho klagar på vedtaket.', '', 'Helsing', 'Kari Lunde']);
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
    expect(parties.find((p) => p.role === 'appellant')?.name).toBe('Astrid Holm');
  });

  it('still makes a writer who acts for the mother her representative (guard)', () => {
    const rep = role([...writerHead, ...body, 'Jeg skriver på vegne av min mor, Astrid Holm. Fullmakt er vedlagt.', '', 'Hilsen', 'Kari Lunde'], 'representative');
    expect(rep).toMatchObject({ name: 'Kari Lunde', address: ['Bakkeveien 4', '3612 Kongsberg'] });
  });
});

describe('a lawyer who no longer acts', () => {
  it('leaves the appellant’s own head address given (the denial is no word of representation)', () => {
    const parties = read([...writerHead, ...body, 'Jeg klager på vedtaket.', 'Advokat Per Dahl hjalp meg i starten av saken, men er ikke lenger min fullmektig. Svaret skal sendes til meg.', '', 'Hilsen', 'Kari Lunde']);
    expect(parties.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Kari Lunde', address: ['Bakkeveien 4', '3612 Kongsberg'] });
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
  });

  it('nynorsk: «er ikkje lenger fullmektig for meg»', () => {
    const a = role([...writerHead, ...body, 'Eg klagar på vedtaket.', 'Advokat Per Dahl er ikkje lenger fullmektig for meg.', '', 'Helsing', 'Kari Lunde'], 'appellant');
    expect(a?.address).toEqual(['Bakkeveien 4', '3612 Kongsberg']);
  });
});

describe('a «Fullmakt» paragraph at the end with the holder’s address', () => {
  it('makes the holder the representative and keeps the writer the appellant at the head (before: the roles swapped, a wrong address)', () => {
    const parties = read([...writerHead, ...body, 'Jeg klager på vedtaket om refusjon.', '', 'Hilsen', 'Kari Lunde', '', 'Fullmakt: Jeg gir min bror, Ola Lunde, Elvegata 7, 5003 Bergen, fullmakt til å føre klagesaken for meg.']);
    expect(parties.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Kari Lunde', address: ['Bakkeveien 4', '3612 Kongsberg'] });
    expect(parties.find((p) => p.role === 'representative')?.name).toBe('Ola Lunde');
  });

  it('reads a son-in-law as kin («min svigersønn, …»)', () => {
    const parties = read([...writerHead, ...body, 'Jeg klager på vedtaket.', '', 'Hilsen', 'Kari Lunde', '', 'Fullmakt: Jeg gir min svigersønn, Per Vik, Elvegata 7, 6452 Kleive, fullmakt til å føre klagesaken for meg.']);
    expect(parties.find((p) => p.role === 'representative')?.name).toBe('Per Vik');
    expect(parties.find((p) => p.role === 'appellant')?.name).toBe('Kari Lunde');
  });

  it('a power to fetch post named there is no representation (guard)', () => {
    const parties = read([...writerHead, ...body, 'Jeg klager på vedtaket.', '', 'Hilsen', 'Kari Lunde', '', 'Jeg gir min bror, Ola Lunde, Elvegata 7, 5003 Bergen, fullmakt til å hente posten min.']);
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
  });
});

describe('a parent writing for a child at home', () => {
  it('reads nynorsk «dottera mi, …» as the child written for, and gives the child the home the letter says they share', () => {
    const parties = read([...writerHead, ...body, 'Eg klagar på vegner av dottera mi, Nora Lunde, som er 12 år og bur saman med meg på adressa over.', '', 'Helsing', 'Kari Lunde']);
    expect(parties.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Nora Lunde', address: ['Bakkeveien 4', '3612 Kongsberg'] });
    expect(parties.find((p) => p.role === 'representative')?.name).toBe('Kari Lunde');
  });

  it('gives no home to a name a scan mark cut short («Leiv Neshe:im» read as «Leiv Neshe»): the home would go to a wrong name', () => {
    const a = role([...writerHead, ...body, 'Jeg klager på vegne av min sønn Nora Lun:de (11 år), som bor hjemme hos meg.', '', 'Hilsen', 'Kari Lunde'], 'appellant');
    expect(a?.address).toEqual([]);
  });

  it('gives the child no address when the letter does not say they live with the writer (guard)', () => {
    const a = role([...writerHead, ...body, 'Jeg klager på vegne av sønnen min, Emil Lunde, som er 19 år.', '', 'Hilsen', 'Kari Lunde'], 'appellant');
    expect(a).toMatchObject({ name: 'Emil Lunde', address: [] });
  });
});

describe('a care home’s nurse writing for a resident', () => {
  const letter = (sentence: string) => ['Bjørkly sykehjem', 'Heggvegen 4', '7485 Trondheim', ...body, sentence, '', 'Vennlig hilsen', 'Hans Berg', 'sykepleier'];

  it('is not read as the resident’s representative from «Jeg skriver på vegne av» alone: a GP or a nurse writing a statement says it too (review 14 H3, withheld)', () => {
    const parties = read(letter('Jeg skriver på vegne av Astrid Holm, som bor hos oss og har bedt meg klage for seg.'));
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
    expect(parties.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Astrid Holm', address: [] });
  });

  it('is no representative when writing about «pasienten» only (a statement, guard)', () => {
    expect(role(letter('Jeg skriver på vegne av pasienten en uttalelse om hjelpebehovet.'), 'representative')).toBeUndefined();
  });
});

describe('an organisation’s own lawyer', () => {
  it('a union’s legal department signed «advokat» is the member’s representative at the union’s address (before: a sender)', () => {
    const rep = role(['Fagforbundet, juridisk avdeling', 'Postboks 7003 St. Olavs plass', '0130 Oslo', ...body, 'Vi representerer Astrid Holm, som er medlem av forbundet, og påklager vedtaket på vegne av vår klient.', '', 'Med vennlig hilsen', 'Hans Berg', 'advokat'], 'representative');
    expect(rep).toMatchObject({ name: 'Hans Berg', firm: 'Fagforbundet, juridisk avdeling', address: ['Postboks 7003 St. Olavs plass', '0130 Oslo'] });
  });
});

describe('a helper’s note under the appellant’s signature', () => {
  it('«Eg er ikkje fullmektig» read as the signer’s title is no role: the appellant’s head address is given (before: withheld)', () => {
    const a = role([...writerHead, ...body, 'Eg klagar på vedtaket.', '', 'Helsing', 'Kari Lunde', '', 'Klagen er skriven ned av Hans Berg, Nome kommune, etter ønske frå Kari. Eg er ikkje fullmektig.'], 'appellant');
    expect(a).toMatchObject({ name: 'Kari Lunde', address: ['Bakkeveien 4', '3612 Kongsberg'] });
  });

  it('a signer titled «verge» is still the representative (guard)', () => {
    const parties = read([...writerHead, ...body, 'Som verge for Astrid Holm klager jeg på vedtaket.', '', 'Hilsen', 'Kari Lunde', 'verge']);
    expect(parties.find((p) => p.role === 'representative')?.name).toBe('Kari Lunde');
  });
});

/** The new cues read a few words between their parts: a scan's text with no line breaks stays linear (bound generous; the benchmark measures). */
describe('a long line with the new cues stays linear', () => {
  it.each([['Jeg gir min bror, Ola Vik, Storgata 1, 0150 Oslo, fullmakt til å føre saken. '], ['Per Dahl er ikke lenger min fullmektig for meg. '], ['Jeg skriver på vegne av Ola Vik, som bor sammen med meg på adressen over. ']])('%j over 320 KB', (unit) => {
    const text = ['Kari Lunde', 'Bakkeveien 4', '3612 Kongsberg', '', unit.repeat(Math.ceil(320_000 / unit.length)), '', 'Hilsen', 'Kari Lunde'].join('\n');
    const t = performance.now();
    expect(read([text]).length).toBeGreaterThan(0);
    expect(performance.now() - t).toBeLessThan(12_000);
  }, 60_000);
});

describe('a writer who denies representing someone the scan hid', () => {
  it('withholds the writer’s own head when the person written for is not read («mor mi,Oskar» lost its space): the head is no appellant’s', () => {
    const a = role([...writerHead, ...body, 'Eg skriv berre for mor mi,Astrid Holm, som ikkje har datamaskin. Eg er ikkje fullmektigen hennar.', '', 'Helsing', 'Kari Lunde'], 'appellant');
    expect(a?.address).toEqual([]);
  });
});

describe('review 14 follow-up: a cue read only where it is about the person', () => {
  it('«Min mor bor hos meg» gives the son who studies elsewhere no home (the clause after his name says nothing of it)', () => {
    const a = role([...writerHead, ...body, 'Jeg klager på vegne av min sønn, Emil Lunde, som studerer i Tromsø. Min mor bor hos meg.', '', 'Hilsen', 'Kari Lunde'], 'appellant');
    expect(a).toMatchObject({ name: 'Emil Lunde', address: [] });
  });

  it('«Send svaret til ham: <address>» without a fullmakt gives the mother no grandson’s address', () => {
    const a = role([...writerHead, ...body, 'Jeg klager på vegne av min mor, Astrid Holm.', 'Min sønn Per hjelper meg. Send svaret til ham: Storgata 1, 0150 Oslo.', '', 'Hilsen', 'Kari Lunde'], 'appellant');
    expect(a?.address).toEqual([]);
  });

  it('a municipality’s lawyer answering a resident’s appeal is not made the resident’s representative by the union rule (guard)', () => {
    const rep = role(['Trondheim kommune, juridisk avdeling', 'Postboks 2300 Torgarden', '7004 Trondheim', ...body, 'Vi representerer Astrid Holm i denne saken og påklager vedtaket på vegne av henne.', '', 'Med vennlig hilsen', 'Hans Berg', 'advokat'], 'representative');
    expect(rep?.firm).not.toBe('Trondheim kommune, juridisk avdeling');
  });

  it('«Jeg er ikke bare hennes verge, jeg er også datteren» keeps the verge the representative (review 14 M1)', () => {
    const rep = role([...writerHead, ...body, 'Jeg er ikke bare hennes verge, jeg er også datteren hennes. Jeg klager på vegne av min mor, Astrid Holm. Vergefullmakt vedlagt.', '', 'Hilsen', 'Kari Lunde'], 'representative');
    expect(rep?.name).toBe('Kari Lunde');
  });
});

describe('review 14 follow-up: «Barnet» is the letter’s one child', () => {
  it('«Gjelder: Nora Lunde … Barnet bor på adressen over» gives the child the home; «Barnet bor ikke lenger hjemme» does not', () => {
    const at = (sentence: string) => role([...writerHead, ...body, 'Gjelder: Nora Lunde, født 2015', '', `Jeg er mor og klager på vedtaket på barnets vegne. ${sentence}`, '', 'Hilsen', 'Kari Lunde'], 'appellant');
    expect(at('Barnet bor på adressen over.')?.address).toEqual(['Bakkeveien 4', '3612 Kongsberg']);
    expect(at('Barnet bor ikke lenger hjemme.')?.address).toEqual([]);
  });
});
