import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { matchHardCues } from '../../domain/classify/rules.ts';

/**
 * QA s15 (link15 item 2): a letter that sends more to an appeal already made is SPEC's
 * `correspondence` («Annen henvendelse / ettersendelse»); it was read as the appeal it refers to, or
 * as a consent. Synthetic letters written for this test, national ids with birth month + 80.
 */
const supplements = [
  'Eva Johansen\nFjordveien 88\n9008 Tromsø\n\nTromsø 25/11-26\n\nHei igjen. Jeg sendte klage om tannlegeregningen for en uke siden. Her er kopi av regningen fra\ntannlegen og et brev fra revmatologen. Håper dere kan bruke det.\n\nEva Johansen\nfnr 09855710169',
  'Mette Sørensen\nNedre Slottsgate 8\n0157 Oslo\n\nOslo, 24. november 2026\n\nSupplerende oplysninger til min klage\n\nFødselsnummer: 04907110384\n\nJeg sender hermed kopi af kvitteringerne fra fysioterapeuten samt en udtalelse fra klinikken. Jeg håber, at I vil tage det med i vurderingen.\n\nMed venlig hilsen\nMette Sørensen',
  'Kari Nordmann\nStorgata 1\n0155 Oslo\n\nOslo 20.11.2026\n\nFødselsnummer: 12838512345\n\nJeg ettersender legeerklæringen fra fastlegen min til klagen på vedtaket om sykepenger. Legen skriver at jeg ikke kunne jobbe i oktober.\n\nHilsen Kari Nordmann',
  'Randi Lie\nLia 2\n5003 Bergen\n\nBergen 22.11.2026\n\nFødselsnummer: 02848012345\n\nVedlagt følger uttalelse fra fysioterapeuten til min klage på vedtaket fra Helfo. Den viser at behandlingen var nødvendig.\n\nVennlig hilsen\nRandi Lie',
  'Ola Hansen\nLia 4\n5003 Bergen\n\nBergen 21.11.2026\n\nFødselsnummer: 01858012345\n\nHer er legeerklæringen jeg lovet i klagen min om arbeidsavklaringspenger. Jeg håper den hjelper.\n\nMed hilsen\nOla Hansen',
];

describe('more sent to an appeal already made', () => {
  it.each(supplements)('is read as correspondence, not as an appeal or a consent: %s', (text) => {
    expect(matchHardCues(text).map((c) => c.type)).toContain('correspondence');
    expect(classifyDocument(text, loadConfig()).documentType).toBe('correspondence');
  });

  it('an appeal that promises documents later, or says what it encloses, is still no supplement', () => {
    const appeal = 'Klage på vedtak om sykepenger\n\nJeg klager på vedtaket av 01.10.2026 fordi jeg var syk hele perioden. Jeg ettersender legeerklæring når jeg har fått den.';
    expect(matchHardCues(appeal).map((c) => c.type)).not.toContain('correspondence');
    const enclosing = 'Klage på vedtak\n\nJeg er uenig i vedtaket av 01.10.2026 om tannbehandling. Vedlagt følger kopi av vedtaket.';
    expect(matchHardCues(enclosing).map((c) => c.type)).toEqual(['appeal']);
    // «Jeg ettersender mer dokumentasjon» closing a tribunal appeal is a promise (the generated corpus writes it so).
    expect(matchHardCues('Anke til Trygderetten\n\nJeg anker med dette vedtaket. Jeg ettersender mer dokumentasjon til saken.').map((c) => c.type)).not.toContain('correspondence');
    // The deadline-interrupting appeal's own verbs: no supplement either.
    expect(matchHardCues('Jeg klager på vedtaket datert 12.10.2026. Jeg ettersender begrunnelse senere.').map((c) => c.type)).not.toContain('correspondence');
  });
});
