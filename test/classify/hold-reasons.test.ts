import { describe, expect, it } from 'vitest';
import { simulateBatch, type BatchLetter } from '../../domain/classify/batch-simulation.ts';
import { headingLines, matchHardCues } from '../../domain/classify/rules.ts';

const mustLink = (t: string) => !['appeal', 'case_transfer', 'appeal_deadline_interrupting'].includes(t);
const needsDate = (t: string) => t === 'appeal';
const ID = '01817012345';

function letter(id: string, type: string, linksTo: string | null, confidence: number, over: Partial<BatchLetter['predicted']> = {}): BatchLetter {
  return {
    id, batch: 'b1',
    truth: { documentType: type, area: 'dental', linksTo, fields: { decisionDate: '2026-10-01', decisionReceivedDate: null } },
    predicted: { documentType: type, area: 'dental', confidence, typeConfidence: confidence, fields: { nationalIds: [ID], caseReferences: [], decisionDate: '2026-10-01', decisionReceivedDate: null }, ...over },
  };
}

describe('why the Link stage held a letter back (issue 13: the breakdown of review reasons)', () => {
  const t = { newCase: 0.9, mustLink: 0.9 };

  it('names the decision and the reason: under the threshold, waiting, routed', () => {
    const out = simulateBatch([letter('a', 'appeal', null, 0.6), letter('m', 'medical_declaration', 'a', 0.99)], t, mustLink, needsDate);
    expect(out.map((o) => [o.decision, o.heldBecause])).toEqual([['newCase', 'below-threshold'], ['mustLink', 'waiting']]);
    const routed = simulateBatch([letter('a', 'appeal', null, 0.95)], t, mustLink, needsDate);
    expect(routed[0]).toMatchObject({ outcome: 'routed', heldBecause: null });
  });

  it('a follow-up whose id matches no case is held as no-case, whatever its confidence', () => {
    const [o] = simulateBatch([letter('m', 'comments', null, 0.99)], t, mustLink, needsDate);
    expect(o).toMatchObject({ outcome: 'review', heldBecause: 'no-case', decision: 'mustLink' });
  });

  it('a confident appeal without a decision date is held for the date, not for its confidence', () => {
    const noDate = letter('a', 'appeal', null, 0.99, { fields: { nationalIds: [ID], caseReferences: [], decisionDate: null, decisionReceivedDate: null } });
    expect(simulateBatch([noDate], t, mustLink, needsDate)[0]).toMatchObject({ outcome: 'review', heldBecause: 'missing-date' });
  });
});

describe('hard cues from SPEC.md\'s cue words', () => {
  const typeOf = (text: string) => matchHardCues(text).map((c) => c.type);

  it.each([
    ['Merknader til oversendelsen\n\nJeg har lest brevet.', 'comments'],
    ['Sakkyndig erklæring – Kari Nordmann\n\nPå oppdrag fra klageinstansen', 'expert_statement'],
    ['Begjæring om gjenopptak\n\nNye opplysninger', 'reopening_request'],
    ['Claim for legal costs\n\nUnder section 36', 'legal_costs_claim'],
  ])('reads the heading of %j as its type', (text, type) => {
    expect([...new Set(typeOf(text))]).toEqual([type]);
  });

  // SPEC.md: an expert statement's cues are "mandat" and "på oppdrag fra" (the appeals body's, beside an expert's word).
  it.each([
    ['a mandate label', 'Speciallægeerklæring\nVedrørende: Ole Hansen\n\nMandat: Jeg er bedt om at vurdere erhvervsevnen.'],
    ['a mandate heading', 'Erklæring\n\nMandat\nDen sakkyndige skal vurdere om arbeidsevnen er varig nedsatt.'],
    ['a commission in Swedish', 'Sakkunnigutlåtande\n\nDetta utlåtande är skrivet på uppdrag av Nav klageinstans.'],
    ['a commission in English', 'Expert report\n\nThis report was commissioned by the appeals body.'],
  ])('reads %s as an expert statement', (_, text) => {
    expect(typeOf(text)).toEqual(['expert_statement']);
  });

  it.each([
    ['a GP declaration', 'Legeerklæring\n\nPasienten har vært til kontroll. Diagnose: L03 Korsryggsmerter.'],
    ['a sentence about a mandate', 'Vi mener at Nav har gått utenfor sitt mandat i denne saken.'],
    ['an order written on the patient\'s behalf', 'Jeg skriver på vegne av min mor, som er syk.'],
  ])('no mandate or commission cue on %s', (_, text) => {
    expect(typeOf(text)).not.toContain('expert_statement');
  });

  it.each([
    ['an invoice line naming the statement it bills', 'Faktura\n\nSakkyndig erklæring, yrkesskade (O. M. Rian)\nKontonummer 1234.56.78901'],
    ['a wrapped sentence ending in "merknader."', 'Klageren har fått kopi og kan komme med\nmerknader.'],
    ['an invoice line in English', 'Expert opinion in case 2025/19951 (sickness benefit)'],
  ])('does not fire on %s', (_, text) => {
    expect(typeOf(text).filter((t) => t === 'expert_statement' || t === 'comments')).toEqual([]);
  });
});

