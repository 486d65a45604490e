import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { areaEvidence } from '../../domain/classify/evidence.ts';
import { routeVariants, variantLetters } from '../../scripts/area-history-variants.ts';

/**
 * Issue 13 item 3, session 23: treatment abroad drew letters that only say where (a country, «utlandet», a
 * holiday, an EEA card, a Danish or Swedish writer), not what the decision was about. Treatment abroad is now
 * evidence only of the scheme, its prior approval or a refund of treatment received in another country, and a
 * treatment-abroad reading without such evidence is held. Letters: test/classify/fixtures/abroad-attractor.json
 * (truth written first; `rv-` letters name no area at all and must go to review).
 */
const abroadRules = (text: string) => areaEvidence(text).filter((h) => h.area === 'treatment_abroad').map((h) => h.rule);

describe('a location word alone is no treatment-abroad evidence', () => {
  it.each([
    ['a holiday', 'Jeg ble syk mens jeg var på ferie i Spania, og Nav har avslått sykepenger for de første dagene.'],
    ['a stay abroad', 'Nav har stanset AAP fordi jeg var i utlandet i fire uker uten å søke om det.'],
    ['a Danish writer', 'Jeg er dansk statsborger og har boet i Norge siden 2004.'],
    ['a Swedish address', 'Jag bor i Sverige men är medlem i den norska folketrygden.'],
    ['an EEA card', 'I still carry my European Health Insurance Card from the UK, but my care is here.'],
    ['travel to a treatment in Sweden', 'Pasientreiser har avslått dekning av reise til behandling i Sverige.'],
    ['an operation told, no refund', 'Jeg opererte øynene i Latvia i høst.'],
    // Review of session 23: the trip's costs (H1), an injury's compensation (H2), a prior approval of a stay.
    ['travel costs for a treatment in Sweden', 'My claim for travel costs for treatment in Sweden was refused because I flew instead of taking the train.'],
    ['the trip in a cover of the treatment', 'Nav har afslået at dække rejseudgifterne til behandling i Danmark.'],
    ['an accident\'s treatment', 'Nav har avslagit ersättning för behandling i Sverige efter olyckan, eftersom de anser att skadan inte skedde i arbetet.'],
    ['an accident named first', 'Etter arbeidsulykken har Nav avslått dekning av behandling i Sverige.'],
    ['a stay abroad on sick pay', 'Nav skriver at reisen til Spania krevde forhåndsgodkjenning, og har stanset sykepengene.'],
    ['a stay abroad on AAP', 'Jeg søkte forhåndsgodkjenning for opphold i Portugal mens jeg mottar AAP.'],
    ['a patient-travel flight', 'Pasientreiser krever forhåndsgodkjenning av flyreiser.'],
    ['a pharmacy', 'Apoteket sa at legemiddelet krever forhåndsgodkjenning fra Helfo.'],
    ['the EEA rules for sick pay', 'Jeg har rett til sykepenger etter EØS-reglene mens jeg bor i Sverige.'],
    ['case handling in the EU', 'Saksbehandlingen i EU tar tid.'],
  ])('%s', (_, text) => {
    expect(abroadRules(text)).toEqual([]);
  });
});

describe('what the decision was about names treatment abroad', () => {
  it.each([
    ['refusjon av utgifter til behandling i Sverige', 'dekning-behandling-i-utlandet'],
    ['afslag på dækning af behandling i Tyskland', 'dekning-behandling-i-utlandet'],
    ['Jag fick avslag på ersåttning för behandling i Sverige (OCR: å for ä)', 'dekning-behandling-i-utlandet'],
    ['Helfo refused to reimburse the cost of my knee operation at a clinic in Munich; a refund of hip surgery in Spain', 'dekning-behandling-i-utlandet'],
    ['refusion af udgifter til behandling i udlandet', 'behandling-i-utlandet'],
    ['Utredningen i utlandet var nødvendig', 'behandling-i-utlandet'],
    ['ersättning för vård utomlands', 'behandling-i-utlandet'],
    ['Helfo anser att jag skulle ha sökt förhandstillstånd för operationen i Tyskland', 'forhandsgodkjenning'],
    ['They say I should have applied for prior authorisation of the treatment in Germany', 'forhandsgodkjenning'],
    ['De mener, at jeg skulle have søgt om forhåndsgodkendelse af behandlingen i udlandet', 'forhandsgodkjenning'],
    // Review of session 23: the treatment's compounds, the refund's verbs, whoever had it, a city for the country.
    ['Helfo har avslått dekning av kreftbehandlingen jeg fikk i Sverige i fjor høst.', 'dekning-behandling-i-utlandet'],
    ['Helfo har avslått refusjon for hofteoperasjonen i Polen.', 'dekning-behandling-i-utlandet'],
    ['Helfo har afslået at refundere mine udgifter til en knæoperation i Spanien.', 'dekning-behandling-i-utlandet'],
    ['Helfo has refused to refund the cataract surgery I had in Estonia last spring.', 'dekning-behandling-i-utlandet'],
    ['Helfo har avslagit min ansökan om ersättning för operationen jag gjorde i Sverige i januari.', 'dekning-behandling-i-utlandet'],
    ['Emne: Klage på vedtak - refusjon kneoperasjon i Danmark', 'dekning-behandling-i-utlandet'],
    ['Helfo dekker bare en del av utgiftene til kneoperasjonen jeg fikk på et sykehus i Aalborg.', 'dekning-behandling-i-utlandet'],
    // The EEA's rules on patients' rights named by themselves.
    ['Jeg mener jeg har krav på full refusjon etter EØS-reglene.', 'eos-regler'],
    ['Helfo har vurdert saken feil etter pasientrettighetsdirektivet.', 'ftrl-5-24a'],
    ['Jeg viser til EU-direktivet om pasientrettigheter.', 'ftrl-5-24a'],
    ['Helfo har ikke fulgt patientrettighedsdirektivet.', 'ftrl-5-24a'],
    ['Vård enligt E112 godkändes inte.', 'eos-regler'],
    ['Jeg hadde med meg et S2-skjema fra Helfo.', 'eos-regler'],
  ])('%s', (text, rule) => {
    expect(abroadRules(text)).toContain(rule);
  });
});

