import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { areaEvidence, evidenceRules } from '../../domain/classify/evidence.ts';

describe('area from evidence', () => {
  it.each([
    ['folketrygdloven § 8-4 første ledd', 'sick_pay'],
    ['vilkårene i folketrygdloven §11-5 er ikke oppfylt', 'work_assessment'],
    ['etter kapittel 12 i folketrygdloven', 'disability'],
    ['jf. ftrl. § 13 - 3', 'occupational_injury'],
    ['vedtak etter folketrygdloven § 25-7a', 'practitioner_sanctions'],
    ['jf. folketrygdloven $ 25-6 (OCR read the § as $)', 'practitioner_sanctions'],
    ['etter folketrygdloven $$ 8-4 og 8-7', 'sick_pay'],
    ['Vår ref. PR-2026-118842', 'patient_travel'],
    ['Helfo Utland, postboks 2415', 'treatment_abroad'],
    ['Helfo Behandlere har vedtatt', 'practitioner_sanctions'],
    ['Jag har fått avslag på sjukpenning', 'sick_pay'],
    ['søknad om arbeidsavklaringspenger', 'work_assessment'],
    ['refusjon etter folketrygdloven § 5-5 for poliklinisk behandling', 'medical'],
    ['retten til nødvendig helsehjelp, pasient- og brukerrettighetsloven § 2-1 b', 'medical'],
    ['journalføringsplikten i helsepersonelloven § 40', 'practitioner_sanctions'],
    ['avslag på dekning av drosje til sykehuset', 'patient_travel'],
    ['sykmeldingen fra fastlegen gjaldt fra 3. mars', 'sick_pay'],
    ['krav om menerstatning etter arbeidsulykken', 'occupational_injury'],
    ['egenandel for legehjelp', 'medical'],
    ['behandling hos manuellterapeut', 'physiotherapy'],
    ['Helfo Pasientformidling har avslått', 'medical'],
    ['Helfo Tannhelse, postboks 2415', 'dental'],
    ['Helfo Legemidler har avslått søknaden', 'pharmacy'],
    ['avslag på dekning av reiseutgifter til sykehuset', 'patient_travel'],
    ['Jag ansökte om reseersättning för resan till Tromsø', 'patient_travel'],
    ['planlagt behandling i et annet EØS-land', 'treatment_abroad'],
    ['treatment in another EEA country', 'treatment_abroad'],
    ['Helfo mener at taksten ble brukt feil', 'practitioner_sanctions'],
    ['vedtak om tilbakekreving av honorar', 'practitioner_sanctions'],
  ])('%s -> %s', (text, area) => {
    expect(areaEvidence(text).map((h) => h.area)).toContain(area);
  });

  it('a word that only contains a rule\'s word is not evidence (a valuer, "takstmann", is no fee code)', () => {
    expect(areaEvidence('Takstmannen vurderte huset etter brannen').map((h) => h.rule)).not.toContain('takster');
    expect(areaEvidence('reisebyrået').map((h) => h.rule)).not.toContain('reiseutgifter');
  });

  it('a section number of another chapter is not evidence ("§ 21-12" names no benefit)', () => {
    expect(areaEvidence('klagefristen etter folketrygdloven § 21-12 og forvaltningsloven § 28')).toEqual([]);
  });

  it('another section of chapter 5 or of helsepersonelloven is not medical or sanctions evidence', () => {
    expect(areaEvidence('folketrygdloven § 5-14 om legemidler').map((h) => h.rule)).not.toContain('ftrl-5-4-5-7');
    expect(areaEvidence('folketrygdloven § 5-41').map((h) => h.rule)).not.toContain('ftrl-5-4-5-7');
    expect(areaEvidence('legeerklæring etter helsepersonelloven § 15')).toEqual([]);
  });

  it("a practitioner's trade is no evidence of its treatment area when sanctions law or the sanctions unit is cited", () => {
    const sanction = 'Kiropraktor Anders Fjeldstad klager på vedtak om tilbakebetaling etter folketrygdloven § 25-7.';
    expect(areaEvidence(sanction).map((h) => h.area)).toEqual(['practitioner_sanctions']);
    // Without that law the trade still says physiotherapy.
    expect(areaEvidence('Jeg fikk avslag på refusjon for behandling hos kiropraktor.').map((h) => h.area)).toEqual(['physiotherapy']);
  });

  it('every rule has a unique id and an area of the configuration', () => {
    const areas = new Set(loadConfig().areas.map((a) => a.code));
    expect(new Set(evidenceRules.map((r) => r.id)).size).toBe(evidenceRules.length);
    for (const rule of evidenceRules) expect(areas.has(rule.area)).toBe(true);
  });

  it('a first instance\'s letter citing § 25-7 is a practitioner case, whatever treatment it is about', () => {
    const text = [
      'Helfo Behandlere', 'Postboks 2415, 3104 Tønsberg', '', 'Oversendelse av klagesak – Deres ref. 25/97710-8', '',
      'Vi viser til klage fra fysioterapeut Anne Berg på vårt vedtak av 02.09.2026 om tilbakekreving etter folketrygdloven § 25-7a.',
      'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket, og oversender saken.', '', 'Med hilsen', 'Helfo',
    ].join('\n');
    const c = classifyDocument(text, loadConfig());
    expect(c.area).toBe('practitioner_sanctions');
    expect(c.explanation.map((e) => e.feature)).toContain('evidence:ftrl-25-6-7');
  });
});
