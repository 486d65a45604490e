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
    ['Helfo har kontrollert regningene og mener at taksten ble brukt feil', 'practitioner_sanctions'],
    // SPEC.md's area names as Swedish, Danish and English writers spell them (session 7).
    ['Jag fick avslag på arbetsavklaringspengar från Nav', 'work_assessment'],
    ['afslag på arbejdsafklaringspenge', 'work_assessment'],
    ['min ansøgning om uførepension fra Norge', 'disability'],
    ['my Norwegian disability pension was refused', 'disability'],
    ['ersättning för patientresor till sjukhuset', 'patient_travel'],
    ['udgifter til patientbefordring', 'patient_travel'],
    ['refusion af udgifter til lægehjælp', 'medical'],
    ['ansøgning om medicintilskud', 'pharmacy'],
    ['högkostnadsskyddet för läkemedel täcker inte medicinen', 'pharmacy'],
    ['medicinen ingår inte i läkemedelsförmånen', 'pharmacy'],
    ['a disability pension from Nav since 2019', 'disability'],
    ['vedtak om tilbakekreving av honorar', 'practitioner_sanctions'],
  ])('%s -> %s', (text, area) => {
    expect(areaEvidence(text).map((h) => h.area)).toContain(area);
  });

  // Review of issue 13: words that name a benefit of an area only in some of their uses.
  it.each([
    ['Sweden\'s high-cost cap on doctor visits', 'Jag har högkostnadsskydd i Sverige och betalar aldrig mer än 1 300 kronor om året för läkarbesök.', 'blaresept'],
    ['an employer\'s occupational pension', 'The accident at work has left me on a disability pension from my employer.', 'uforetrygd'],
  ])('%s is no evidence of its area', (_, text, rule) => {
    expect(areaEvidence(text).map((h) => h.rule)).not.toContain(rule);
  });

  it('a word that only contains a rule\'s word is not evidence (a valuer, "takstmann", is no fee code)', () => {
    expect(areaEvidence('Takstmannen vurderte huset etter brannen').map((h) => h.rule)).not.toContain('takster');
    expect(areaEvidence('reisebyrået').map((h) => h.rule)).not.toContain('reiseutgifter');
  });

  // A patient names a takst too: the fee code is sanctions evidence only beside a control or a claim back.
  it.each([
    ['a dental refusal', 'Helfo har avslått stønad etter takst 304 og takst 501 for behandling hos tannlege. Jeg mener takstene skal dekkes fordi jeg har periodontitt.'],
    ["a doctor's fee code", 'Jeg betalte egenandel hos fastlegen, men Helfo mener legen brukte feil takst. Jeg ber om refusjon av egenandelen.'],
    ['a taxi fare', 'Drosjen kostet mer enn taksten Pasientreiser dekker. Jeg ber om full dekning.'],
    ['a physiotherapy refusal', 'Helfo har avslått refusjon etter takstene for fysioterapi. Jeg er uenig i vedtaket.'],
    ["a dental check-up (a kontroll that is no control of the practitioner)", 'Ved den årlige kontrollen hos tannlegen ble det brukt takst 101, og Helfo dekket ikke behandlingen.'],
    ['a bill from abroad', 'Regningen fra klinikken i Spania kan ikke sammenlignes med norske takster, så refusjonen ble avslått.'],
  ])('an ordinary letter naming a takst is no sanctions evidence: %s', (_, text) => {
    expect(areaEvidence(text).map((h) => h.rule)).not.toContain('takster');
  });

  it.each([
    ['control of the fee codes', 'Helfo har kontrollert klinikkens takstbruk i 2025.'],
    ['a claim back', 'Vedtaket gjelder krav om tilbakebetaling, fordi takst 2ad ble brukt uten grunnlag. Helfo krever tilbake 210 000 kroner.'],
    ['direct settlement lost', 'Fysioterapeuten mister retten til direkte oppgjør fordi takstene ikke var dokumentert.'],
    ['record-keeping (nn)', 'Journalføringa var mangelfull for takstane som vart nytta.'],
    ['a sample check', 'Stikkprøven omfattet 40 regninger der takstkode A2e var brukt.'],
    ['the claim back first', 'Vi klager på tilbakekrevingen. Legen har brukt takstene slik Legeforeningen anbefalte.'],
  ])('a sanctions letter naming a takst is sanctions evidence: %s', (_, text) => {
    expect(areaEvidence(text).map((h) => h.rule)).toContain('takster');
  });

  it('a takst and a control far apart in a letter are not tied to each other', () => {
    const text = `NAV krevde tilbake sykepenger i 2019.\n${'Jeg har hatt store smerter og mange avtaler hos tannlegen. '.repeat(5)}\nHelfo avslo takst 304.`;
    expect(areaEvidence(text).map((h) => h.rule)).not.toContain('takster');
  });

  // OCR reads a faint § as "$", but a "$" before an amount is a dollar sign.
  it.each([
    ['Behandlingen i USA kostet $5-8 000 og jeg ba om forhåndstilsagn.'],
    ['Prisen var $5-8,000 for operasjonen.'],
    ['Klinikken tok $5-8.000 per behandling.'],
    ['Regningen var på US$5-8 per dag for medisinene.'],
    ['De krevde $12-10 000 i depositum.'],
  ])('an amount in dollars is no section: %s', (text) => {
    expect(areaEvidence(text).filter((h) => h.rule.startsWith('ftrl-'))).toEqual([]);
  });

  it('a section whose § OCR read as "$" still counts, in a sentence and before a comma or full stop', () => {
    expect(areaEvidence('Vilkåret i folketrygdloven $5-8 er ikke oppfylt.').map((h) => h.rule)).toContain('ftrl-5-8');
    expect(areaEvidence('tilbakekreving etter ($ 25-7), jf. kontrollen').map((h) => h.rule)).toContain('ftrl-25-6-7');
    expect(areaEvidence('Se folketrygdloven $ 8-35 tredje ledd.').map((h) => h.rule)).toContain('ftrl-kap-8');
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

  it('regulation 883/2004 names no area: it coordinates every benefit, not only treatment abroad', () => {
    expect(areaEvidence('Jag har arbetat i Norge och har rätt till sjukpenning enligt forordning 883/2004.').map((h) => h.area)).toEqual(['sick_pay']);
    expect(areaEvidence('planlagt behandling etter pasientrettighetsdirektivet').map((h) => h.area)).toEqual(['treatment_abroad']);
  });
});