describe('the appeal\'s own heading: SPEC.md\'s "klage på vedtak" (issue 13)', () => {
  const fires = (text: string) => matchHardCues(text).some((c) => c.type === 'appeal');

  it.each([
    'Klage på vedtak om sykepenger\n\nJeg er uenig i vedtaket datert 12.10.2026.',
    'Til: post@klageinstansen.no\nEmne: Klage - refusjon av fysioterapi\n\nJeg klager på vedtaket av 3.11.2026.',
    'Subject: Appeal – refund of treatment in Spain\n\nI disagree with the decision of 1 October 2026.',
    'Överklagande av beslut om sjukpenning\n\nJag överklagar beslutet av den 30 oktober 2026.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    ['the party\'s label in a transfer letter', 'Oversendelse av klagesak\nKlager: Kari Nordmann\n\nVi opprettholder vedtaket.'],
    ['a transfer letter\'s heading', 'Oversending av klage – arbeidsavklaringspengar\n\nVi har vurdert klagen, men held fast på vedtaket.'],
    ['a tribunal appeal', 'Anke til Trygderetten – klage på vedtak\n\nJeg anker vedtaket av 15.10.2026.'],
    ['a heading that says the grounds follow', 'Klage – begrunnelse ettersendes\n\nJeg klager på vedtaket av 12.10.2026.'],
    ['a writer who says the grounds come later', 'Klage på vedtak\n\nJeg klager på vedtaket datert 12.10.2026. Jeg rekker ikke å skrive alt nå. Sender mer så fort jeg kan.'],
    ['a letter that names no decision', 'Klage\n\nJeg vil klage på ventetiden hos dere.'],
    ['the appeals body\'s name', 'Klageinstansen\nPostboks 1\n\nVedtak om sykepenger.'],
  ])('does not fire on %s', (_, text) => {
    expect(fires(text)).toBe(false);
  });

  // A letter adding to an appeal already sent is comments or correspondence, not a new appeal.
  it.each([
    ['nb', 'Klage på vedtak om stønad til tannbehandling – tilleggsopplysninger\n\nJeg viser til min klage av 18.03.2026 og sender en ny legeerklæring. Vedtaket bør omgjøres.'],
    ['nb, supplerende', 'Emne: Klage på vedtak om sykepenger - supplerende opplysninger\n\nJeg sender mer om vedtaket av 12.10.2026.'],
    ['nb, ettersending', 'Klage på vedtak – ettersending av dokumentasjon\n\nHer er kvitteringene til vedtaket av 1.10.2026.'],
    ['nb, utfyllende', 'Klage på avslag – utfyllende opplysninger\n\nSom nevnt i klagen på vedtaket av 2.10.2026.'],
    ['nn', 'Klage på vedtak om arbeidsavklaringspengar – tilleggsopplysningar\n\nEg viser til klaga mi på vedtaket av 4.10.2026.'],
    ['nn, utfyllande', 'Klage på vedtaket – utfyllande opplysningar\n\nEg viser til klaga på vedtaket.'],
    ['sv', 'Överklagande av beslut om sjukpenning – kompletterande uppgifter\n\nJag hänvisar till mitt överklagande av beslutet.'],
    ['sv, tilläggsuppgifter', 'Överklagande – tilläggsuppgifter\n\nBeslutet av den 3 oktober 2026.'],
    ['da', 'Klage over afgørelse om sygedagpenge – supplerende oplysninger\n\nJeg henviser til min klage over afgørelsen.'],
    ['da, tillægsoplysninger', 'Klage – tillægsoplysninger\n\nAfgørelsen af 3. oktober 2026.'],
    ['en', 'Subject: Appeal – additional information\n\nFurther to my appeal against the decision of 1 October 2026.'],
    ['en, supplementary', 'Appeal against decision – supplementary submission\n\nRegarding the decision of 1 October 2026.'],
  ])('does not fire on a supplement to an appeal (%s)', (_, text) => {
    expect(fires(text)).toBe(false);
  });

  it('still fires on an appeal about a benefit whose name says "tillegg" or "supplerende" (no supplement to an appeal)', () => {
    expect(fires('Klage på vedtak om barnetillegg til uføretrygd\n\nJeg er uenig i vedtaket av 12.10.2026.')).toBe(true);
    expect(fires('Klage på vedtak om supplerende stønad\n\nJeg er uenig i vedtaket av 12.10.2026.')).toBe(true);
  });
});

describe('the transfer letter\'s heading, "av klagesak" or "av klage"', () => {
  const transfer = (text: string) => matchHardCues(text).some((c) => c.type === 'case_transfer');

  it.each(['Oversendelse av klagesak – tannbehandling', 'OVERSENDING AV KLAGE - REFUSJON AV REISEUTGIFTER', 'Oversending av klage – arbeidsavklaringspengar'])('fires on %j', (heading) => {
    expect(transfer(`Helfo\n\n${heading}\n\nVi har vurdert klagen, men opprettholder vedtaket.`)).toBe(true);
  });

  it('not on comments to the transfer letter, nor on a sentence about it', () => {
    expect(transfer('Merknader til oversendelse av klagesak\n\nJeg har lest brevet.')).toBe(false);
    expect(transfer('Oversendelsen av klagen kom fram i går, og jeg har noen merknader.')).toBe(false);
  });
});

describe('heading lines', () => {
  it('a heading in capitals counts however long it is; a long sentence in small letters does not', () => {
    const capitals = 'KLAGE - VEDTAK OM TAP AV RETTEN TIL DIREKTE OPPGJØR - FYSIOTERAPEUT OLA NORDMANN';
    const sentence = 'Klage på vedtaket ble sendt inn i mars, og vi har nå vurdert den på nytt etter at nye opplysninger kom inn.';
    expect(capitals.length).toBeGreaterThan(70);
    expect(headingLines(`Advokatfirma\n\n${capitals}\n\n${sentence}`)).toEqual(['Advokatfirma', capitals]);
    expect(matchHardCues(`${capitals}\n\nDet påklages Helfos vedtak av 6. oktober 2026.`).map((c) => c.type)).toEqual(['appeal']);
  });
});
