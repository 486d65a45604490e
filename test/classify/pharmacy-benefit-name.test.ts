import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '#domain/classify/index';
import { areaEvidence } from '#domain/classify/evidence';

/** «stønad til legemiddel» names the pharmacy benefit (evidence.ts `blaresept`). Synthetic ids (month + 80). */
const fires = (text: string) => areaEvidence(text).some((h) => h.rule === 'blaresept');

describe('«stønad til legemiddel» as the pharmacy benefit\'s name', () => {
  it.each([
    'Klage på vedtak om stønad til legemiddel',
    'Eg klagar på avslaget på stønad til legemiddel for Xolair.',
    'Helfo har avslått søknaden min om stønad til legemidler.',
    'Eg søkte om stønad til legemidlar i august.',
    'Klagen gjeld vedtaket om stønad til legemidla mine.',
    'Jeg klager på avslag på stønad til legemidlet Dupixent.',
    'Vedtaket om stønad til legemiddelet er datert 09.10.2026.',
    'STØNAD TIL LEGEMIDDEL – KLAGE',
    'Søknaden om stønad til legemidlene ble avslått.',
    'Vi klager på vedtaket om stønad til legemidler til vår datter.',
  ])('fires on «%s»', (text) => expect(fires(text)).toBe(true));

  it.each([
    'Jeg har fått stønad til legemiddelassistert rehabilitering i to år.',
    'Klage på avslag på stønad til tannbehandling.',
    'Jeg klager på vedtaket om stønad til hjelpemidler.',
    'Legemiddelet hjalp ikke, og jeg er fortsatt sykmeldt.',
    'Jeg søkte om stønad til reise til legen.',
    'Stønad til legemiddelhåndtering i hjemmet er ikke søkt.',
    'Eg tek mange legemidlar og har fått stønad til fysioterapi.',
    'Stønaden til behandlingen og legemidlene mine var ikke nok.',
    'Jeg fikk stønad til legeerklæringen.',
    'Vi ber om stønad til legebesøk i utlandet.',
  ])('does not fire on «%s»', (text) => expect(fires(text)).toBe(false));

  it('backs a nynorsk pharmacy appeal that names the benefit only so (QA s23 1203-01 pattern)', () => {
    const text = 'Torunn Myrvang\nMyrvangvegen 2\n6150 Ørsta\n\nHelfo\nPostboks 2415\n3104 Tønsberg\n\nØrsta, 30. november 2026\n\nKlage på vedtak om stønad til legemiddel\nFødselsnummer: 21925524058\n\nVedtaket dykkar er datert 09.10.2026. Eg klagar på at de har avslått stønad til Xolair for kronisk urtikaria. Eg ber om at vedtaket blir endra.\n\nVenleg helsing\nTorunn Myrvang';
    const c = classifyDocument(text, loadConfig());
    expect(c.area).toBe('pharmacy');
    expect(c.explanation.some((e) => e.feature === 'evidence:blaresept')).toBe(true);
  });
});
