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
    ['Helfo anser att jag skulle ha sökt förhandstillstånd', 'forhandsgodkjenning'],
    ['They say I should have applied for prior authorisation', 'forhandsgodkjenning'],
    ['De mener, at jeg skulle have søgt om forhåndsgodkendelse', 'forhandsgodkjenning'],
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
