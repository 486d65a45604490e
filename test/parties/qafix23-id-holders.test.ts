import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { idAnchors } from '../../domain/parties/anchors.ts';
import { signedWithId } from '../../domain/parties/signed-with-id.ts';

/**
 * QA s23 (#16): three letters whose appellant was not found, each because the national id's holder was not read:
 * an EPJ printout's «Navn.....: KARIMI, NADIA   Fnr.....: …» (dot leaders after the id's label), a short handwritten
 * appeal signed name / address / «f.nr. …» with no closing, and a Swedish consent's «norskt personnummer». Written
 * here in other words and other shapes (synthetic ids: birth month + 80), with the near misses that must stay unnamed:
 * a clinician or a clinic over an address and a patient's id, a doctor in the EPJ's «Lege» field.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { postcodes });
const appellant = (text: string) => parties(text).find((p) => p.role === 'appellant') ?? null;
const named = (text: string) => parties(text).map((p) => p.name);

describe('the id beside a surname-first name in capitals (an EPJ printout)', () => {
  it('reads «Navn.....: HAUGEN, TOVE MARIE   Fnr.....: …» as Tove Marie Haugen, never the doctor in the «Lege» field', () => {
    const text = [
      'Sentrum legesenter                                          Journalutskrift',
      'Kirkegata 4, 3616 Kongsberg                                     Side 1',
      '----------------------------------------------------------------------------',
      'Navn.....: HAUGEN, TOVE MARIE                 Fnr.....: 12857512373',
      'Lege.....: LUNDE, PER                         Dato....: 02.11.2026',
      '----------------------------------------------------------------------------',
      'LEGEERKLÆRING',
      '',
      'Diagnose: L86 Ryggsyndrom med utstråling',
      'Pasienten er sykmeldt 100 % fra 01.10.2026 og kan ikke løfte.',
      '----------------------------------------------------------------------------',
      'Elektronisk signert av lege Per Lunde 02.11.2026 09:14',
    ].join('\n');
    expect(appellant(text)?.name).toBe('Tove Marie Haugen');
    expect(named(text)).not.toContain('Per Lunde');
  });

  it('reads «Pasient ......: STRAND, EIRIK» over «Fødselsnr ....: …» and «Patient: BERG, OLA (…)», not the system or the clinic', () => {
    const dips = ['DIPS Arena – utskrift av journalnotat', 'Sykehuset Innlandet HF, Ortopedisk poliklinikk', '', 'Pasient ......: STRAND, EIRIK', 'Fødselsnr ....: 03886241282', '', 'Notat:', 'Kontroll etter kneoperasjon. Fortsatt hevelse.', '', 'Lege Kari Moe'].join('\n');
    expect(appellant(dips)?.name).toBe('Eirik Strand');
    const inline = ['Helsehuset Fjell', 'Journalnotat 12.11.2026', '', 'Patient: BERG, OLA (21907134528)', 'Behandler: LIE, KARI', '', 'Vurdering: arbeidsufør i fire uker.'].join('\n');
    expect(appellant(inline)?.name).toBe('Ola Berg');
    expect(named(inline)).not.toContain('Kari Lie');
  });
});

describe('a note signed with the writer’s name, address and id (no closing)', () => {
  it('reads the signer as the appellant at the address between, one line or two, a lower-case second word in the place', () => {
    const oneLine = ['Os 20/11-26', '', 'Til Nav', '', 'Klager på vedtaket om sykepenger fra 03.11.2026.', 'Jeg var syk hele perioden!', '', 'Gunn Eliassen', 'Fjellveien 12, 1930 Aurskog sentrum', 'fnr 05894412374'].join('\n');
    expect(appellant(oneLine)).toMatchObject({ name: 'Gunn Eliassen', address: ['Fjellveien 12', '1930 Aurskog sentrum'] });
    const twoLines = ['Til Helfo', '', 'Klage på vedtak av 2. november 2026 om tannbehandling.', 'Tannlegen sier det var nødvendig.', '', 'Bjørn Aas', 'Skogveien 3', '2000 Lillestrøm', 'f.nr. 25896834544'].join('\n');
    expect(appellant(twoLines)).toMatchObject({ name: 'Bjørn Aas', address: ['Skogveien 3', '2000 Lillestrøm'] });
  });

  it('never reads a clinician, a clinic or someone else’s labelled id as the holder', () => {
    for (const [signed, wrong] of [
      ['Dr. Per Lie\nParkveien 2, 0350 Oslo\nf.nr. 14846678949', 'Per Lie'],
      ['lege Kari Moe\nStorgata 1, 0150 Oslo\nfnr. 14846678949', 'Kari Moe'],
      ['Sentrum Legekontor\nStorgata 5, 3015 Drammen\nFnr: 14846678949', 'Sentrum Legekontor'],
      // Whether the writer appeals is for the rest of the reading to say; the id is not read as hers.
      ['Oddny Vik\nSjøgata 2, 8006 Bodø\nPasientens fnr.: 14846678949', null],
      ['Kari Holm\nStorgata 1, 0150 Oslo\nfnr. 14846678949 gjelder min mor', null],
    ] as const) {
      const text = `Notat til Nav om pasienten.\n\n${signed}`;
      expect(idAnchors(text)[0]?.name ?? null, signed).toBeNull();
      if (wrong) expect(appellant(text)?.name, signed).not.toBe(wrong);
    }
    // The module alone: an address line with no bare name above it names nobody.
    expect(signedWithId(['Med vennlig hilsen', 'Storgata 1, 0150 Oslo', 'fnr. 14846678949'], 2)).toBeNull();
    expect(signedWithId(['Dr. Per Lie', 'Storgata 1, 0150 Oslo', 'fnr. 14846678949'], 2)).toBeNull();
  });
});

describe('a Swedish writer’s «norskt personnummer»', () => {
  it('reads «Jag, Karin Lindqvist, norskt personnummer …,» as the id’s holder, with the address after it', () => {
    const text = ['FULLMAKT OCH SAMTYCKE', '', 'Jag, Karin Lindqvist, norskt personnummer 12857512373,', 'Storgatan 14, 411 38 Göteborg, Sverige,', '', 'samtycker till att uppgifter hämtas från Sahlgrenska universitetssjukhuset.', '', 'Göteborg den 2 december 2026', '', 'Karin Lindqvist'].join('\n');
    expect(appellant(text)?.name).toBe('Karin Lindqvist');
    expect(idAnchors(text)[0]?.name).toBe('Karin Lindqvist');
  });
});