describe("a physiotherapist's trade yields to the fee codes a sanctions decision is about", () => {
  it('fysioterapi is no physiotherapy evidence beside Helfo\'s control of the fee codes', () => {
    const text = 'Helfo har kontrollert fysioterapeutens takstbruk og krever tilbake 80 000 kroner.';
    expect(areaEvidence(text).map((h) => h.area)).toEqual(['practitioner_sanctions']);
    expect(areaEvidence('Helfo har avslått refusjon for fysioterapi.').map((h) => h.area)).toEqual(['physiotherapy']);
  });
});

describe("only the practitioner's «takstbruk» overrules the treatment's name (review of session 23)", () => {
  it.each([
    ['a dental patient whose refund is claimed back', 'Tannlegen min fikk utestengelse fra direkteoppgjør, og nå krever Helfo tilbake refusjonen for tannbehandlingen min, takst 501 og 502.', 'dental'],
    ['a physiotherapy patient, «tilbakekreving av refusjon»', 'Helfo har vedtatt tilbakekreving av refusjon for fysioterapi som jeg fikk i 2025. Jeg er pasient.', 'physiotherapy'],
    ['a physiotherapy patient, «takst A2a»', 'Fysioterapeuten min brukte takst A2a for behandlingene mine. Helfo har kontrollert regningene og krever tilbake det de refunderte til meg.', 'physiotherapy'],
  ])('%s keeps the treatment as evidence', (_, text, area) => {
    expect(areaEvidence(text).map((h) => h.area)).toContain(area);
  });
});

describe("the reviewer's letters and a treatment-abroad e-mail of our own (fixtures/abroad-attractor-review.json)", () => {
  const outcomes = routeVariants(variantLetters('abroad-attractor-review.json'));
  const byId = new Map(outcomes.map((o) => [o.letter.id, o]));

  it.each(['rev-D3', 'rev-D4', 'rev-E3', 'rev-H1', 'rev-H2', 'own-sick-fg', 'own-pt-trip'])('%s is not routed with a wrong area', (id) => {
    const o = byId.get(id)!;
    expect(o.routed && o.area !== o.letter.area).toBe(false);
  });

  it.each(['rev-B1', 'rev-B11', 'own-qa-1'])('%s, a treatment-abroad appeal, is routed as one', (id) => {
    const o = byId.get(id)!;
    expect(o.area).toBe('treatment_abroad');
    expect(o.routed).toBe(true);
  });

  it('holds an abroad reading that tells a treatment abroad beside a trip or an accident', () => {
    for (const id of ['rev-H1', 'rev-H2', 'own-pt-trip']) {
      const c = classifyDocument(byId.get(id)!.letter.text, loadConfig());
      expect(c.area !== 'treatment_abroad' || c.confidence <= 0.5).toBe(true);
    }
  });
});

describe('the abroad-attractor dev slice', () => {
  const outcomes = routeVariants(variantLetters('abroad-attractor.json'));
  const byId = new Map(outcomes.map((o) => [o.letter.id, o]));

  it('routes no letter with a wrong area, and none that must go to review', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(35);
    expect(outcomes.filter((o) => o.routed && (o.area !== o.letter.area || o.letter.review)).map((o) => `${o.letter.id} → ${o.area}`)).toEqual([]);
  });

  it('routes no letter of another area as treatment abroad', () => {
    expect(outcomes.filter((o) => o.letter.area !== 'treatment_abroad' && o.routed && o.area === 'treatment_abroad').map((o) => o.letter.id)).toEqual([]);
  });

  it('holds a Danish appeal that names no area (main routed it as treatment abroad at 0.97)', () => {
    expect(byId.get('rv-2')!.routed).toBe(false);
    const c = classifyDocument(byId.get('rv-2')!.letter.text, loadConfig());
    expect(c.confidence).toBeLessThanOrEqual(0.5);
    // Read as treatment abroad, the reading says why it is held.
    expect(c.area !== 'treatment_abroad' || c.explanation.some((e) => e.feature === 'rule:treatment abroad without evidence')).toBe(true);
  });

  it.each(['ab-5', 'ab-7'])('routes %s, a treatment-abroad appeal main held at 0.66-0.69, on what its decision was about', (id) => {
    const o = byId.get(id)!;
    expect(o.area).toBe('treatment_abroad');
    expect(o.routed).toBe(true);
  });
});