describe('evidence that contests the answered area (issue 13, item 2)', () => {
  const config = loadConfig();
  const appeal = (grounds: string) =>
    ['Klage på vedtak av 03.02.2026', '', `Jeg klager på vedtaket fra Nav av 03.02.2026. ${grounds}`, 'Jeg ber om at vedtaket blir endret.', '', 'Med hilsen', 'Kari Nordmann'].join('\n');

  it('a case-opening answer is held when evidence names another area as strongly as the answered one; the type confidence stays', () => {
    const c = classifyDocument(appeal('Jeg har hatt arbeidsavklaringspenger i tre år, og nå er søknaden om uføretrygd avslått.'), config);
    expect(c.detail.areaContested).toBe(true);
    expect(c.confidence).toBeLessThanOrEqual(0.5);
    expect(c.typeConfidence).toBeGreaterThan(0.5);
  });

  it('not when the answered area has the stronger evidence (a law over a benefit named in passing)', () => {
    const c = classifyDocument(appeal('Vilkårene i folketrygdloven § 12-6 er oppfylt for uføretrygd. Jeg hadde arbeidsavklaringspenger før.'), config);
    expect(c.area).toBe('disability');
    expect(c.detail.areaContested).toBe(false);
  });

  it('not when every piece of evidence names the answered area', () => {
    const c = classifyDocument(appeal('Søknaden om uføretrygd er avslått, jf. folketrygdloven § 12-6.'), config);
    expect(c.detail.areaContested).toBe(false);
  });
});
