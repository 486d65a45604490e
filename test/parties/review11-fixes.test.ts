import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { ADDRESS_SPAN, addressAtStart, MAX_ENDS } from '../../domain/parties/address-phrases.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { parseOneLineAddress } from '../../domain/parties/one-line-address.ts';

/**
 * The review of session 11's party extraction (issue #16): adversarial letters, written here with synthetic
 * names. Each test failed before its fix. A wrong appellant is worse than none.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) =>
  extractParties(lines.join('\n'), { hashNationalId: () => 'a'.repeat(64), postcodes }).map((p) => ({ role: p.role, name: p.name, address: p.address }));
const appellant = (lines: string[]) => parties(lines).find((p) => p.role === 'appellant');
const roleOf = (lines: string[], name: string) => parties(lines).find((p) => p.name === name)?.role;
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const head = ['Trond Moe', 'Lykkeveien 3', '0467 Oslo', ''];
const TROND = { role: 'appellant', name: 'Trond Moe', address: ['Lykkeveien 3', '0467 Oslo'] };

describe('a third person who "er medlem/pasient/bruker" in a person\'s own letter', () => {
  for (const sentence of [
    'Jeg klager på vedtaket. Naboen Synne Kvale er pasient ved samme sykehus og fikk dekket reisen.',
    'Jeg klager på avslaget. Per Hansen er bruker av samme tjeneste og fikk innvilget.',
    'Jeg fikk avslag på refusjon. Min kollega Synne Kvale er medlem i samme forbund og fikk innvilget det samme. Jeg klager på vedtaket.',
  ]) {
    it(sentence.slice(0, 50), () => {
      expect(appellant([...head, ...own, '', 'Klage på avslag', '', sentence, '', 'Hilsen', 'Trond Moe'])).toEqual(TROND);
    });
  }
  it('an organisation\'s own member is still whom it writes for', () => {
    const letter = ['Norsk Revmatikerforbund', 'Postboks 2653 Solli', '0203 Oslo', '', ...own, '', 'Klage på avslag', '', 'Synne Kvale er medlem hos oss. Hun fikk avslag på refusjon, og vi klager på hennes vegne.', '', 'Med vennlig hilsen', 'Per Lie', 'rådgiver'];
    expect(appellant(letter)?.name).toBe('Synne Kvale');
  });
});

describe('"Jeg er mor/far til …" about the writer\'s own case', () => {
  it('a mother\'s own pleiepenger', () => {
    const letter = [...own, '', 'Klage på vedtak om pleiepenger', '', 'Jeg er mor til Emil Moe og har fått avslag på pleiepenger. Jeg klager på vedtaket.', '', 'Hilsen', 'Kari Moe', 'Lykkeveien 3', '0467 Oslo'];
    expect(appellant(letter)).toEqual({ role: 'appellant', name: 'Kari Moe', address: ['Lykkeveien 3', '0467 Oslo'] });
  });
  it('a father\'s own refund as escort', () => {
    const letter = [...own, '', 'Klage', '', 'Jeg er far til Emil Moe og har selv søkt om refusjon av mine utgifter som ledsager.', '', 'Hilsen', 'Trond Moe', 'Lykkeveien 3', '0467 Oslo'];
    expect(appellant(letter)).toEqual(TROND);
  });
  it('a father who writes for his son is still the representative', () => {
    const letter = [...own, '', 'Klage', '', 'Jeg er far til Emil Moe. Han fikk avslag på reiseutgifter, og jeg klager på hans vegne.', '', 'Hilsen', 'Trond Moe', 'Lykkeveien 3', '0467 Oslo'];
    expect(appellant(letter)?.name).toBe('Emil Moe');
  });
});

describe('a carer\'s "jeg klager for …"', () => {
  const doctor = (sentence: string) => ['Sentrum legekontor', 'Storgata 1', '0155 Oslo', '', ...own, '', 'Klage', '', sentence, '', 'Med vennlig hilsen', 'Rune Dahl', 'lege'];
  for (const sentence of [
    'Jeg klager for Sentrum legekontor på avkortingen av refusjonen.',
    'Jeg klager for egen del på avkortingen av refusjonen.',
    'Jeg anker for sikkerhets skyld avkortingen av refusjonen.',
    'Pasienten skrev: «Jeg klager for Kari Vold». Jeg klager på avkortingen av refusjonen.',
  ]) {
    it(sentence.slice(0, 50), () => {
      expect(roleOf(doctor(sentence), 'Rune Dahl')).not.toBe('representative');
    });
  }
  it('"jeg klager for pasienten" still makes the doctor the representative', () => {
    expect(roleOf(doctor('Pasient: Kari Vold. Jeg klager for pasienten på avslaget.'), 'Rune Dahl')).toBe('representative');
  });
});

describe('an e-mail signed "for" an organisation', () => {
  it('"Mvh Trond Moe, for Borettslaget Solsiden" does not make Trond a representative', () => {
    const letter = ['Fra: Trond Moe <trond@example.no>', 'Til: post@klageorgan.example', 'Emne: Klage', '', 'Hei,', 'Jeg klager på vedtaket om refusjon.', 'Mvh Trond Moe, for Borettslaget Solsiden'];
    expect(roleOf(letter, 'Trond Moe')).not.toBe('representative');
  });
  it('"Mvh Trond Moe, for Synne Kvale" still makes Trond the representative', () => {
    const letter = ['Fra: Trond Moe <trond@example.no>', 'Til: post@klageorgan.example', 'Emne: Klage, Synne Kvale', '', 'Hei,', 'Vedlagt legeerklæringen. Takk for hjelpen.', 'Mvh Trond Moe, for Synne Kvale'];
    expect(roleOf(letter, 'Trond Moe')).toBe('representative');
  });
});

describe('bare "act for"/"instructed by" in an English letter', () => {
  for (const sentence of ['I was instructed by my doctor to appeal the decision.', 'I act for myself in this appeal of the decision.']) {
    it(sentence, () => {
      const letter = ['Trond Moe', 'Lykkeveien 3', '0467 Oslo', '', ...own, '', 'Appeal', '', sentence, '', 'Kind regards', 'Trond Moe'];
      expect(appellant(letter)).toEqual(TROND);
    });
  }
});

describe('an address after a name on a long line (a scan without line breaks)', () => {
  const line = `Kirkeveien 4, 5003 Bergen – and Kari Lie, ${'the decision is wrong – x, y and z. '.repeat(600)}`;
  it('reads a bounded start of the line, with a bounded number of ends tried', () => {
    const seen: number[] = [];
    const count = (text: string) => {
      seen.push(text.length);
      return parseOneLineAddress(text);
    };
    expect(addressAtStart(line, count)).toEqual(['Kirkeveien 4', '5003 Bergen']);
    expect(line.length).toBeGreaterThan(20_000);
    expect(seen.length).toBeLessThanOrEqual(MAX_ENDS);
    expect(Math.max(...seen)).toBeLessThanOrEqual(ADDRESS_SPAN);
  });
  it('tries no end at all where none is within the span, and never a span cut inside the line', () => {
    const seen: string[] = [];
    const count = (text: string) => {
      seen.push(text);
      return parseOneLineAddress(text);
    };
    expect(addressAtStart(`Kirkeveien 4 5003 Bergen${'x'.repeat(5000)}`, count)).toBeNull();
    expect(seen).toEqual([]);
  });
  it('still reads the appellant\'s address written after the name in a long one-line letter', () => {
    const letter = [...own, '', `Vi skriver på vegne av Synne Kvale, Kirkeveien 4, 5003 Bergen, ${'og vedtaket er feil. '.repeat(1000)}`, '', 'Hilsen', 'Trond Moe'];
    expect(appellant(letter)).toEqual({ role: 'appellant', name: 'Synne Kvale', address: ['Kirkeveien 4', '5003 Bergen'] });
  });
});
