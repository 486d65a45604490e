import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

const postcodes = norwegianPostcodes();
const read = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const body = ['', 'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '', '12.03.2025', '', 'Klage', ''];
const head = ['Kari Lunde', 'Bakkeveien 4', '3612 Kongsberg'];
const home = ['Bakkeveien 4', '3612 Kongsberg'];

describe('review 14: same-home reads any «bor hjemme» in the letter', () => {
  it('A: «som ikke lenger bor hjemme» does not give the son the parent’s address', () => {
    const a = read([...head, ...body, 'Jeg klager på vegne av min sønn, Emil Lunde, som ikke lenger bor hjemme.', '', 'Hilsen', 'Kari Lunde']).find((p) => p.role === 'appellant');
    expect(a?.address).not.toEqual(home);
  });
  it('A2: a sibling who «bor fortsatt hjemme» does not give the son who moved the parent’s address', () => {
    const a = read([...head, ...body, 'Jeg klager på vegne av min sønn, Emil Lunde (19). Han har flyttet til Bergen. Lillebroren hans bor fortsatt hjemme.', '', 'Hilsen', 'Kari Lunde']).find((p) => p.role === 'appellant');
    expect(a?.address).not.toEqual(home);
  });
  it('A3: «who no longer lives at home»', () => {
    const a = read([...head, ...body, 'I appeal on behalf of my son, Emil Lunde, who no longer lives at home.', '', 'Regards', 'Kari Lunde']).find((p) => p.role === 'appellant');
    expect(a?.address).not.toEqual(home);
  });
});

describe('review 14: «Send svaret til ham/henne» is taken as the appellant’s address whoever «ham» is', () => {
  it('B: a representative with a fullmakt whose son takes the post keeps the mother’s own address and stays representative', () => {
    const parties = read([...head, ...body, 'Jeg klager på vegne av min mor, Astrid Holm, Elvegata 7, 5003 Bergen. Fullmakt vedlagt.', 'Min sønn Per hjelper meg. Send svaret til ham: Storgata 1, 0150 Oslo.', '', 'Hilsen', 'Kari Lunde']);
    expect(parties.find((p) => p.role === 'appellant')?.address).not.toEqual(['Storgata 1', '0150 Oslo']);
    expect(parties.find((p) => p.role === 'representative')?.name).toBe('Kari Lunde');
  });
  it('B3: a verge who asks a copy sent to the ward is still the representative', () => {
    const parties = read([...head, ...body, 'Jeg er verge for min mor, Astrid Holm, og klager på vedtaket på hennes vegne. Vergefullmakt vedlagt.', 'Svaret kan sendes til henne, med kopi til meg.', '', 'Hilsen', 'Kari Lunde', 'verge']);
    expect(parties.find((p) => p.role === 'representative')?.name).toBe('Kari Lunde');
  });
});

describe('review 14: the denial pattern eats words of representation', () => {
  it('C: «Jeg er ikke jurist men fullmektig for min mor» keeps the mother the appellant and the writer her representative', () => {
    const parties = read([...head, ...body, 'Jeg er ikke jurist men fullmektig for min mor, Astrid Holm, og klager på vedtaket. Fullmakt vedlagt.', '', 'Hilsen', 'Kari Lunde']);
    expect(parties.find((p) => p.role === 'appellant')?.name).toBe('Astrid Holm');
    expect(parties.find((p) => p.role === 'representative')?.name).toBe('Kari Lunde');
  });
});

describe('review 14: «Jeg skriver på vegne av <name>» from a professional who writes a statement', () => {
  it('K: a GP’s «legeerklæring» written «på vegne av» the patient makes the GP no representative', () => {
    const parties = read(['Sentrum legekontor', 'Storgata 10', '0150 Oslo', ...body, 'Jeg skriver på vegne av Astrid Holm en legeerklæring til klagen hennes.', '', 'Vennlig hilsen', 'Hans Berg', 'fastlege']);
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
  });
  it('J: a municipality nurse’s statement (the resident appeals herself) makes the nurse no representative', () => {
    const parties = read(['Trondheim kommune', 'Helse og velferd', 'Postboks 2300 Torgarden', '7004 Trondheim', ...body, 'Jeg skriver på vegne av Astrid Holm en uttalelse om hjelpebehovet hennes, som hun har bedt om. Hun klager selv.', '', 'Vennlig hilsen', 'Hans Berg', 'sykepleier']);
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
  });
});

describe('review 14: a union lawyer who says they do not act', () => {
  it('F: «vi representerer henne ikke i klagesaken» makes the union’s lawyer no representative', () => {
    const parties = read(['Fagforbundet, juridisk avdeling', 'Postboks 7003 St. Olavs plass', '0130 Oslo', ...body, 'Vårt medlem Astrid Holm har bedt oss om en vurdering. Vi mener vedtaket er feil, men vi representerer henne ikke i klagesaken.', '', 'Med vennlig hilsen', 'Hans Berg', 'advokat']);
    expect(parties.find((p) => p.role === 'representative')).toBeUndefined();
  });
});

describe('review 14: the appellant’s own letter asking the answer sent to someone else', () => {
  it('D: «Send svaret til ham: <another address>» from the appellant leaves the head address not silently given', () => {
    const a = read([...head, ...body, 'Jeg klager på vedtaket. Min sønn Ola hjelper meg med post.', 'Send svaret til ham: Storgata 1, 0150 Oslo.', '', 'Hilsen', 'Kari Lunde']).find((p) => p.role === 'appellant');
    expect(a?.address).not.toEqual(home);
  });
});
